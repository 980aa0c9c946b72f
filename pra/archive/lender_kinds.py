"""The kind of a lender (or a grant's giver), from its name: what a researcher may know of it.

A lender's name may be a person's (a moneylender, a relative, ``Pak Darto``), so
the archive's tables never hold it; they hold the kind read from the words of
the name instead (``BMM Sejahtera`` is an ``lkm``, ``Koperasi Wanita Mekar`` a
``cooperative``). A name with none of the known words is ``other``, an empty
one ``unnamed``. The words are matched whole and without regard to case.

The pseudonymised copy of a workshop file writes the kind where the name was
(:func:`name_in_copy`); each kind is one of its own words, so the copy, archived
again, gives the same kinds.
"""

from __future__ import annotations

import re
from typing import Final

from pra.archive.folding import quick_fold

LENDER_KINDS: Final = (
    "lkm",
    "cooperative",
    "bank",
    "ngo",
    "government",
    "other",
    "unnamed",
)
"""Microfinance institution (LKM, BMM, BMT), cooperative (koperasi, KSP), bank (a bank's KUR
desk, BPR, pawnshop), NGO (yayasan, LSM), government (dinas, kelurahan, a programme), other
(none of these: possibly a person), unnamed (no name given)."""

_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "lkm": ("lkm", "bmm", "bmt", "baitul", "ksm", "lkms", "mikro", "microfinance", "upk"),
    "cooperative": (
        "koperasi",
        "kopwan",
        "kopkar",
        "ksp",
        "ksu",
        "kud",
        "kspps",
        "cu",
        "credit",
        "cooperative",
    ),
    "bank": (
        "bank",
        "bri",
        "bni",
        "btn",
        "bpr",
        "bprs",
        "bpd",
        "kur",
        "mandiri",
        "bsi",
        "pegadaian",
        "pnm",
        "mekaar",
    ),
    "ngo": ("yayasan", "lsm", "ngo", "foundation", "perkumpulan"),
    "government": (
        "dinas",
        "dinsos",
        "pemerintah",
        "pemkot",
        "pemkab",
        "kementerian",
        "kemensos",
        "departemen",
        "depsos",
        "kelurahan",
        "desa",
        "kecamatan",
        "pnpm",
        "bumdes",
        "idt",
        "kube",
        "government",
    ),
}
_KIND_OF_WORD: Final = {word: kind for kind, words in _WORDS.items() for word in words}
_WORD: Final = re.compile(r"\w+")


def lender_kind(name: str) -> str:
    """The kind (:data:`LENDER_KINDS`) of the lender or giver named ``name``: the kind of its
    first known word; ``other`` when no word is known, ``unnamed`` when it is empty."""
    words = _WORD.findall(quick_fold(name))
    if not words:
        return "unnamed"
    for word in words:
        kind = _KIND_OF_WORD.get(word)
        if kind is not None:
            return kind
    return "other"


def name_in_copy(name: str) -> str:
    """What the pseudonymised copy writes for the lender or giver named ``name``: its kind
    (``lkm``, ``other`` …), as in ``funding_sources.lender_kind``; an empty name stays empty."""
    kind = lender_kind(name)
    return "" if kind == "unnamed" else kind

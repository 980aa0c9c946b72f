"""The kind of a lender (or a grant's giver), from its name: what a researcher may know of it.

A lender's name may be a person's (a moneylender, a relative, ``Pak Darto``), so
the archive's tables never hold it; they hold the kind read from the words of
the name instead (``BMM Sejahtera`` is an ``lkm``, ``Koperasi Wanita Mekar`` a
``cooperative``). A name with none of the known words is ``other``, an empty
one ``unnamed``. The words are matched whole and without regard to case; a few
are phrases (``Bank Mandiri`` is a bank, while ``mandiri``, self-reliant, names
many a group; ``bank keliling`` is a roaming moneylender, not a bank).

``informal`` is the kind of the moneylenders and circles a PRA hears of most
(``rentenir``, ``lintah darat``, ``tengkulak``, ``toke``/``tauke``, ``pengijon``,
``arisan``, ``juragan``, and the "banks" that are none: ``bank keliling``,
``bank emok``, ``bank plecit``, ``bank titil``, ``bank harian``, ``bank 46``).
These are category words, not names: the archive keeps them in free text ("Banyak
ibu terjerat rentenir" and "Rentenir menagih setiap hari" alike); only the rest of
such a lender's name may be a person's (:func:`personal_part`): what follows a
title (``Tengkulak karet Pak Darto`` → ``pak darto``), or else the words that
are neither where it works nor what it trades in (``Juragan Darto`` → ``darto``).

``online`` is an online lender (``pinjol``, pinjaman online, fintech): its own
kind, because the name alone does not say whether it is a licensed lender (formal)
or an illegal one (informal); a researcher decides which side it falls on.

The pseudonymised copy of a workshop file writes the kind where the name was
(:func:`name_in_copy`); each kind is one of its own words, so the copy, archived
again, gives the same kinds.
"""

from __future__ import annotations

import re
from typing import Final

from pra.model.folding import quick_fold

LENDER_KINDS: Final = (
    "lkm",
    "cooperative",
    "bank",
    "ngo",
    "government",
    "informal",
    "online",
    "other",
    "unnamed",
)
"""Microfinance institution (LKM, BMM, BMT), cooperative (koperasi, KSP), bank (a bank's KUR
desk, BPR, pawnshop), NGO (yayasan, LSM), government (dinas, kelurahan, a programme), informal (a moneylender,
a trader lending against the harvest, a roaming lender, an arisan, a patron), online (pinjol:
an online lender, licensed or not), other (none of these: possibly a person), unnamed (no
name given)."""

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
        "bsi",
        "pegadaian",
        "pnm",
        "mekaar",
    ),
    "ngo": ("yayasan", "lsm", "ngo", "foundation", "perkumpulan"),
    "informal": (
        "informal",
        "rentenir",
        "renten",
        "tengkulak",
        "toke",
        "tauke",
        "tokeh",
        "pengijon",
        "ijon",
        "mindring",
        "arisan",
        "juragan",
        "moneylender",
    ),
    "online": ("online", "pinjol", "daring", "fintech"),
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
_INFORMAL_BANKS: Final = ("keliling", "emok", "plecit", "titil", "harian", "subuh", "46")
"""``bank …``: the everyday names of moneylenders, not banks."""
_PHRASES: Final = {
    **{f"bank {word}": "informal" for word in _INFORMAL_BANKS},
    "lintah darat": "informal",
    "pelepas uang": "informal",
    "bank mandiri": "bank",
}
"""Two words whose kind is not their first word's (looked for before the single words)."""
_PLACE_WORDS: Final = frozenset({"rt", "rw", "pasar", "kampung", "dusun", "lingkungan"})
"""Where an informal lender works ("Tengkulak Pasar", "Arisan RT 03"): no person's name."""
_TRADE_WORDS: Final = frozenset(
    {
        "karet",
        "getah",
        "sawit",
        "padi",
        "gabah",
        "beras",
        "jagung",
        "kopi",
        "kakao",
        "coklat",
        "cengkeh",
        "lada",
        "kelapa",
        "kopra",
        "tembakau",
        "cabai",
        "cabe",
        "bawang",
        "sayur",
        "sayuran",
        "buah",
        "ikan",
        "udang",
        "garam",
        "gula",
        "ternak",
        "sapi",
        "kambing",
        "hasil",
        "bumi",
        "tani",
        "kebun",
    }
)
"""What an informal lender trades in ("Tengkulak karet", "Toke getah"): no person's name."""
_KIND_OF_WORD: Final = {word: kind for kind, words in _WORDS.items() for word in words}
_WORD: Final = re.compile(r"\w+")
_PHRASE: Final = re.compile(r"\b(?:" + "|".join(_PHRASES) + r")\b")


def lender_kind(name: str) -> str:
    """The kind (:data:`LENDER_KINDS`) of the lender or giver named ``name``: the kind of its
    first known word; ``other`` when no word is known, ``unnamed`` when it is empty."""
    words = _WORD.findall(quick_fold(name))
    if not words:
        return "unnamed"
    if m := _PHRASE.search(" ".join(words)):
        return _PHRASES[m.group()]
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


def personal_part(name: str) -> str:
    """What of the lender or giver named ``name`` may be a person's name: all of it for kind
    ``other``; for kind ``informal``, folded, what follows its first title
    (``Tengkulak karet Pak Darto`` → ``pak darto``, ``Bank Emok Bu Sumiati`` → ``bu
    sumiati``), or without a title its words that are neither category words nor where it
    works nor what it trades in (``Juragan Darto`` → ``darto``; ``Rentenir``, ``Bank
    Keliling``, ``Toke getah``, ``Arisan RT 03`` → nothing); nothing for an institution."""
    from pra.model.titles import TITLES

    kind = lender_kind(name)
    if kind == "other":
        return name
    if kind != "informal":
        return ""
    rest = _PHRASE.sub(" ", " ".join(_WORD.findall(quick_fold(name)))).split()
    titled = [i for i, w in enumerate(rest) if w in TITLES]
    if titled:
        return " ".join(rest[titled[0] :])
    return " ".join(
        w
        for w in rest
        if _KIND_OF_WORD.get(w) not in ("informal", "government")
        and w not in _PLACE_WORDS
        and w not in _TRADE_WORDS
        and not any(c.isdigit() for c in w)
    )

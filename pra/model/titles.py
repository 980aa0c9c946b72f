"""Titles a person's name is said with (Bu, Pak, Mbak, Teh, Uda …): one list for every place
that reads a name as people say it (a pledge or step line, the archive's search for names)."""

from __future__ import annotations

from typing import Final

TITLES: Final = frozenset(
    [
        "bu",
        "ibu",
        "pak",
        "bapak",
        "bpk",
        "mbak",
        "mba",
        "mas",
        "kak",
        "kakak",
        "bang",
        "abang",
        "dik",
        "adik",
        "sdr",
        "sdri",
        "saudara",
        "saudari",
        "nyonya",
        "ny",
        "tuan",
        "haji",
        "hajah",
        "hj",
        "h",
        "ustaz",
        "ustadz",
        "ustazah",
        "uda",
        "uni",
        "cik",
        "encik",
        "om",
        "tante",
        "mbok",
        "bude",
        "pakde",
        "budhe",
        "pakdhe",
        "ning",
        "cak",
        "teh",
        "teteh",
        "ceu",
        "kang",
        "akang",
        "mang",
        "aa",
    ]
)
"""Words after which a one-word name is a name, however it is written; a name said with one
of them is the name without it (``Bu Euis`` is Euis)."""


INITIAL_TITLES: Final = frozenset(["a"])
"""Titles that are also initials: Sundanese "A" (short for "Aa": ``A Dede`` is Dede) is the
initial of "A. Rahman" too, so it is read as a title only before a member's name
(:func:`pra.edit.pledges.member_by_prefix`), never where any name is looked for."""


def without_titles(folded: str, titles: frozenset[str] = TITLES) -> str:
    """A folded name without the titles it starts with (``haji darto`` → ``darto``)."""
    words = folded.split()
    while words and words[0].rstrip(".") in titles:
        words.pop(0)
    return " ".join(words)

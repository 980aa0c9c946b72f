"""What a printed line must not break inside: a date, a person's name, a range of numbers.

A table cell wraps at spaces, and after a dash: "15 Sep – 21" / "Sep 2003",
"Sri" / "Wahyuni" in a calendar cell, "Penting (1–" / "5)" in a column head.
Joined with a no-break space (a date, a name) or a word joiner after the dash
(``1–5``), the piece is one word: the table measures it as one
(:mod:`pra.export.measure`) and gives its column the room to print it whole.
"""

from __future__ import annotations

import functools
import re
from typing import Final

NBSP: Final = "\u00a0"
WORD_JOINER: Final = "\u2060"
WHOLE_NAME_CHARS: Final = 32
"""A name up to this long prints on one line; a longer one may wrap at its spaces."""
_RANGE: Final = re.compile(r"(?<=\d)([–-])(?=\d)")


@functools.cache
def _dates() -> re.Pattern[str]:
    """A day and month, a month and year, or all three, in the languages' month names."""
    from babel.dates import get_month_names

    names = {
        name
        for lang in ("id", "en")
        for width in ("abbreviated", "wide")
        for name in get_month_names(width, locale=lang).values()
    }
    month = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:\d{{1,2}} (?:{month})(?: \d{{4}})?|(?:{month}) \d{{4}})\b")


def join_dates(text: str) -> str:
    """``text`` with each date (``15 Sep 2003``, ``15 Sep``, ``Sep 2003``) and each range of
    numbers (``1–5``) made unbreakable."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = _dates().sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return _RANGE.sub(r"\1" + WORD_JOINER, text)


def whole_name(name: str) -> str:
    """A person's name that prints on one line (a very long one may still wrap at spaces)."""
    return name.replace(" ", NBSP) if len(name) <= WHOLE_NAME_CHARS else name


@functools.lru_cache(maxsize=16)
def _names(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The names of more than one word, longest first (``Siti Aminah`` before ``Siti``)."""
    found = sorted({n for n in names if " " in n and len(n) <= WHOLE_NAME_CHARS}, key=len)
    if not found:
        return None
    return re.compile("|".join(re.escape(n) for n in reversed(found)))


def whole_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` with each of ``names`` in it printed on one line (a sentence naming people)."""
    pattern = _names(names)
    if pattern is None or " " not in text:
        return text
    return pattern.sub(lambda m: whole_name(m.group(0)), text)

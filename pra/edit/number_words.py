"""Numbers written as words, as a facilitator may say and type them in a one-line entry:
``dua`` → ``2``, ``tiga bulan`` → ``3 bulan``, ``dua belas`` → ``12``, ``dua puluh lima`` → ``25``.

Without this a RAB line ``Mixer roti, dua, unit, 350.000`` kept "Mixer roti, dua, unit" as
its item and bought one, and a step ``…, dua bulan, …`` lasted 1 (rev18-facil). Only a part
that *starts* with the number and has at most what the caller allows after it is rewritten
(a unit word): an item named with a number word (``Kue lima rasa``) is left as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

_DIGITS: Final = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_WHOLE: Final = {
    "nol": 0, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def leading_number(words: list[str]) -> tuple[int, int] | None:
    """The number the first words say, and how many words it takes; ``None`` if they say none."""
    if not words:
        return None
    first = words[0].casefold()
    if first in _WHOLE:
        return _WHOLE[first], 1
    digit = _DIGITS.get(first)
    if digit is None:
        return None
    second = words[1].casefold() if len(words) > 1 else ""
    if second == "belas":
        return 10 + digit, 2
    if second == "puluh":
        third = _DIGITS.get(words[2].casefold()) if len(words) > 2 else None
        return (10 * digit + third, 3) if third is not None else (10 * digit, 2)
    return digit, 1


def with_digits(part: str, rest_ok: Callable[[str], bool]) -> str:
    """``part`` with the number its first words say written in digits, when what follows
    them passes ``rest_ok`` (``""`` included); else ``part`` as typed."""
    words = part.split()
    found = leading_number(words)
    if found is None:
        return part
    number, used = found
    rest = " ".join(words[used:])
    if not rest_ok(rest):
        return part
    return f"{number} {rest}".strip()

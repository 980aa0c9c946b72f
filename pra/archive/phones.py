"""Phone numbers in free text, found by their digits whatever way they are written.

A number is a run of digits with single separators between groups: a space,
``-``, ``.``, or parentheses (``(0812) 3456 7890``), optionally after ``+``.
It may be glued to a label (``Telp0812-…``, ``HP:0812…``, ``WA.0812…``): only
a digit right before it stops it. Its *key* is its digits without the country
code or the trunk zero: ``+62 812-3456-7890``, ``62-812-3456-7890``,
``(0812) 3456 7890`` and ``081234567890`` all have the key ``81234567890``.

A number whose key is a registered participant's (with at least
:data:`MIN_DIGITS` digits) is that participant's; any other number written
with ``0``, ``62`` or ``+62`` before an Indonesian mobile number (``8``, then
nine to twelve digits in all) is someone's number too, though not whose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final

MIN_DIGITS: Final = 6
"""A registered phone with fewer digits (a typing slip) is not looked for."""

_GROUPS: Final = re.compile(r"(?<![0-9])(?:\+ ?)?\(?[0-9]+(?:(?:\) ?[-.]?|[ .\-]\(?|\()[0-9]+)*")
_DIGITS: Final = re.compile(r"[0-9]+")
_MOBILE: Final = re.compile(r"8[1-9][0-9]{7,10}")


def phone_key(number: str) -> str:
    """The digits of ``number`` without the country code 62 or the trunk 0."""
    digits = "".join(c for c in number if "0" <= c <= "9")
    if digits.startswith("62"):
        return digits[2:]
    if digits.startswith("0"):
        return digits[1:]
    return digits


def registered_keys(phones: Mapping[str, int]) -> dict[str, int]:
    """Registered phone → owner, as key → owner; numbers too short to look for are left out."""
    keys: dict[str, int] = {}
    for phone, owner in phones.items():
        key = phone_key(phone)
        if len(key) >= MIN_DIGITS:
            keys.setdefault(key, owner)
    return keys


def find_phones(text: str, registered: Mapping[str, int]) -> Iterator[tuple[int, int, int | None]]:
    """``(start, end, owner)`` of each phone number in ``text``; owner ``None``: not registered.

    Where the digits run on (``0812 3456 7890 2 orang``), the longest leading
    groups that make a registered number, else a mobile number, are taken.
    """
    for token in _GROUPS.finditer(text):
        groups = list(_DIGITS.finditer(token.group()))
        prefixed = token.group().lstrip("+( ").startswith(("0", "62"))
        candidates = []
        for count in range(len(groups), 0, -1):
            digits = "".join(g.group() for g in groups[:count])
            key = phone_key(digits) if prefixed else digits
            candidates.append((token.start() + groups[count - 1].end(), key))
        found = next(((end, registered[key]) for end, key in candidates if key in registered), None)
        if found is not None:
            yield token.start(), found[0], found[1]
            continue
        if prefixed:
            end = next((end for end, key in candidates if _MOBILE.fullmatch(key)), None)
            if end is not None:
                yield token.start(), end, None

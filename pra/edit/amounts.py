"""The one reading of a typed amount of money, for every field and line that takes one.

``50.000``, ``50000``, ``Rp 50.000``, ``50rb``, ``50 ribu``, ``1,5jt``, ``2 juta``:
the way a facilitator or a mentor writes rupiah on a board. The follow-up's
meeting table, the capital plan, the steps, the pledges and the business
analysis all read them here, so ``1,5jt`` means Rp 1.500.000 everywhere.
"""

from __future__ import annotations

import re
from typing import Final

_UNITS: Final[dict[str, int]] = {
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
}
SHORT: Final = re.compile(r"(\d+(?:[.,]\d{1,3})?)\s*(rb|ribu|k|jt|juta)", re.IGNORECASE)
"""An amount written with its size: ``50rb``, ``1,5jt``, ``2 juta``."""
_GROUPED = re.compile(r"\d{1,3}(?:[.,\s\u00a0]\d{3})*|\d+")


DASH_ENDING: Final = re.compile(r"(?<=\d)[.,][-\u2013]+(?=[\s,;.:)]|$)")
"""The ending rupiah are written with on a receipt or a board: ``10.000,-``, ``Rp 5.000.-``
(nothing follows the whole rupiah)."""

_MINUS: Final = re.compile(r"^\s*[-\u2212\u2013]\s*")
"""A leading minus: ``-``, the minus sign ``−``, or the en dash a phone keyboard gives."""


class NotAnAmount(ValueError):
    """The text is no amount of money; the caller says so in its own sentence."""


class NegativeAmount(NotAnAmount):
    """The text is an amount with a minus (``-5000``, ``Rp -5.000``): money handed over or
    received is never negative, and the caller says that, not that it was not understood."""


def read_amount(text: str) -> int | None:
    """The rupiah ``text`` says; ``None`` for an empty text; :class:`NegativeAmount` for an
    amount with a minus; :class:`NotAnAmount` otherwise."""
    raw = re.sub(r"(?i)^\s*rp\.?\s*", "", DASH_ENDING.sub("", text.strip())).strip()
    if not raw:
        return None
    minus = _MINUS.match(raw)
    if minus:
        rest = raw[minus.end() :]
        if rest and rest[:1] not in "-\u2212\u2013":
            try:
                read_amount(rest)
            except NotAnAmount:
                raise NotAnAmount(text) from None
            raise NegativeAmount(text)
        raise NotAnAmount(text)
    short = SHORT.fullmatch(raw)
    if short:
        number, unit = short.groups()
        whole, _, fraction = number.replace(",", ".").partition(".")
        if len(fraction) == 3:  # "1.500rb": a thousands separator, not a decimal mark
            whole, fraction = whole + fraction, ""
        scale = _UNITS[unit.casefold()]
        value = int(whole) * scale
        if fraction:
            value += int(fraction) * scale // 10 ** len(fraction)
        return value
    if _GROUPED.fullmatch(raw):
        return int(re.sub(r"\D", "", raw))
    raise NotAnAmount(text)

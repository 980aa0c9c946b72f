"""Numbers and dates the way people in the room read them.

Used by the TUI and the Word export alike, so that a figure on the wall and the
same figure on paper look identical. Rupiah use a non-breaking space after
"Rp" so that a line break never separates the sign from the amount.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from pra.i18n import Language, get_language

NBSP: Final = "\u00a0"
MINUS: Final = "\u2212"

_SEPARATORS: Final[dict[str, tuple[str, str]]] = {"id": (".", ","), "en": (",", ".")}
"""Thousands and decimal separators per language: Indonesian writes 1.500.000,5."""


def _group_digits(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def format_number(n: int, lang: Language | None = None) -> str:
    """A whole number with thousands separators: ``1.500.000`` (id), ``1,500,000`` (en)."""
    thousands, _ = _SEPARATORS[lang or get_language()]
    sign = MINUS if n < 0 else ""
    return sign + _group_digits(abs(n), thousands)


def format_rupiah(n: int, lang: Language | None = None) -> str:
    """``Rp 1.500.000`` with a non-breaking space; negative amounts as ``−Rp 5.000``.

    English uses comma separators (``Rp 1,500,000``): an English reader takes a
    dot for a decimal point and would read Rp 1.500 as one and a half rupiah.
    """
    thousands, _ = _SEPARATORS[lang or get_language()]
    sign = MINUS if n < 0 else ""
    return f"{sign}Rp{NBSP}{_group_digits(abs(n), thousands)}"


def format_rupiah_cents(value: Decimal, lang: Language | None = None) -> str:
    """An exact share with two decimals (none when whole), printed, never paid: ``Rp 41.666,67``."""
    thousands, decimal = _SEPARATORS[lang or get_language()]
    cents = int(value.quantize(Decimal("0.01")) * 100)
    whole, rest = divmod(abs(cents), 100)
    sign = MINUS if cents < 0 else ""
    fraction = f"{decimal}{rest:02d}" if rest else ""
    return f"{sign}Rp{NBSP}{_group_digits(whole, thousands)}{fraction}"


def format_percent(value: Decimal | int, lang: Language | None = None) -> str:
    """``10%``, ``1,5%`` (id) or ``1.5%`` (en): no trailing zeros, at most three decimals."""
    _, decimal = _SEPARATORS[lang or get_language()]
    d = Decimal(value).quantize(Decimal("0.001")).normalize()
    text = f"{d:f}"
    return text.replace(".", decimal) + "%"


def format_date(d: dt.date, lang: Language | None = None) -> str:
    """``22 November 2026`` in the language's month names (babel, imported on first use)."""
    from babel.dates import format_date as babel_format

    return str(babel_format(d, format="d MMMM y", locale=lang or get_language()))


def format_month(d: dt.date, lang: Language | None = None, short: bool = False) -> str:
    """The month of ``d``: ``November 2026``, or ``Nov 2026`` with ``short`` (calendar headers)."""
    from babel.dates import format_date as babel_format

    pattern = "MMM y" if short else "MMMM y"
    return str(babel_format(d, format=pattern, locale=lang or get_language()))


def format_short_date(d: dt.date, lang: Language | None = None) -> str:
    """``1 Okt 2003``: a date in a table column where every cell counts."""
    from babel.dates import format_date as babel_format

    return str(babel_format(d, format="d MMM y", locale=lang or get_language()))


def format_month_name(d: dt.date, lang: Language | None = None) -> str:
    """The short name of the month of ``d`` alone: ``Sep``, ``Okt`` (a calendar's month headers)."""
    from babel.dates import format_date as babel_format

    return str(babel_format(d, format="LLL", locale=lang or get_language()))


def format_day_month(
    d: dt.date, lang: Language | None = None, numeric: bool = False, full: bool = False
) -> str:
    """``22 Nov``: the first day of a week column in the calendar; ``22/11`` with ``numeric``;
    ``22 November`` with ``full`` (a printed title).

    Babel, not ``strftime``: its dash flag for an unpadded day is not portable (Windows raises).
    """
    from babel.dates import format_date as babel_format

    pattern = "d/M" if numeric else "d MMMM" if full else "d MMM"
    return str(babel_format(d, format=pattern, locale=lang or get_language()))

"""A sentence from the catalogue with its parameters, rendered in any language later.

Warnings, explanations and lines of arithmetic are computed once and shown in
whatever language the screen or the printed plan is in, so results carry the
catalogue key and raw values, not finished text. Values are formatted when the
sentence is rendered: a :class:`Money` becomes ``Rp 50.000``, a date
``22 November 2026``, a ``Decimal`` a percentage, a :class:`Period` or a
:class:`Month` its name (``Maret 2026``), a tuple a list joined by commas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pra.i18n import Language, get_language, t
from pra.plan.formatting import (
    format_date,
    format_month,
    format_number,
    format_percent,
    format_rupiah,
    format_rupiah_cents,
)
from pra.plan.periods import Period


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of rupiah inside a sentence (so that it is printed as ``Rp 50.000``)."""

    amount: int


@dataclass(frozen=True, slots=True)
class Month:
    """A calendar month inside a sentence (``Maret 2026``): the month of ``day``."""

    day: dt.date


@dataclass(frozen=True, slots=True)
class Day:
    """A date said in the sentence's language (``5 Maret 2004``, ``5 March 2004``) by
    :func:`~pra.plan.formatting.format_date`: a :class:`~pra.errors.Sayable` for a refusal's
    parameters, so that no sentence shows a date as ISO (``2004-03-05``)."""

    day: dt.date

    def text(self, lang: Language | None = None) -> str:
        return format_date(self.day, lang or get_language())


def days_said(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with every date made a :class:`Day` (said in the sentence's language)."""
    return {k: Day(v) if isinstance(v, dt.date) else v for k, v in params.items()}


@dataclass(frozen=True, slots=True)
class Cents:
    """An exact share of rupiah with two decimals (``Rp 41.666,67``): shown, never paid."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class Notice:
    """One sentence: ``key`` in the catalogue and its parameters."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: Language | None = None) -> str:
        """The sentence in ``lang`` (default: the language in force)."""
        lang = lang or get_language()
        return t(self.key, lang, **{k: render_value(v, lang) for k, v in self.params.items()})


def render_value(value: object, lang: Language) -> str:
    """How a parameter reads in a sentence (see the module docstring)."""
    if isinstance(value, Money):
        return format_rupiah(value.amount, lang)
    if isinstance(value, Cents):
        return format_rupiah_cents(value.amount, lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, lang)
    if isinstance(value, Decimal):
        return format_percent(value, lang)
    if isinstance(value, Month):
        return format_month(value.day, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, Period):
        return value.label(lang, short=False)
    if isinstance(value, Notice):
        return value.text(lang)
    if isinstance(value, tuple | list):
        return ", ".join(render_value(v, lang) for v in value)
    return str(value)

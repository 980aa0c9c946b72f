"""Weeks and months of an activity calendar: counting them and naming them.

Period 0 begins on the calendar's start date. With weeks, period ``i`` is the
seven days from ``start + 7·i``. With months, periods follow the calendar
months: period 0 runs from the start date to the end of its month, period 1 is
the whole next month, and so on — the way a group says "bulan Maret".
Counting periods (:func:`period_index`, :func:`fixed_periods`) is model
arithmetic (:mod:`pra.model.periods`), shared with the model's bound on a
plan's length; it is re-exported here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from pra.i18n import Language, get_language, t
from pra.model.periods import Unit, fixed_periods, period_index
from pra.plan.formatting import format_day_month, format_month

__all__ = ["Period", "Unit", "fixed_periods", "period_bounds", "period_index"]


@dataclass(frozen=True, slots=True)
class Period:
    """One column of the calendar: its index, and its first and last day when a start is known.

    ``blackout_ids`` are the group's unavailable periods (Ramadan, Lebaran …) overlapping it.
    """

    unit: Unit
    index: int
    start: dt.date | None
    end: dt.date | None
    blackout_ids: tuple[str, ...] = ()

    def label(self, lang: Language | None = None, short: bool = True) -> str:
        """``Mar 2026`` / ``Minggu 3 (22 Nov)``; ``Bulan 3`` when the calendar has no start date."""
        lang = lang or get_language()
        number = self.index + 1
        if self.start is None:
            return t(f"plan.period.{self.unit}", lang, n=number)
        if self.unit == "month":
            return format_month(self.start, lang, short=short)
        return t("plan.period.week_from", lang, n=number, day=format_day_month(self.start, lang))


def _add_months(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def period_bounds(unit: Unit, start: dt.date, index: int) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of period ``index`` of a calendar starting on ``start``."""
    if unit == "week":
        first = start + dt.timedelta(days=7 * index)
        return first, first + dt.timedelta(days=6)
    year, month = _add_months(start, index)
    first = start if index == 0 else dt.date(year, month, 1)
    return first, dt.date(year, month, calendar.monthrange(year, month)[1])

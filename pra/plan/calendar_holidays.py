"""The group's holidays the calendar's columns do not reach, and the instalments due in them (#13).

The printed calendar marks a holiday in the columns it touches and names it in
the legend. One before the first column or after the last (Lebaran a month
after a twelve-week calendar) touched no column and was printed nowhere; here
they are found, with the instalments (members' to the revolving fund, each
lender's) that fall due within them, so the plan names them below the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pra.model import Blackout, BusinessGroup
from pra.plan.periods import Period


@dataclass(frozen=True, slots=True)
class OutsideHoliday:
    """A holiday outside the calendar's columns and the instalments due within it: the lender's
    name (``""``: the members' instalments to the revolving fund) and the day."""

    holiday: Blackout
    dues: tuple[tuple[str, dt.date], ...]


def _dues(group: BusinessGroup) -> list[tuple[str, dt.date]]:
    from pra.plan.lender import group_lender_schedule
    from pra.plan.revolving import group_fund

    found: list[tuple[str, dt.date]] = []
    if group.capital.stimulus_per_member and group.member_ids:
        found.extend(("", d) for row in group_fund(group).rows for d in row.due_dates)
    for loan in group.capital.loans:
        schedule = group_lender_schedule(group, loan)
        found.extend((loan.lender, i.due) for i in schedule.instalments if i.due is not None)
    return sorted(set(found), key=lambda d: (d[1], d[0]))


def holidays_outside(
    group: BusinessGroup, periods: Sequence[Period]
) -> tuple[tuple[OutsideHoliday, ...], tuple[OutsideHoliday, ...]]:
    """The holidays that end before the calendar's first day, and those that start after its
    last day, in order of date (none when the calendar has no dates: the legend names every
    holiday then)."""
    days = [(p.start, p.end) for p in periods if p.start is not None and p.end is not None]
    if not days:
        return (), ()
    first, last = days[0][0], days[-1][1]
    blackouts = sorted(group.calendar.blackouts, key=lambda b: (b.start, b.end))
    outside = [b for b in blackouts if b.end < first or b.start > last]
    if not outside:
        return (), ()
    dues = _dues(group)

    def held(b: Blackout) -> OutsideHoliday:
        return OutsideHoliday(b, tuple((who, d) for who, d in dues if b.start <= d <= b.end))

    before = tuple(held(b) for b in outside if b.end < first)
    after = tuple(held(b) for b in outside if b.start > last)
    return before, after

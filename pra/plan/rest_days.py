"""Monthly due dates that fall within a holiday the calendar marks, or a lender's on a Sunday.

A monthly instalment falls due on a day of the month (the members' ``repayment_day``,
a lender loan's ``due_day``), whatever that day is. Within a holiday the calendar marks
(Lebaran) the group does not meet, so nobody collects the members' instalments; on a
Sunday a lender's office is shut. The plan does not move the dates (the fund's schedule
and the lender's contract say the day); the checks name them, so the group agrees
beforehand who pays or collects and when:

- the members' instalments to the revolving fund within a marked holiday;
- a monthly lender loan's instalments on a Sunday (one within a holiday is said by
  :func:`pra.plan.collection.lender_due_in_holidays`, not again here).

The members' instalments on a Sunday are not named: a day of the month falls on a
Sunday in most years of instalments, and the group collects them at its own meeting,
whatever the day (a check on every plan would be read as noise). Weekly instalments
fall on the weekday the group chose, so they are not looked at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from pra.model import Blackout, BusinessGroup

SUNDAY: Final = 6
"""``date.weekday()`` of a Sunday."""


@dataclass(frozen=True, slots=True)
class RestDayDues:
    """One source's monthly due dates that fall on a rest day."""

    loan_id: str | None
    """The lender loan; ``None``: the members' instalments to the revolving fund."""
    sundays: tuple[dt.date, ...] = ()
    """A lender loan's due dates on a Sunday."""
    holidays: tuple[tuple[Blackout, tuple[dt.date, ...]], ...] = ()
    """Each holiday of the calendar and the members' due dates within it."""


def _holiday(group: BusinessGroup, day: dt.date) -> Blackout | None:
    return next((b for b in group.calendar.blackouts if b.start <= day <= b.end), None)


def _members(group: BusinessGroup) -> RestDayDues | None:
    from pra.plan.fund import repayment_schedule
    from pra.plan.revolving import fund_start

    plan = group.capital
    start = fund_start(group)
    if not plan.stimulus_per_member or start is None:
        return None
    dues = [r.due_date for r in repayment_schedule(plan, start).rows if r.due_date is not None]
    holidays = tuple(
        (b, found)
        for b in group.calendar.blackouts
        if (found := tuple(d for d in dues if b.start <= d <= b.end))
    )
    return RestDayDues(None, holidays=holidays) if holidays else None


def dues_on_rest_days(group: BusinessGroup) -> tuple[RestDayDues, ...]:
    """The members' due dates in a marked holiday, and each monthly lender loan's on a Sunday.
    Undated, on the cash flow's assumed hand-over (:func:`pra.plan.business.as_assumed`)."""
    from pra.plan.business import as_assumed
    from pra.plan.lender import group_lender_schedule

    group = as_assumed(group)
    found = [m] if (m := _members(group)) is not None else []
    for loan in group.capital.loans:
        if loan.frequency != "monthly":
            continue
        dues = [i.due for i in group_lender_schedule(group, loan).instalments if i.due]
        sundays = tuple(d for d in dues if d.weekday() == SUNDAY and _holiday(group, d) is None)
        if sundays:
            found.append(RestDayDues(loan.id, sundays))
    return tuple(found)

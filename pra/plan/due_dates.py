"""When instalments fall due: one rule for the revolving fund and for a lender's loan.

The first instalment falls on the first agreed day at least one period (a week
for weekly, a month for monthly) after ``after`` (the hand-over), so never before
the money is there; after a lender's grace period, on the first agreed day on or
after the day the grace ends (``on_or_after``: the grace already gives the time). Monthly instalments fall on
day *N* of the month (the month's last day where it has no day *N*: 31 → 30
April, 28/29 February); weekly ones on the agreed weekday (1 = Monday … 7 = Sunday).
How many instalments a term holds (:func:`count_instalments`) and, while a plan has
no dates, which month a weekly instalment falls in (:func:`week_month`) are one rule
here too, so an undated fund and lender loan put their weeks in the same months.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final, Literal

from pra.plan.notice import Notice

WEEKS_PER_YEAR: Final = 52
"""Weekly instalments in a year: a term of months holds ``term × 52 ÷ 12`` of them."""


def count_instalments(frequency: Literal["weekly", "monthly"], term_months: int) -> int:
    """How many instalments repay a term of ``term_months``, for the members' fund and a
    lender's loan alike: monthly, one a month; weekly, ``term × 52 ÷ 12`` rounded down (at
    least 1): 3 months, 13 weeks; 10 months, 43; 12 months, 52."""
    if frequency == "weekly":
        return max(term_months * WEEKS_PER_YEAR // 12, 1)
    return term_months


def week_month(number: int) -> int:
    """The month (1 = the first after the hand-over, or after a lender's grace) weekly
    instalment ``number`` falls in while the plan has no dates, for the fund, its rounds and
    a lender's loan alike: week *k* falls *k* weeks after the hand-over, in month
    ``⌈12 × k ÷ 52⌉`` (13 weeks: 4, 4 and 5 in months 1, 2 and 3; 52 weeks: five in months
    3, 6, 9 and 12). A term of *n* months fills exactly months 1 to *n*."""
    return -(-12 * number // WEEKS_PER_YEAR)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, kept inside shorter months (31 Jan + 1 → 28/29 Feb)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_and_days(start: dt.date, end: dt.date) -> tuple[int, int]:
    """The whole months from ``start`` to ``end`` (:func:`add_months`) and the days left over:
    1 Sep 2003 → 30 Sep 2004 is (12, 29); 1 Sep → 31 Oct is (1, 30)."""
    whole = 0
    while add_months(start, whole + 1) <= end:
        whole += 1
    return whole, (end - add_months(start, whole)).days


def day_in_month(year: int, month: int, day: int) -> dt.date:
    """Day ``day`` of the month, or the month's last day where it has fewer days."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def monthly_due_dates(
    after: dt.date, day: int, count: int, *, on_or_after: bool = False
) -> tuple[dt.date, ...]:
    """``count`` dates on day ``day`` of the month, the first at least a month after ``after``
    (``on_or_after``: the first on or after ``after``)."""
    earliest = after if on_or_after else add_months(after, 1)
    year, month = earliest.year, earliest.month
    if day_in_month(year, month, day) < earliest:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    dates = []
    for _ in range(count):
        dates.append(day_in_month(year, month, day))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(dates)


def weekly_due_dates(
    after: dt.date, weekday: int, count: int, *, on_or_after: bool = False
) -> tuple[dt.date, ...]:
    """``count`` dates on ``weekday`` (1 = Monday), the first at least a week after ``after``
    (``on_or_after``: the first on or after ``after``)."""
    earliest = after if on_or_after else after + dt.timedelta(days=7)
    first = earliest + dt.timedelta(days=(weekday - 1 - earliest.weekday()) % 7)
    return tuple(first + dt.timedelta(weeks=k) for k in range(count))


def undated_first_due(
    frequency: Literal["weekly", "monthly"], day: int | None, grace_months: int = 0
) -> Notice:
    """When the first instalment falls while the hand-over has no date, said as the rule that
    dates it (the :func:`weekly_due_dates`/:func:`monthly_due_dates` one, after the grace when
    there is one): "tanggal 6 pertama yang sedikitnya sebulan sesudah dana diserahkan
    (tanggal penyerahan belum ditentukan)", never an empty date. ``day`` ``None``: no day was
    agreed (the hand-over's own)."""
    period = "weekly" if frequency == "weekly" else "monthly"
    after = "grace" if grace_months else "handover"
    if day is None:
        return Notice(f"plan.due_dates.undated_{period}_{after}", {"months": grace_months})
    named: object = Notice(f"plan.fund.weekday_{day}") if frequency == "weekly" else day
    return Notice(
        f"plan.due_dates.undated_{period}_{after}_day", {"day": named, "months": grace_months}
    )

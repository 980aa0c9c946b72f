"""The business's sales and costs as the group reports them at meetings, against its analysis.

A meeting's sales and costs are those since the previous meeting, so they count
in the month they were earned, not the month of the meeting (:func:`report_month`):
the month of the midpoint of the period the report covers, from the previous
meeting (any of the group's meetings or visits, reporting or not) to the day
before this meeting. Monthly meetings on the 1st thus count in the previous month
(1 November to 30 November: midpoint 15 November), weekly meetings in their own
week's month. A first meeting, with no previous one, counts in its own month:
there is no period to go by. Several reports counting in one month add up.
Where the group has a business analysis (products, :mod:`pra.plan.business`),
each such month is set against the plan's profit and loss of that calendar month
(its seasons applied, and in the month selling starts its selling days only, as the
business plan's cash flow counts them: :func:`pra.plan.business.planned_month`):
planned sales, and planned profit = sales − cost of the units sold − fixed costs. Actual profit is sales − the costs reported; a month
whose costs were not reported has no actual profit.

The warning's rule (:func:`profit_warning`): the group's actual profit was below
the plan's in each of the last :data:`BELOW_PLAN_MONTHS` months in which it
reported both sales and costs; it names them as a range when they follow each
other, else one by one (a month without a report is not one of them).

The "profitable" criterion of the productive business (:func:`profitable`) judges
by the same plan, so a group is never both profitable and warned of a profit below
plan: its actual profit over those same last months (up to :data:`BELOW_PLAN_MONTHS`
of them) is at or above the plan's profit for them. A group without a business
analysis has no plan to go by: there it is profitable when its sales were above its
costs in its last :data:`BELOW_PLAN_MONTHS` reports with both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup
from pra.plan.due_dates import add_months
from pra.plan.followup.attendance import meetings_until
from pra.plan.notice import Money, Month, Notice

BELOW_PLAN_MONTHS: Final = 3
"""Warn when actual profit was below plan in each of this many last reported months."""


@dataclass(frozen=True, slots=True)
class BusinessResult:
    reports: int
    """Meetings where the group reported its sales."""
    sales: int
    costs: int
    profit: int | None
    """Sales minus costs over the reports with both; ``None`` when there is none."""
    recent_profit: int | None
    """The same over the last three such reports."""
    last_report: dt.date | None


def business_result(group: BusinessGroup, on: dt.date) -> BusinessResult:
    meetings = [m for m in meetings_until(group, on) if m.sales is not None]
    both = [(m.sales or 0) - (m.costs or 0) for m in meetings if m.costs is not None]
    return BusinessResult(
        reports=len(meetings),
        sales=sum(m.sales or 0 for m in meetings),
        costs=sum(m.costs or 0 for m in meetings),
        profit=sum(both) if both else None,
        recent_profit=sum(both[-3:]) if both else None,
        last_report=meetings[-1].date if meetings else None,
    )


def report_month(previous: dt.date | None, day: dt.date) -> dt.date:
    """The first day of the month a report made on ``day`` counts in (the module's rule).

    ``previous`` is the date of the group's previous meeting, ``None`` for the first one.
    """
    if previous is None or previous >= day:
        return day.replace(day=1)
    last = day - dt.timedelta(days=1)
    midpoint = previous + dt.timedelta(days=(last - previous).days // 2)
    return midpoint.replace(day=1)


@dataclass(frozen=True, slots=True)
class MonthSales:
    """One calendar month the group's reported sales count in, against its business analysis."""

    month: dt.date
    """The month's first day."""
    sales: int
    costs: int | None
    """``None`` when no meeting of the month reported costs."""
    planned_sales: int
    planned_profit: int

    @property
    def profit(self) -> int | None:
        return None if self.costs is None else self.sales - self.costs

    @property
    def below_plan(self) -> bool:
        return self.profit is not None and self.profit < self.planned_profit


def sales_against_plan(
    group: BusinessGroup, on: dt.date, since: dt.date | None = None
) -> tuple[MonthSales, ...]:
    """Each month a sales report up to ``on`` counts in, oldest first; empty without an analysis.

    With ``since``, only the reports of the meetings held from ``since`` on: a progress
    report's period covers the sales its own meetings report, so each month is in exactly
    one report of consecutive periods (the first may be a month before ``since``: the
    sales a period's first meeting reports were earned since the meeting before it).
    """
    from pra.plan.business import planned_month

    if not group.analysis.products:
        return ()
    sales: dict[dt.date, int] = {}
    costs: dict[dt.date, int] = {}
    meetings = meetings_until(group, on)
    for m in meetings:
        if since is not None and m.date < since:
            continue
        previous = max((p.date for p in meetings if p.date < m.date), default=None)
        month = report_month(previous, m.date)
        if m.sales is not None:
            sales[month] = sales.get(month, 0) + m.sales
        if m.costs is not None:
            costs[month] = costs.get(month, 0) + m.costs
    rows = []
    for month in sorted(sales):
        planned = planned_month(group, month)
        rows.append(
            MonthSales(month, sales[month], costs.get(month), planned.sales, planned.profit)
        )
    return tuple(rows)


def profitable(group: BusinessGroup, on: dt.date) -> bool:
    """The "profitable" criterion at ``on``, by the module's rule."""
    reported = [m for m in sales_against_plan(group, on) if m.profit is not None]
    if reported:
        last = reported[-BELOW_PLAN_MONTHS:]
        return sum(m.profit or 0 for m in last) >= sum(m.planned_profit for m in last)
    if group.analysis.products:
        return False  # a plan to go by, and no month reported against it
    recent = business_result(group, on).recent_profit
    return recent is not None and recent > 0


def profit_warning(group: BusinessGroup, on: dt.date) -> Notice | None:
    """``Laba usaha di bawah rencana 3 bulan terakhir …`` by the module's rule, else ``None``."""
    reported = [m for m in sales_against_plan(group, on) if m.profit is not None]
    last = reported[-BELOW_PLAN_MONTHS:]
    if len(last) < BELOW_PLAN_MONTHS or not all(m.below_plan for m in last):
        return None
    params: dict[str, object] = {
        "count": BELOW_PLAN_MONTHS,
        "profit": Money(sum(m.profit or 0 for m in last)),
        "planned": Money(sum(m.planned_profit for m in last)),
    }
    if add_months(last[0].month, len(last) - 1) == last[-1].month:
        return Notice(
            "followup.warning.profit_below_plan",
            params | {"first": Month(last[0].month), "last": Month(last[-1].month)},
        )
    # a month without a report between them: name the months, never a range wider than them
    return Notice(
        "followup.warning.profit_below_plan_months",
        params | {"months": tuple(Month(m.month) for m in last)},
    )

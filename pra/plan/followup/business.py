"""The business's sales and costs as the group reports them at meetings.

The plan holds no sales forecast yet, so the figures stand on their own: totals
and the profit over the periods where both sales and costs were reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.followup.attendance import meetings_until


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

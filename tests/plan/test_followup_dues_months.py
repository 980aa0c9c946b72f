"""The follow-up counts the dues owed from the first instalment's month, as the plan's fund does
(#13: it counted from a month after the hand-over, before any instalment fell due)."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import savings_status
from pra.plan.revolving import group_fund

from .followup_factory import START, plan, workshop


def test_dues_are_owed_from_the_first_instalments_month() -> None:
    # Handed over Monday 5 Jan 2026 (the calendar's start), due on the 4th: the first
    # instalment is at least a month later, so 4 Mar 2026, two months after the start. The
    # dues (Rp 10.000) are owed from March: on 20 Feb nothing; on 3 Mar, March (1 month);
    # at the meeting of 10 Apr, March and April: 2 × 10.000 = 20.000 (counted from the
    # start it was 5 Feb, 5 Mar, 5 Apr: 30.000).
    ws = workshop(capital=plan(repayment_day=4))
    group = ws.groups[0]
    fund = group_fund(group)
    first_due = min(d for r in fund.rows for d in r.due_dates)
    assert dt.date(2026, 1, 5) == START and first_due == dt.date(2026, 3, 4)
    agreed = {on: savings_status(ws, group, "p1", on).agreed for on in _days()}
    assert agreed == {
        dt.date(2026, 2, 20): 0,
        dt.date(2026, 3, 3): 10_000,
        dt.date(2026, 4, 10): 20_000,
    }
    # the fund's ledger charges the same months: none before March, one member's dues a month
    charged = [(r.date, r.dues_in) for r in fund.rows if r.date is not None and r.dues_in]
    assert charged[0][0] is not None and (charged[0][0].year, charged[0][0].month) == (2026, 3)
    per_member = sum(d for day, d in charged if day <= dt.date(2026, 4, 30)) // 4
    assert per_member == agreed[dt.date(2026, 4, 10)]


def _days() -> tuple[dt.date, ...]:
    return (dt.date(2026, 2, 20), dt.date(2026, 3, 3), dt.date(2026, 4, 10))

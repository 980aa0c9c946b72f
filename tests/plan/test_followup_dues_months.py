"""The follow-up counts the dues owed from the first instalment's month, as the plan's fund does
(#13: it counted from a month after the hand-over, before any instalment fell due), and each
month's dues from the day they are collected, with the month's first instalment (review
rev13-code F-a: it counted a month from its 1st day, before the group asked for it)."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import savings_status
from pra.plan.followup.evidence import early_warnings
from pra.plan.revolving import dues_months_owed, group_fund

from .followup_factory import START, plan, workshop


def test_dues_are_owed_from_the_first_instalments_month() -> None:
    # Handed over Monday 5 Jan 2026 (the calendar's start), due on the 4th: the first
    # instalment is at least a month later, so 4 Mar 2026, two months after the start. The
    # dues (Rp 10.000) are owed from March: on 20 Feb nothing; on 3 Mar still nothing, on
    # 4 Mar, March (1 month); at the meeting of 10 Apr, March and April: 2 × 10.000 = 20.000 (counted from the
    # start it was 5 Feb, 5 Mar, 5 Apr: 30.000).
    ws = workshop(capital=plan(repayment_day=4))
    group = ws.groups[0]
    fund = group_fund(group)
    first_due = min(d for r in fund.rows for d in r.due_dates)
    assert dt.date(2026, 1, 5) == START and first_due == dt.date(2026, 3, 4)
    agreed = {on: savings_status(ws, group, "p1", on).agreed for on in _days()}
    assert agreed == {
        dt.date(2026, 2, 20): 0,
        dt.date(2026, 3, 3): 0,
        dt.date(2026, 3, 4): 10_000,
        dt.date(2026, 4, 10): 20_000,
    }
    # the fund's ledger charges the same months: none before March, one member's dues a month
    charged = [(r.date, r.dues_in) for r in fund.rows if r.date is not None and r.dues_in]
    assert charged[0][0] is not None and (charged[0][0].year, charged[0][0].month) == (2026, 3)
    per_member = sum(d for day, d in charged if day <= dt.date(2026, 4, 30)) // 4
    assert per_member == agreed[dt.date(2026, 4, 10)]


def _days() -> tuple[dt.date, ...]:
    return (dt.date(2026, 2, 20), dt.date(2026, 3, 3), dt.date(2026, 3, 4), dt.date(2026, 4, 10))


def test_weekly_dues_are_owed_from_the_day_of_the_months_first_instalment() -> None:
    # Handed over Monday 5 Jan 2026, weekly on Thursdays: the first instalment is at least a
    # week later, Thursday 15 Jan (not 8 Jan). January's dues are asked for then: none on
    # 6 Jan or 14 Jan, one month from 15 Jan to 4 Feb; February's with its first Thursday,
    # 5 Feb: two months from then (counted from the 1st, it was one month on 6 Jan already).
    capital = plan(repayment_frequency="weekly", repayment_day=4)
    owed = {
        day: dues_months_owed(capital, START, day)
        for day in (
            dt.date(2026, 1, 6),
            dt.date(2026, 1, 14),
            dt.date(2026, 1, 15),
            dt.date(2026, 2, 4),
            dt.date(2026, 2, 5),
        )
    }
    assert owed == {
        dt.date(2026, 1, 6): 0,
        dt.date(2026, 1, 14): 0,
        dt.date(2026, 1, 15): 1,
        dt.date(2026, 2, 4): 1,
        dt.date(2026, 2, 5): 2,
    }


def test_monthly_dues_are_owed_from_the_repayment_day_not_the_first_of_the_month() -> None:
    # Handed over 5 Jan 2026, due on the 20th: the first instalment 20 Feb. On 1 Feb nothing
    # is owed yet (it was one month), on 20 Feb one, on 20 Mar two.
    capital = plan(repayment_day=20)
    days = (dt.date(2026, 2, 1), dt.date(2026, 2, 19), dt.date(2026, 2, 20), dt.date(2026, 3, 19))
    assert [dues_months_owed(capital, START, d) for d in days] == [0, 0, 1, 1]
    assert dues_months_owed(capital, START, dt.date(2026, 3, 20)) == 2
    # a member who left on a dues day owes that month no more; one who left after it does
    later = dt.date(2026, 6, 1)
    assert dues_months_owed(capital, START, later, left=dt.date(2026, 3, 20)) == 1
    assert dues_months_owed(capital, START, later, left=dt.date(2026, 3, 21)) == 2


def test_no_savings_warning_before_the_group_has_asked_for_any_dues() -> None:
    # weekly on Thursdays, handed over Monday 5 Jan 2026: on 6 Jan nobody owes any dues
    ws = workshop(capital=plan(repayment_frequency="weekly", repayment_day=4))
    group = ws.groups[0]
    assert all(
        savings_status(ws, group, m, dt.date(2026, 1, 6)).agreed == 0 for m in group.member_ids
    )
    keys = [n.key for n in early_warnings(ws, group, dt.date(2026, 1, 6))]
    assert "followup.warning.savings_behind" not in keys

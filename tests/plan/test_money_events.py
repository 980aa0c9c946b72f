"""The hand-overs and first instalments the schedules start from, placed in the calendar (#13)."""

from __future__ import annotations

import datetime as dt

from pra.plan.lender import group_lender_schedule
from pra.plan.money_events import event_period, money_events
from pra.plan.schedule import schedule_group
from tests.export.factory import example


def test_jaya_bersama_bmm_hand_over_is_in_the_schedules_month() -> None:
    """Jaya Bersama's BMM loan (Rp 3.000.000) is handed over on Monday 1 Sep 2003; the
    calendar's week holding that day (week 1, 1–7 Sep) is in September 2003, the month the BMM
    schedule counts from; its first weekly instalment (6 Oct, the first Monday on or after the
    one-month grace's end, 1 Oct) is in week 6 (6–12 Oct)."""
    group = example("palembang").groups[1]
    [loan] = group.capital.loans
    lender = group_lender_schedule(group, loan)
    assert lender.disbursed == dt.date(2003, 9, 1)
    events = {e.kind: e for e in money_events(group) if e.source in ("BMM", "")}
    periods = schedule_group(group).periods
    handed = event_period(periods, events["loan"].day)
    assert handed == 0
    start = periods[handed].start
    assert start is not None and (start.year, start.month) == (2003, 9)
    assert events["loan"].amount == 3_000_000
    first = event_period(periods, events["loan_first_due"].day)
    assert first == 5 and lender.instalments[0].due == dt.date(2003, 10, 6)
    # the revolving fund: handed to all 10 members on 1 Sep (10 × Rp 475.000), first due 6 Oct
    assert events["fund_handover"].amount == 4_750_000 and events["fund_handover"].members == 10
    assert events["fund_first_due"].day == dt.date(2003, 10, 6)


def test_an_event_outside_the_calendar_has_no_period() -> None:
    group = example("palembang").groups[1]
    periods = schedule_group(group).periods
    assert periods[-1].end == dt.date(2003, 11, 23)
    assert event_period(periods, dt.date(2003, 11, 24)) is None
    assert event_period(periods, dt.date(2003, 8, 31)) is None

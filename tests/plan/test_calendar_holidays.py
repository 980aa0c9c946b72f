"""Holidays outside the calendar's columns, with the instalments due in them (#13)."""

from __future__ import annotations

import datetime as dt

from pra.plan.calendar_holidays import holidays_outside
from pra.plan.schedule import schedule_group
from tests.export.factory import example


def test_jaya_bersama_lebaran_is_after_its_calendar() -> None:
    """The calendar's last week is 17–23 Nov 2003; Lebaran (25–30 Nov) touches no column, and no
    instalment falls due in it (BMM's Monday the 24th is before it, the members' on the 6th)."""
    group = example("palembang").groups[1]
    before, after = holidays_outside(group, schedule_group(group).periods)
    assert before == ()
    [lebaran] = after
    assert (lebaran.holiday.start, lebaran.holiday.end) == (
        dt.date(2003, 11, 25),
        dt.date(2003, 11, 30),
    )
    assert lebaran.dues == ()


def test_an_undated_calendar_has_no_outside() -> None:
    group = example("palembang").groups[1]
    undated = group.model_copy(
        update={"calendar": group.calendar.model_copy(update={"start": None})}
    )
    assert holidays_outside(undated, schedule_group(undated).periods) == ((), ())

"""An undated calendar anchors on its fixed-date steps (#13, item 4 of the credit officer's
reading): without a start of its own, the calendar used to begin on the earliest fixed date,
so the undated steps that must end before that step pushed it past its date and the plan
printed it as late ("direncanakan mulai … tetapi baru bisa mulai setelah …"), though nothing
forced it. Now the calendar begins early enough for them; a fixed step is late only when the
dependencies really push it (another fixed step, or the calendar's own start)."""

from __future__ import annotations

import datetime as dt

from pra.archive.rows import placements
from pra.model import BusinessGroup, CalendarSettings
from pra.model.periods import plan_length
from pra.plan.schedule import schedule_steps

from .factory import step

FIXED_MOVED = "plan.schedule.fixed_moved"


def _weekly() -> list:
    # a: 2 weeks, undated, first            b: 1 week after a
    # c: fixed Monday 3 Nov 2025 for 2 weeks, after b and after d (1 week, undated, alone)
    # e: 1 week after c
    return [
        step("a", 2),
        step("b", 1, ["a"]),
        step("d", 1),
        step("c", 2, ["b", "d"], start=dt.date(2025, 11, 3)),
        step("e", 1, ["c"]),
    ]


def test_an_undated_weekly_calendar_keeps_its_fixed_step_on_its_date() -> None:
    # By hand: before c lie a (2 weeks) then b (1 week): 3 weeks, so the calendar starts
    # 3 weeks before Monday 3 Nov 2025, on Monday 13 Oct 2025.
    #   a: weeks 0-1, 13 Oct - 26 Oct        b: week 2, 27 Oct - 2 Nov
    #   d: week 0, 13 Oct - 19 Oct           c: weeks 3-4, 3 Nov - 16 Nov (its date)
    #   e: week 5, 17 Nov - 23 Nov
    # Before the fix the calendar started on 3 Nov itself and c was pushed to 24 Nov.
    s = schedule_steps(_weekly(), "week")
    assert s.start == dt.date(2025, 10, 13)
    placed = {x.step_id: (x.start_date, x.end_date) for x in s.steps}
    assert placed == {
        "a": (dt.date(2025, 10, 13), dt.date(2025, 10, 26)),
        "b": (dt.date(2025, 10, 27), dt.date(2025, 11, 2)),
        "d": (dt.date(2025, 10, 13), dt.date(2025, 10, 19)),
        "c": (dt.date(2025, 11, 3), dt.date(2025, 11, 16)),
        "e": (dt.date(2025, 11, 17), dt.date(2025, 11, 23)),
    }
    assert [w.key for w in s.warnings if w.key == FIXED_MOVED] == []
    assert s.length == 6


def test_an_undated_monthly_calendar_starts_on_the_first_of_the_month_it_needs() -> None:
    # By hand: x (2 months) then y (1 month) before z, fixed 15 March 2026; w (1 month, undated)
    # before v, fixed 10 April 2026. z needs 3 months before March: the calendar starts on
    # 1 December 2025 (months are counted as calendar months); v needs 1 month before April,
    # which December - March already gives.
    #   x: Dec 2025 - Jan 2026   y: Feb 2026   z: Mar 2026 (15 Mar - 31 Mar, its date)
    #   w: Dec 2025              v: Apr 2026 (its date)
    steps = [
        step("x", 2),
        step("y", 1, ["x"]),
        step("z", 1, ["y"], start=dt.date(2026, 3, 15)),
        step("w", 1),
        step("v", 1, ["w"], start=dt.date(2026, 4, 10)),
    ]
    s = schedule_steps(steps, "month")
    assert s.start == dt.date(2025, 12, 1)
    assert {x.step_id: (x.start, x.end) for x in s.steps} == {
        "x": (0, 2),
        "y": (2, 3),
        "z": (3, 4),
        "w": (0, 1),
        "v": (4, 5),
    }
    assert s.step("z").start_date == dt.date(2026, 3, 1)  # type: ignore[union-attr]
    assert [w for w in s.warnings if w.key == FIXED_MOVED] == []


def test_a_fixed_step_pushed_by_another_fixed_step_is_still_late() -> None:
    # f1 fixed Monday 5 Jan 2026 for 3 weeks (5 - 25 Jan); f2 fixed Monday 12 Jan 2026 after
    # f1: no start of the calendar can keep both, so f2 moves to 26 Jan and is flagged; the
    # undated u (1 week) before f1 still starts the calendar a week early, on 29 Dec 2025.
    steps = [
        step("u", 1),
        step("f1", 3, ["u"], start=dt.date(2026, 1, 5)),
        step("f2", 1, ["f1"], start=dt.date(2026, 1, 12)),
    ]
    s = schedule_steps(steps, "week")
    assert s.start == dt.date(2025, 12, 29)
    assert s.step("f1").start_date == dt.date(2026, 1, 5)  # type: ignore[union-attr]
    assert s.step("f2").start_date == dt.date(2026, 1, 26)  # type: ignore[union-attr]
    moved = [w.params["step"] for w in s.warnings if w.key == FIXED_MOVED]
    assert moved == ["Langkah f2"]


def test_a_calendar_with_its_own_start_is_not_moved() -> None:
    # the group chose 3 Nov 2025 as its first day: c, fixed that day, does wait for a and b
    s = schedule_steps(_weekly(), "week", dt.date(2025, 11, 3))
    assert s.start == dt.date(2025, 11, 3)
    assert s.step("c").start_date == dt.date(2025, 11, 24)  # type: ignore[union-attr]
    assert [w.key for w in s.warnings].count(FIXED_MOVED) == 1


def test_the_archive_and_the_plan_bound_place_an_undated_calendar_the_same_way() -> None:
    steps = _weekly()
    s = schedule_steps(steps, "week")
    group = BusinessGroup.model_validate(
        {"id": "g", "name": "G", "steps": steps, "calendar": CalendarSettings(unit="week")}
    )
    assert {k: v[:4] for k, v in placements(group).items()} == {
        x.step_id: (x.start, x.end, x.start_date, x.end_date) for x in s.steps
    }
    assert plan_length(steps, "week", None) == s.length

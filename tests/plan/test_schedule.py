from __future__ import annotations

import datetime as dt

from pra.model import Blackout, BusinessGroup, CalendarSettings, Step
from pra.plan.calendar_grid import calendar_grid
from pra.plan.schedule import Schedule, schedule_group, schedule_steps, workshop_schedule
from pra.synthetic import maximal_workshop

from .factory import people, step

START = dt.date(2026, 4, 1)


def palembang_tailors() -> tuple[Step, ...]:
    """The Palembang tailors' agenda: learn to sew, find a place, find capital, buy materials."""
    return (
        step("belajar", 2, who=["p00", "p01"], title="Belajar menjahit"),
        step("tempat", 1, who=["p02"], title="Mencari tempat"),
        step("modal", 1, who=["p00"], title="Mencari modal"),
        step("bahan", 1, ["belajar", "tempat", "modal"], ["p01"], title="Mencari bahan"),
        step("jual", 3, ["bahan"], ["p00", "p03"], title="Menjahit dan menjual"),
    )


def test_earliest_start_end_and_critical_path_in_months() -> None:
    s = schedule_steps(palembang_tailors(), "month", START)
    got = {x.step_id: (x.start, x.end) for x in s.steps}
    assert got == {
        "belajar": (0, 2),
        "tempat": (0, 1),
        "modal": (0, 1),
        "bahan": (2, 3),
        "jual": (3, 6),
    }
    assert s.length == 6
    assert s.critical_path == ("belajar", "bahan", "jual")
    assert s.step("tempat") is not None and s.step("tempat").slack == 1  # type: ignore[union-attr]
    bahan = s.step("bahan")
    assert bahan is not None
    assert (bahan.start_date, bahan.end_date) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert s.periods[0].start == START and s.periods[5].end == dt.date(2026, 9, 30)
    assert s.warnings == ()


def test_weeks() -> None:
    s = schedule_steps(palembang_tailors(), "week", dt.date(2026, 11, 22))
    jual = s.step("jual")
    assert jual is not None
    assert jual.start_date == dt.date(2026, 12, 13)
    assert jual.end_date == dt.date(2027, 1, 2)


def test_without_start_date_periods_are_numbered_only() -> None:
    s = schedule_steps(palembang_tailors())
    assert s.start is None
    assert all(p.start is None for p in s.periods)
    assert s.periods[2].label("id") == "Bulan 3"
    assert s.steps[0].start_date is None


def test_empty_and_single_step() -> None:
    empty = schedule_steps((), "month", START)
    assert (empty.steps, empty.periods, empty.critical_path, empty.warnings) == ((), (), (), ())
    one = schedule_steps((step("a", 3),), "month", START)
    assert (one.steps[0].start, one.steps[0].end, one.critical_path) == (0, 3, ("a",))


def test_dependency_cycle_does_not_crash_and_is_named() -> None:
    steps = (
        step("a", 1, ["c"], title="Belajar"),
        step("b", 1, ["a"], title="Membeli"),
        step("c", 1, ["b"], title="Menjual"),
        step("d", 1, ["c"], title="Menabung"),
    )
    s = schedule_steps(steps, "month", START)
    assert [w.key for w in s.warnings] == ["plan.schedule.cycle"]
    text = s.warnings[0].text("id")
    assert "Belajar" in text and "Membeli" in text and "Menjual" in text
    assert "Menabung" not in text
    got = {x.step_id: x.start for x in s.steps}
    assert got == {"a": 0, "b": 1, "c": 2, "d": 3}  # the link a → c was dropped
    assert s.step("a").depends_on == ()  # type: ignore[union-attr]


def test_two_separate_cycles_are_both_named() -> None:
    steps = (
        step("a", 1, ["b"]),
        step("b", 1, ["a"]),
        step("c", 1, ["d"]),
        step("d", 1, ["c"]),
    )
    s = schedule_steps(steps, "week", START)
    assert [w.key for w in s.warnings] == ["plan.schedule.cycle", "plan.schedule.cycle"]
    assert len(s.steps) == 4


def test_unknown_and_self_dependencies_are_ignored() -> None:
    s = schedule_steps((step("a", 1, ["a", "ghost"]),), "month", START)
    assert (s.steps[0].start, s.steps[0].depends_on) == (0, ())


def test_fixed_dates_are_kept_or_moved_after_dependencies() -> None:
    steps = (
        step("a", 2),
        step("b", 1, start=dt.date(2026, 8, 10)),
        step("c", 1, ["a"], start=dt.date(2026, 4, 20)),
        step("d", 1, start=dt.date(2026, 5, 1), end=dt.date(2026, 7, 31)),
    )
    s = schedule_steps(steps, "month", START)
    got = {x.step_id: (x.start, x.end, x.fixed) for x in s.steps}
    assert got["b"] == (4, 5, True)
    assert got["c"] == (2, 3, True)  # wanted month 0, but "a" ends at 2
    assert got["d"] == (1, 4, True)  # May–July: three months from its dates
    assert [w.key for w in s.warnings] == ["plan.schedule.fixed_moved"]


def test_calendar_starts_at_earliest_fixed_date_when_none_given() -> None:
    s = schedule_steps((step("a", 1, start=dt.date(2026, 5, 4)), step("b", 1, ["a"])), "week")
    assert s.start == dt.date(2026, 5, 4)
    assert [x.start for x in s.steps] == [0, 1]


def _placed(s: Schedule) -> dict[str, tuple[object, ...]]:
    return {x.step_id: (x.start, x.end, x.start_date, x.end_date) for x in s.steps}


def test_date_before_calendar_start_is_clamped_with_warning_in_months() -> None:
    """The part before the calendar start is cut off; the step keeps its end, dependants follow."""
    d = dt.date
    s = schedule_steps(
        (
            # 5 Jan - 20 May on a calendar from 1 Apr: April and May
            step("a", 1, start=d(2026, 1, 5), end=d(2026, 5, 20)),
            step("b", 2, ["a"]),
            # 10 Feb for 4 months (Feb-May): April and May
            step("c", 4, start=d(2026, 2, 10)),
            # wholly before the calendar: one period at its start
            step("e", 1, start=d(2026, 1, 5), end=d(2026, 2, 1)),
            step("f", 1, ["e"]),
        ),
        "month",
        START,
    )
    assert _placed(s) == {
        "a": (0, 2, d(2026, 4, 1), d(2026, 5, 31)),
        "b": (2, 4, d(2026, 6, 1), d(2026, 7, 31)),
        "c": (0, 2, d(2026, 4, 1), d(2026, 5, 31)),
        "e": (0, 1, d(2026, 4, 1), d(2026, 4, 30)),
        "f": (1, 2, d(2026, 5, 1), d(2026, 5, 31)),
    }
    assert [w.key for w in s.warnings] == ["plan.schedule.before_start"] * 3
    assert s.length == 4


def test_date_before_calendar_start_is_clamped_with_warning_in_weeks() -> None:
    """Palembang's st-sm-1: 18 Aug - 7 Sep on a week calendar from 1 Sep is the week of 1-7 Sep."""
    d = dt.date
    s = schedule_steps(
        (
            step("sm1", 1, start=d(2003, 8, 18), end=d(2003, 9, 7)),
            step("sm3", 2, ["sm1"]),
            step("x", 3, start=d(2003, 8, 25)),
        ),
        "week",
        d(2003, 9, 1),
    )
    assert _placed(s) == {
        "sm1": (0, 1, d(2003, 9, 1), d(2003, 9, 7)),
        "sm3": (1, 3, d(2003, 9, 8), d(2003, 9, 21)),
        # 25 Aug for 3 weeks: 25 Aug - 14 Sep, so the weeks of 1 and 8 Sep
        "x": (0, 2, d(2003, 9, 1), d(2003, 9, 14)),
    }
    assert [w.key for w in s.warnings] == ["plan.schedule.before_start"] * 2
    assert s.critical_path == ("sm1", "sm3")


def test_blackout_and_overload_warnings() -> None:
    group = BusinessGroup(
        id="g",
        name="Kelompok Penjahit",
        steps=palembang_tailors(),
        calendar=CalendarSettings(
            unit="month",
            start=START,
            max_parallel_per_person=1,
            blackouts=(
                Blackout(
                    id="lebaran",
                    label="Lebaran",
                    start=dt.date(2026, 6, 10),
                    end=dt.date(2026, 6, 20),
                ),
            ),
        ),
    )
    s = schedule_group(group, people(4))
    keys = [w.key for w in s.warnings]
    assert keys.count("plan.schedule.blackout") == 1
    blackout = next(w for w in s.warnings if w.key == "plan.schedule.blackout")
    assert blackout.text("id") == (
        'Langkah "Mencari bahan" jatuh pada masa Lebaran (10 Juni 2026 – 20 Juni 2026).'
    )
    overload = [w.text("en") for w in s.warnings if w.key == "plan.schedule.overload"]
    assert overload == ["Orang 0 holds 2 steps at once (limit 1), from April 2026."]
    assert s.periods[2].blackout_ids == ("lebaran",)
    assert s.periods[1].blackout_ids == ()


def test_calendar_grid_cells() -> None:
    s = schedule_steps(
        palembang_tailors(), "month", START, blackouts=[("x", "Ramadan", START, START)]
    )
    grid = calendar_grid(s)
    assert len(grid) == 5
    assert all(len(row.cells) == 6 for row in grid)
    jual = grid[4]
    assert [c.active for c in jual.cells] == [False, False, False, True, True, True]
    assert jual.cells[3].responsible_ids == ("p00", "p03")
    assert jual.cells[0].responsible_ids == ()
    assert jual.critical
    assert [c.blackout for c in grid[0].cells] == [True, False, False, False, False, False]


def test_group_of_thirty_people_on_the_synthetic_workshop() -> None:
    ws = maximal_workshop(participants=30, groups=1, steps_per_group=30)
    s = workshop_schedule(ws, ws.groups[0])
    ends = {x.step_id: x.end for x in s.steps}
    for x in s.steps:
        assert all(ends[d] <= x.start for d in x.depends_on)
    assert s.critical_path and s.step(s.critical_path[-1]).end == s.length  # type: ignore[union-attr]

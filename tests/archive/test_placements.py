"""The archive's lean calendar placements agree with ``pra.plan.schedule`` step for step."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from pra.archive.rows import placements
from pra.model import BusinessGroup, CalendarSettings, Step, Workshop
from pra.plan.schedule import schedule_group
from pra.synthetic import maximal_workshop


def _expected(g: BusinessGroup) -> dict[str, tuple[object, ...]]:
    return {
        s.step_id: (s.start, s.end, s.start_date, s.end_date, s.slack)
        for s in schedule_group(g).steps
    }


def _varied(ws: Workshop, seed: int) -> list[BusinessGroup]:
    """The groups with steps in reverse document order, some fixed dates, weeks or months."""
    rng = random.Random(seed)
    out = []
    for g in ws.groups:
        steps = []
        for s in reversed(g.steps):
            start = end = None
            if rng.random() < 0.3:
                start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(-60, 500))
                if rng.random() < 0.5:
                    end = start + dt.timedelta(days=rng.randrange(0, 120))
            steps.append(s.model_copy(update={"start": start, "end": end}))
        calendar = g.calendar.model_copy(
            update={
                "unit": rng.choice(["week", "month"]),
                "start": rng.choice([None, dt.date(2026, 2, 17), dt.date(2026, 1, 31)]),
            }
        )
        out.append(g.model_copy(update={"steps": tuple(steps), "calendar": calendar}))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_placements_match_the_full_schedule(seed: int) -> None:
    ws = maximal_workshop(groups=3, steps_per_group=40, seed=seed)
    groups = [*ws.groups, *_varied(ws, seed)]
    for g in groups:
        assert placements(g) == _expected(g)
    assert any(s.start is not None for g in groups for s in g.steps)


def test_placements_match_on_the_examples(examples: dict[str, Workshop]) -> None:
    for ws in examples.values():
        for g in ws.groups:
            assert placements(g) == _expected(g)


def _group(unit: str, start: dt.date, steps: list[Step]) -> BusinessGroup:
    return BusinessGroup(
        id="g",
        name="Kelompok",
        steps=tuple(steps),
        calendar=CalendarSettings(unit=unit, start=start),
    )


def test_placements_cut_off_the_part_before_the_calendar_start() -> None:
    """Hand-computed, not compared with the schedule (both once stretched such a step)."""
    d = dt.date
    months = _group(
        "month",
        d(2026, 3, 1),
        [
            # 1 Jan - 31 Mar on a calendar from 1 Mar: March only
            Step(id="a", title="Belajar", start=d(2026, 1, 1), end=d(2026, 3, 31)),
            Step(id="b", title="Bahan", duration=2, depends_on=("a",)),
            # 1 Feb for 3 months (Feb-Apr): March and April
            Step(id="c", title="Tempat", duration=3, start=d(2026, 2, 1)),
            Step(id="e", title="Jual", depends_on=("b", "c")),
        ],
    )
    assert placements(months) == {
        "a": (0, 1, d(2026, 3, 1), d(2026, 3, 31), 0),
        "b": (1, 3, d(2026, 4, 1), d(2026, 5, 31), 0),
        "c": (0, 2, d(2026, 3, 1), d(2026, 4, 30), 1),
        "e": (3, 4, d(2026, 6, 1), d(2026, 6, 30), 0),
    }
    # Palembang's st-sm-1 (18 Aug - 7 Sep) on a week calendar from Monday 1 Sep 2003
    weeks = _group(
        "week",
        d(2003, 9, 1),
        [
            Step(id="sm1", title="Mencari tepung", start=d(2003, 8, 18), end=d(2003, 9, 7)),
            Step(id="sm3", title="Membuat kue", duration=2, depends_on=("sm1",)),
        ],
    )
    assert placements(weeks) == {
        "sm1": (0, 1, d(2003, 9, 1), d(2003, 9, 7), 0),
        "sm3": (1, 3, d(2003, 9, 8), d(2003, 9, 21), 0),
    }

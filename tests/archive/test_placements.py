"""The archive's lean calendar placements agree with ``pra.plan.schedule`` step for step."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from pra.archive.rows import placements
from pra.model import BusinessGroup, Workshop
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

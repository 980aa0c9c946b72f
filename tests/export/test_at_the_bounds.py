"""Workshops at the model's bounds print and archive within a budget (pra.model.bounds).

Hypothesis builds groups as large as a valid file may make them: up to
``STEPS_MAX`` steps with titles of the longest allowed length, a plan running
exactly to ``PLAN_PERIODS_MAX`` periods, a calendar starting near 1990 or near
the end of 2100, many blackouts. The schedule, the Word plan and the archive
run in this process; what bounds their cost is counted exactly (the calendar's
table cells), not timed: a test's clock says more about the machine's load
than about the code (measured under 8 parallel jobs: 132 s for one example
that takes 5 s alone). ``bench/export.py`` measures the time. Measured on the worst case (500 weekly steps over 260 weeks):
about 3.5 s and 0.5 GB peak for the plan.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pra.archive.writer import build_archive
from pra.export.plan import build_plan
from pra.export.template import load_template
from pra.model import Blackout, Step, Workshop
from pra.model.bounds import DATE_MAX, DATE_MIN, PLAN_PERIODS_MAX, STEPS_MAX
from pra.model.text import NAME_MAX
from pra.plan.schedule import schedule_steps
from pra.store import load, save
from pra.synthetic import maximal_workshop

CELLS_BUDGET = 300_000
"""Table cells in one printed plan: what its time and memory grow with."""


@st.composite
def at_the_bounds(draw: st.DrawFn) -> Workshop:
    unit = draw(st.sampled_from(["week", "month"]))
    limit = PLAN_PERIODS_MAX[unit]
    n = draw(st.sampled_from([1, 40, 200, STEPS_MAX]))
    # the calendar starts near either end of the allowed dates; the plan runs to its limit
    days = 7 * limit + 31 if unit == "week" else 31 * (limit + 1)
    start = draw(
        st.sampled_from([DATE_MIN, DATE_MAX - dt.timedelta(days=days)])
        | st.dates(DATE_MIN, DATE_MAX - dt.timedelta(days=days))
    )
    chained = draw(st.booleans())
    title = "Langkah " + "x" * (NAME_MAX - 12)
    base = maximal_workshop(participants=60, groups=1, steps_per_group=1, unit=unit)
    people = [p.id for p in base.participants]
    steps = []
    for i in range(n):
        if chained:  # one after another: the durations add up to the limit
            duration = limit // n + (1 if i < limit % n else 0) if n <= limit else 1
            depends = (f"s{i - 1}",) if i and n <= limit else ()
        else:  # all at once, each as long as the plan
            duration, depends = limit, ()
        steps.append(
            Step(
                id=f"s{i}",
                title=f"{title}{i:04d}"[:NAME_MAX],
                responsible_ids=tuple(people[(i + k) % len(people)] for k in range(3)),
                duration=duration,
                depends_on=depends,
                cost=10**12,
            )
        )
    blackouts = tuple(
        Blackout(
            id=f"b{i}",
            label="Libur " + "y" * 100,
            start=start + dt.timedelta(days=3 * i),
            end=start + dt.timedelta(days=3 * i + 2),
        )
        for i in range(draw(st.integers(0, 100)))
    )
    group = base.groups[0]
    group = group.model_copy(
        update={
            "steps": tuple(steps),
            "calendar": group.calendar.model_copy(
                update={"start": start, "blackouts": blackouts, "unit": unit}
            ),
        }
    )
    return Workshop.model_validate({**base.model_dump(), "groups": [group.model_dump()]})


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(at_the_bounds())
def test_a_workshop_at_the_bounds_plans_prints_and_archives_within_budget(ws: Workshop) -> None:
    group = ws.groups[0]
    schedule = schedule_steps(group.steps, group.calendar.unit, group.calendar.start)
    assert schedule.length <= PLAN_PERIODS_MAX[group.calendar.unit]
    doc = build_plan(ws, group, load_template(), "id")
    cells = sum(len(row.cells) for table in doc.tables for row in table.rows)
    assert cells <= CELLS_BUDGET
    doc.save(io.BytesIO())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        save(ws, path)
        result = build_archive([path], Path(folder) / "out", load)
        assert result.workshops == 1 and not result.skipped

"""The bounds of a valid workshop (pra.model.bounds): wide enough for every real one, refused beyond."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pra.model import Step, Workshop
from pra.model.bounds import DATE_MAX, DATE_MIN, PLAN_PERIODS_MAX, STEPS_MAX
from pra.model.periods import plan_length
from pra.plan.schedule import schedule_steps
from pra.resources import EXAMPLES, example_path
from pra.store import WorkshopFileError, loads
from pra.synthetic import maximal_workshop, twelve_month_workshop
from tests.model.build import base, findings, group


def _chain(n: int, duration: int) -> list[dict[str, Any]]:
    return [
        {"id": f"x{i}", "title": f"Langkah {i}", "duration": duration}
        | ({"depends_on": [f"x{i - 1}"]} if i else {})
        for i in range(n)
    ]


def test_the_examples_and_the_maximal_workshops_are_within_the_bounds() -> None:
    for name in EXAMPLES:
        loads(example_path(name).read_bytes(), name)
    maximal_workshop()
    maximal_workshop(unit="week", seed=4)
    twelve_month_workshop(400)
    maximal_workshop(participants=20, groups=1, steps_per_group=STEPS_MAX)


@pytest.mark.parametrize("day", [DATE_MIN, DATE_MAX])
def test_the_first_and_last_day_are_valid_dates(day: dt.date) -> None:
    data = base()
    data["info"]["date"] = day.isoformat()
    group(data)["calendar"]["start"] = day.isoformat()
    Workshop.model_validate(data)


@pytest.mark.parametrize("day", ["1989-12-31", "2101-01-01", "9999-12-01", "0001-01-01"])
def test_a_date_outside_1990_to_2100_is_refused_with_a_sentence(day: str) -> None:
    data = base()
    group(data)["calendar"]["start"] = day
    lines = problems_in(data)
    assert lines == [
        'w.json: kelompok "Kelompok Uji", isian "calendar.start":'
        " tanggal harus antara tahun 1990 dan 2100"
    ]
    assert problems_in(data, "en") == [
        'w.json: group "Kelompok Uji", field "calendar.start":'
        " a date must lie between the years 1990 and 2100"
    ]


def problems_in(data: dict[str, Any], lang: str = "id") -> list[str]:
    """What ``pra check`` says about ``data`` saved as ``w.json``."""
    try:
        loads(json.dumps(data), "w.json")
    except WorkshopFileError as error:
        return [problem.text(lang) for problem in error.problems]  # type: ignore[arg-type]
    return []


@pytest.mark.parametrize(("unit", "limit"), sorted(PLAN_PERIODS_MAX.items()))
def test_a_plan_may_run_exactly_to_its_limit(unit: str, limit: int) -> None:
    data = base()
    group(data)["calendar"]["unit"] = unit
    group(data)["steps"] = [
        *_chain(4, limit // 4 - 1),
        {"id": "y", "title": "Akhir", "duration": 4},
    ]
    group(data)["steps"][-1]["depends_on"] = ["x3"]
    assert findings(data) == []
    assert plan_length(Workshop.model_validate(data).groups[0].steps, unit, None) == limit  # type: ignore[arg-type]
    group(data)["steps"][-1]["duration"] = 5
    found = findings(data)
    assert [(f.key, dict(f.params)) for f in found] == [
        (f"integrity.plan_too_long_{unit}", {"length": limit + 1, "max": limit})
    ]


def test_forty_chained_steps_of_ten_years_are_refused() -> None:
    data = base()
    group(data)["calendar"]["unit"] = "week"
    group(data)["steps"] = _chain(40, 520)
    assert problems_in(data) == [
        'w.json: kelompok "Kelompok Uji": rencana kelompok ini, dari awal kalender sampai'
        " langkah terakhir selesai, 20800 minggu; paling lama 260 minggu (5 tahun):"
        " perpendek langkahnya atau periksa tanggalnya"
    ]


def test_a_step_dated_far_after_its_calendar_start_is_refused() -> None:
    data = base()
    group(data)["calendar"] |= {"unit": "month", "start": "2003-09-01"}
    group(data)["steps"][0]["start"] = "2100-01-01"
    found = findings(data)
    assert [f.key for f in found] == ["integrity.plan_too_long_month"]
    # January 2100 is month 1156 from September 2003; "Latihan" and "Jual" follow a month each
    assert found[0].params["length"] == (2100 - 2003) * 12 + (1 - 9) + 3


def test_more_steps_than_a_group_may_hold_are_refused_at_the_list() -> None:
    data = base()
    group(data)["calendar"]["unit"] = "week"
    group(data)["steps"] = [{"id": f"x{i}", "title": f"Langkah {i}"} for i in range(STEPS_MAX + 1)]
    assert problems_in(data) == [
        f'w.json: kelompok "Kelompok Uji", isian "steps": terlalu banyak (paling banyak {STEPS_MAX})'
    ]


@st.composite
def step_lists(draw: st.DrawFn) -> tuple[list[Step], str, dt.date | None]:
    unit = draw(st.sampled_from(["week", "month"]))
    start = draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
    steps = []
    for i in range(draw(st.integers(0, 12))):
        dated = draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2031, 1, 1)))
        end = None
        if dated is not None and draw(st.booleans()):
            end = dated + dt.timedelta(days=draw(st.integers(0, 400)))
        steps.append(
            Step(
                id=f"s{i}",
                title=f"L{i}",
                duration=draw(st.integers(1, 30)),
                depends_on=tuple(f"s{j}" for j in range(i) if draw(st.booleans())),
                start=dated,
                end=end,
            )
        )
    # listed in any order: a step may wait for one listed after it (no cycle)
    return draw(st.permutations(steps)), unit, start


@settings(max_examples=200, deadline=None)
@given(step_lists())
def test_the_models_plan_length_is_the_schedules(
    case: tuple[list[Step], str, dt.date | None],
) -> None:
    steps, unit, start = case
    assert plan_length(steps, unit, start) == schedule_steps(steps, unit, start).length  # type: ignore[arg-type]


def test_a_date_out_of_range_from_python_is_refused_too() -> None:
    with pytest.raises(ValidationError) as caught:
        Step(id="s", title="Beli", start=dt.date(9998, 1, 1))
    assert caught.value.errors()[0]["type"] == "date_range"

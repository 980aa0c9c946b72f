"""Property: any valid workshop survives dumps -> loads (and save -> load) unchanged."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pra.model import (
    BusinessGroup,
    CapitalPlan,
    Deduction,
    Participant,
    Place,
    Problem,
    Step,
    Workshop,
    WorkshopInfo,
)
from pra.model.bounds import DATE_MAX, DATE_MIN
from pra.model.text import clean_line
from pra.store import dumps, load, loads, save
from pra.synthetic import maximal_workshop

# Any text at all, control characters, surrogates and non-characters included: the
# model cleans it on the way in, and what it keeps must survive the file.
texts = st.text(max_size=40)
names = texts.filter(lambda s: clean_line(s) != "")


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    people = [
        Participant(id=f"p-{i}", name=draw(names), rt=draw(st.text(max_size=3)))
        for i in range(draw(st.integers(0, 6)))
    ]
    ids = [p.id for p in people]
    steps = []
    # dates lie in 1990-2100, and a group's plan within 10 years (pra.model.bounds)
    first = draw(st.dates(DATE_MIN, DATE_MAX - dt.timedelta(days=5 * 366)))
    for i in range(draw(st.integers(0, 5))):
        steps.append(
            Step(
                id=f"s-{i}",
                title=draw(names),
                cost=draw(st.integers(0, 10**13)),
                depends_on=tuple(f"s-{j}" for j in range(i) if draw(st.booleans())),
                responsible_ids=tuple(draw(st.lists(st.sampled_from(ids), unique=True)))
                if ids
                else (),
                start=draw(st.none() | st.dates(first, first + dt.timedelta(days=5 * 365))),
                needs=draw(texts),
            )
        )
    percent = draw(st.decimals(0, 100, places=3, allow_nan=False, allow_infinity=False))
    group = BusinessGroup(
        id="g-1",
        name=draw(names),
        member_ids=tuple(ids),
        steps=tuple(steps),
        capital=CapitalPlan(
            stimulus_per_member=draw(st.integers(0, 10**9)),
            service_fee_percent=draw(
                st.decimals(0, 100, places=1, allow_nan=False, allow_infinity=False)
            ),
            deductions=(Deduction(id="d-1", label=draw(names), percent=percent),),
        ),
    )
    return Workshop(
        id="ws-x",
        info=WorkshopInfo(
            title=draw(texts),
            place=Place(village=draw(texts), rt=draw(st.text(max_size=3))),
            date=draw(st.none() | st.dates(DATE_MIN, DATE_MAX)),
            facilitators=tuple(draw(st.lists(texts, max_size=3))),
        ),
        participants=tuple(people),
        problems=tuple(
            Problem(id=f"pb-{i}", title=draw(names), description=draw(texts))
            for i in range(draw(st.integers(0, 4)))
        ),
        groups=(group,) if draw(st.booleans()) else (),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshops())
def test_generated_workshops_survive_dumps_and_loads(ws: Workshop) -> None:
    text = dumps(ws)
    assert "\ufeff" not in text[:1] and text.endswith("\n")
    again = loads(text, "x.json")
    assert again == ws
    assert dumps(again) == text


@settings(max_examples=15, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(1, 20),
    st.integers(0, 3),
    st.integers(0, 12),
    st.sampled_from(["week", "month"]),
    st.integers(0, 2**16),
)
def test_synthetic_workshops_survive_save_and_load(
    participants: int, problems: int, groups: int, steps: int, unit: str, seed: int
) -> None:
    ws = maximal_workshop(participants, problems, groups, steps, unit=unit, seed=seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        save(ws, path)
        assert load(path) == ws


def test_the_maximal_workshop_round_trips() -> None:
    ws = maximal_workshop()
    assert loads(dumps(ws).encode("utf-8"), "max.json") == ws

"""The shipped examples and the synthetic maximal workshop are valid, and survive a round trip."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pra.model import Workshop, check
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop


def example_data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_path(name).read_bytes())
    return data


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_example_is_valid_and_round_trips(name: str) -> None:
    raw = example_path(name).read_bytes()
    ws = Workshop.model_validate_json(raw)
    assert check(ws) == []
    again = Workshop.model_validate_json(ws.model_dump_json())
    assert again == ws
    assert json.loads(ws.model_dump_json()) == json.loads(raw)


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_example_validates_with_strict_text(name: str) -> None:
    """``pra check`` validates with ``strict_text``: the shipped files have no dirty text."""
    Workshop.model_validate_json(example_path(name).read_bytes(), context={"strict_text": True})


def test_the_maximal_workshop_is_valid_and_as_large_as_promised() -> None:
    ws = maximal_workshop()
    assert check(ws) == []
    assert len(ws.participants) == 60
    assert len(ws.problems) == 50
    assert len(ws.groups) == 4
    assert all(len(g.steps) == 50 for g in ws.groups)
    assert all(sum(b.dots.values()) <= 3 for b in ws.voting.dots.ballots)
    assert Workshop.model_validate_json(ws.model_dump_json()) == ws


def test_the_maximal_workshop_is_deterministic() -> None:
    assert maximal_workshop(seed=3).model_dump_json() == maximal_workshop(seed=3).model_dump_json()


@pytest.mark.parametrize("seed", range(5))
def test_maximal_workshops_of_other_shapes_are_valid(seed: int) -> None:
    ws = maximal_workshop(
        participants=12, problems=5, groups=2, steps_per_group=10, unit="week", seed=seed
    )
    assert check(ws) == []

"""Mapping fields (notes, dots, totals, scores …) are read-only inside frozen records.

The list of mapping fields is found by walking the model, so a new ``dict``
field cannot slip past: it must be declared ``ReadOnlyMap`` and appear in a
workshop walked below, or these tests fail.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable, Iterator, Mapping
from typing import Any, get_args, get_origin

import pytest
from pydantic import BaseModel, TypeAdapter

from pra import store
from pra.model import DotBallot, Workshop
from pra.model.frozen import FrozenDict
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop
from tests.model.build import base, record_classes


def _is_mapping(annotation: Any) -> bool:
    origin = get_origin(annotation) or annotation
    if isinstance(origin, type) and issubclass(origin, Mapping):
        return True
    return any(_is_mapping(arg) for arg in get_args(annotation))


MAPPING_FIELDS = sorted(
    (cls.__name__, name)
    for cls in record_classes(Workshop)
    for name, field in cls.model_fields.items()
    if _is_mapping(field.annotation)
)


def test_the_model_has_the_mapping_fields_we_know_of() -> None:
    # Not the guard itself (the tests below cover whatever is found); a record of what exists.
    assert MAPPING_FIELDS == [
        ("BusinessGroup", "notes"),
        ("BusinessIdea", "scores"),
        ("DotBallot", "dots"),
        ("DotVoting", "totals"),
        ("Workshop", "notes"),
    ]


def _workshops() -> list[Workshop]:
    examples = [store.loads(example_path(name).read_bytes(), name) for name in EXAMPLES]
    return [Workshop.model_validate(base()), maximal_workshop(), *examples]


def _mappings(node: Any) -> Iterator[tuple[str, str, Any]]:
    """(record class, field, value) for every mapping-typed field of every record under ``node``."""
    if isinstance(node, BaseModel):
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            if _is_mapping(field.annotation):
                yield type(node).__name__, name, value
            yield from _mappings(value)
    elif isinstance(node, tuple):
        for item in node:
            yield from _mappings(item)


CHANGES: dict[str, Callable[[Any], object]] = {
    "item": lambda m: m.__setitem__("x", 1),
    "del": lambda m: m.__delitem__(next(iter(m))),
    "clear": lambda m: m.clear(),
    "pop": lambda m: m.pop(next(iter(m))),
    "popitem": lambda m: m.popitem(),
    "setdefault": lambda m: m.setdefault("x", 1),
    "update": lambda m: m.update({"x": 1}),
    "ior": lambda m: m.__ior__({"x": 1}),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_mapping_field_refuses_every_change_in_place(change: str) -> None:
    visited: set[tuple[str, str]] = set()
    for ws in _workshops():
        before = ws.model_dump_json()
        for cls, name, value in _mappings(ws):
            assert isinstance(value, FrozenDict), (cls, name, type(value))
            if not value:
                continue
            visited.add((cls, name))
            with pytest.raises(TypeError, match="cannot be changed in place"):
                CHANGES[change](value)
        assert ws.model_dump_json() == before
    # every mapping field was met with content, so a new one is covered too
    assert sorted(visited) == MAPPING_FIELDS


def test_the_known_gap_is_closed() -> None:
    ws = Workshop.model_validate(base())
    with pytest.raises(TypeError):
        ws.voting.dots.ballots[0].dots["m1"] = 99  # type: ignore[index]  # would bypass integrity
    assert ws.voting.dots.ballots[0].dots["m1"] == 2


def test_defaults_are_read_only_too() -> None:
    ballot = DotBallot(participant_id="p1")
    assert isinstance(ballot.dots, FrozenDict)
    with pytest.raises(TypeError):
        ballot.dots["m1"] = 1  # type: ignore[index]
    assert Workshop(id="ws").notes == {}
    assert isinstance(Workshop(id="ws").notes, FrozenDict)


def test_values_stay_equal_hashable_picklable_and_copyable() -> None:
    for ws in _workshops():
        again = Workshop.model_validate_json(ws.model_dump_json())
        assert again == ws
        assert hash(again) == hash(ws)
        assert pickle.loads(pickle.dumps(ws)) == ws
        assert copy.deepcopy(ws) == ws
        assert ws.model_copy(deep=True) == ws
        for _, _, value in _mappings(pickle.loads(pickle.dumps(ws))):
            assert isinstance(value, FrozenDict)


def test_a_frozen_mapping_is_equal_to_the_plain_dict_it_holds() -> None:
    frozen = FrozenDict({"m1": 2, "m2": 1})
    assert frozen == {"m1": 2, "m2": 1}
    assert hash(frozen) == hash(FrozenDict({"m2": 1, "m1": 2}))
    assert {**frozen, "m3": 1} == {"m1": 2, "m2": 1, "m3": 1}
    assert type(frozen | {"m3": 1}) is dict  # a new, plain mapping
    assert type(dict(frozen)) is dict


def test_an_edit_builds_a_new_mapping_and_validation_freezes_it() -> None:
    ws = Workshop.model_validate(base())
    ballot = ws.voting.dots.ballots[0]
    moved = {k: v for k, v in ballot.dots.items() if k != "m2"} | {"m3": 1}
    changed = ballot.model_copy(update={"dots": moved})
    dots = ws.voting.dots.model_copy(update={"ballots": (changed, *ws.voting.dots.ballots[1:])})
    voting = ws.voting.model_copy(update={"dots": dots})
    again = Workshop.model_validate(ws.model_copy(update={"voting": voting}).model_dump())
    assert again.voting.dots.ballots[0].dots == {"m1": 2, "m3": 1}
    assert isinstance(again.voting.dots.ballots[0].dots, FrozenDict)
    assert ws.voting.dots.ballots[0].dots == {"m1": 2, "m2": 1}  # the old value is unchanged


def test_dumps_give_plain_dicts_and_the_same_json() -> None:
    ws = Workshop.model_validate(base())
    dumped = ws.model_dump()
    assert type(dumped["voting"]["dots"]["ballots"][0]["dots"]) is dict
    assert type(dumped["notes"]) is dict
    for name in EXAMPLES:
        raw = example_path(name).read_text(encoding="utf-8")
        assert store.dumps(store.loads(raw, name)) == raw


@pytest.mark.parametrize("where", MAPPING_FIELDS)
def test_the_json_schema_of_a_mapping_field_is_that_of_a_dict(where: tuple[str, str]) -> None:
    cls = next(c for c in record_classes(Workshop) if c.__name__ == where[0])
    field = cls.model_fields[where[1]]
    key, value = get_args(field.annotation)
    published = dict(cls.model_json_schema()["properties"][where[1]])
    published.pop("title", None)
    plain = TypeAdapter(dict[key, value]).json_schema()  # type: ignore[valid-type]
    plain.pop("$defs", None)
    assert published == plain

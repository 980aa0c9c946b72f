"""Yes/no values, whole numbers, dates and percents take what ``pra`` writes, nothing looser.

The fields are found by walking the model, so a new ``bool``, ``int``, date or
percent field that forgets its strict type is caught here.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Annotated, Any, Union, get_args, get_origin

import pytest
from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from pra.model import CapitalPlan, Participant, Step, Workshop
from tests.model.build import base, record_classes

_KINDS = (bool, int, dt.date, Decimal)


def _typed(where: str, annotation: Any) -> Iterator[tuple[str, type, Any]]:
    """(place, kind, type to validate) for each bool, int, date or Decimal value of a field."""
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            if arg is not type(None):
                yield from _typed(where, arg)
        return
    bare = get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation
    if get_origin(bare) is Mapping:
        yield from _typed(f"{where}[value]", get_args(bare)[1])
    elif get_origin(bare) is tuple and get_args(bare)[1:] == (...,):
        yield from _typed(f"{where}[item]", get_args(bare)[0])  # a season's months
    elif bare in _KINDS:
        yield where, bare, annotation


def _field_type(field: FieldInfo) -> Any:
    if not field.metadata:
        return field.annotation
    return Annotated[(field.annotation, *field.metadata)]  # type: ignore[valid-type]


FIELDS: dict[str, tuple[type, TypeAdapter[Any]]] = {
    where: (kind, TypeAdapter(typed))
    for cls in record_classes(Workshop)
    for name, field in cls.model_fields.items()
    for where, kind, typed in _typed(f"{cls.__name__}.{name}", _field_type(field))
}

GOOD = {bool: ["true", "false"], int: ["1", "5"], dt.date: ['"2003-08-17"'], Decimal: ["1", "1.5"]}
LOOSE = {
    bool: ['"yes"', '"no"', '"on"', '"true"', '"1"', "1", "0"],
    int: ['"3"', '"1"', "1.0", "3.0", "true"],
    dt.date: [
        '"2003-08-17T00:00:00"',
        '"2003-08-17T00:00:00Z"',
        '"2003-08-17 00:00"',
        "1061078400",
        '"1061078400"',
        '"20030817"',
        '" 2003-08-17"',
    ],
    Decimal: ['"1.5"', '"1"', "true"],
}


def _leaves(annotation: Any) -> Iterator[Any]:
    """Every type named anywhere in ``annotation`` (inside unions, tuples, mappings, metadata)."""
    yield annotation
    for arg in get_args(annotation):
        yield from _leaves(arg)


def test_the_walk_finds_every_field_of_those_kinds() -> None:
    """Derived, not counted: each field that names a bool, int, date or Decimal anywhere is walked.

    A field the walk missed (a new container type, say) would escape every test below.
    """
    named = {
        f"{cls.__name__}.{name}"
        for cls in record_classes(Workshop)
        for name, field in cls.model_fields.items()
        if any(leaf in _KINDS for leaf in _leaves(_field_type(field)))
    }
    walked = {where.removesuffix("[value]").removesuffix("[item]") for where in FIELDS}
    assert walked == named
    # and the walk tells the kinds apart (a bool is an int to Python, not here)
    assert FIELDS["Participant.present"][0] is bool
    assert FIELDS["Step.duration"][0] is int
    assert FIELDS["Step.start"][0] is dt.date
    assert FIELDS["CapitalPlan.service_fee_percent"][0] is Decimal


@pytest.mark.parametrize("where", sorted(FIELDS))
def test_every_field_takes_what_pra_writes(where: str) -> None:
    kind, adapter = FIELDS[where]
    for raw in GOOD[kind]:
        adapter.validate_json(raw)


@pytest.mark.parametrize("where", sorted(FIELDS))
def test_every_field_refuses_loose_values_in_json_and_in_python(where: str) -> None:
    kind, adapter = FIELDS[where]
    for raw in LOOSE[kind]:
        with pytest.raises(ValidationError):
            adapter.validate_json(raw)
        with pytest.raises(ValidationError):
            adapter.validate_python(TypeAdapter(Any).validate_json(raw))


def test_python_callers_pass_real_values() -> None:
    ws = Workshop.model_validate(base())  # lists for tuples, ISO text for dates
    assert isinstance(ws.participants, tuple)
    assert Step(id="s", title="t", start=dt.date(2026, 3, 2)).start == dt.date(2026, 3, 2)
    assert Step(id="s", title="t", start="2026-03-02").start == dt.date(2026, 3, 2)  # type: ignore[arg-type]
    assert CapitalPlan(service_fee_percent=Decimal("1.5")).service_fee_percent == Decimal("1.5")
    assert CapitalPlan(service_fee_percent=2).service_fee_percent == 2  # type: ignore[arg-type]
    assert Workshop.model_validate(Workshop.model_validate(base()).model_dump()) == ws


@pytest.mark.parametrize(
    "make",
    [
        lambda: Step(id="s", title="t", start=dt.datetime(2026, 3, 2)),
        lambda: Step(id="s", title="t", duration=2.0),  # type: ignore[arg-type]
        lambda: Participant(id="p", name="n", present=1),  # type: ignore[arg-type]
        lambda: CapitalPlan(service_fee_percent="1.5"),  # type: ignore[arg-type]
    ],
)
def test_python_callers_get_the_same_rules(make: Any) -> None:
    with pytest.raises(ValidationError):
        make()


def test_a_calendar_date_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValidationError):
        Step.model_validate_json('{"id": "s", "title": "t", "start": "2026-02-30"}')

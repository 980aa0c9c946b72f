"""Money is a whole, non-negative number of rupiah: no floats, no strings, no negatives."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from pra.model import (
    BudgetLine,
    BusinessGroup,
    CapitalPlan,
    Deduction,
    Grant,
    LenderLoan,
    OwnCapital,
    Pledge,
    Step,
    Workshop,
)
from pra.model.money import RUPIAH_MAX
from tests.model.build import base, group

REFUSED: list[Any] = [1.0, 1.5, -1, "500000", "Rp 500.000", True, None, RUPIAH_MAX + 1, [1]]
REFUSED_JSON = [
    "1.0",
    "1.5",
    "-1",
    '"500000"',
    "true",
    "1e6",
    "NaN",
    "Infinity",
    str(RUPIAH_MAX + 1),
]


def _money_records(value: Any) -> list[tuple[type[BaseModel], dict[str, Any]]]:
    return [
        (Step, {"id": "s", "title": "t", "cost": value}),
        (Pledge, {"id": "p", "participant_id": "p1", "value": value}),
        (BudgetLine, {"id": "b", "item": "i", "unit_price": value}),
        (CapitalPlan, {"stimulus_per_member": value}),
        (OwnCapital, {"id": "o", "compulsory_dues": value, "principal_savings": value}),
        (Grant, {"id": "g", "amount": value, "revolving": value}),
        (LenderLoan, {"id": "l", "principal": value}),
        (Deduction, {"id": "d", "label": "l", "amount": value}),
    ]


@pytest.mark.parametrize("value", [0, 1, 500_000, 10_000_000, RUPIAH_MAX])
def test_whole_non_negative_rupiah_are_accepted(value: int) -> None:
    for cls, data in _money_records(value):
        cls.model_validate(data)


@pytest.mark.parametrize("value", REFUSED)
def test_other_money_values_are_refused(value: Any) -> None:
    for cls, data in _money_records(value):
        if value is None and cls is Pledge:
            continue  # a pledge of labour may have no value
        if value is None and cls is Deduction:
            continue  # then it needs a percent: refused for that reason, tested below
        with pytest.raises(ValidationError):
            cls.model_validate(data)


@pytest.mark.parametrize("raw", REFUSED_JSON)
def test_money_in_a_file_must_be_a_json_integer(raw: str) -> None:
    text = '{"id": "s", "title": "t", "cost": ' + raw + "}"
    with pytest.raises(ValidationError):
        Step.model_validate_json(text)


def test_negative_money_in_a_workshop_is_refused_where_it_is() -> None:
    data = base()
    group(data)["steps"][0]["cost"] = -900000
    with pytest.raises(ValidationError) as caught:
        Workshop.model_validate(data)
    [error] = caught.value.errors()
    assert error["loc"] == ("groups", 0, "steps", 0, "cost")


def test_a_deduction_is_a_percent_or_an_amount() -> None:
    Deduction(id="d", label="Cadangan", percent=Decimal("10"))
    Deduction(id="d", label="Saham", amount=25_000)
    with pytest.raises(ValidationError):
        Deduction(id="d", label="keduanya", percent=Decimal("10"), amount=25_000)
    with pytest.raises(ValidationError):
        Deduction(id="d", label="tidak ada")


@pytest.mark.parametrize("raw", ["1.5", "0", "100", "0.125"])
def test_percentages_are_exact_decimals(raw: str) -> None:
    plan = CapitalPlan.model_validate_json('{"service_fee_percent": ' + raw + "}")
    assert plan.service_fee_percent == Decimal(raw)


@pytest.mark.parametrize("raw", ["-1", "100.5", "1.0005", "NaN", "Infinity"])
def test_percentages_outside_0_to_100_or_too_fine_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        CapitalPlan.model_validate_json('{"service_fee_percent": ' + raw + "}")


def test_fractional_percent_survives_a_round_trip_exactly() -> None:
    plan = CapitalPlan(service_fee_percent=Decimal("1.125"))
    again = CapitalPlan.model_validate_json(plan.model_dump_json())
    assert again.service_fee_percent == Decimal("1.125")


def test_a_default_capital_plan_can_be_written_and_read_back() -> None:
    """A new group has the default plan; writing it must not fail (its fee was an int 0)."""
    plan = CapitalPlan()
    assert isinstance(plan.service_fee_percent, Decimal)
    again = CapitalPlan.model_validate_json(plan.model_dump_json())
    assert again == plan
    ws = Workshop(id="ws", groups=(BusinessGroup(id="g1", name="Baru"),))
    assert Workshop.model_validate_json(ws.model_dump_json()) == ws


# --- the canonical form of a percent in a file -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Decimal("1"), "1"),
        (Decimal("1.0"), "1"),
        (Decimal("10.000"), "10"),
        (Decimal("0"), "0"),
        (Decimal("100"), "100"),
        (Decimal("1.5"), "1.5"),
        (Decimal("1.50"), "1.5"),
        (Decimal("0.125"), "0.125"),
    ],
)
def test_a_whole_percent_is_written_as_an_integer_and_a_fraction_as_a_decimal(
    value: Decimal, written: str
) -> None:
    plan = CapitalPlan(service_fee_percent=value)
    assert plan.model_dump_json().count(f'"service_fee_percent":{written},') == 1
    deduction = Deduction(id="d", label="Cadangan", percent=value)
    assert f'"percent":{written},' in deduction.model_dump_json()


@pytest.mark.parametrize("raw", ["1.0", "1.00", "1", "10.0", "1e0"])
def test_older_files_with_a_whole_percent_as_a_float_still_load(raw: str) -> None:
    plan = CapitalPlan.model_validate_json('{"service_fee_percent": ' + raw + "}")
    assert plan.service_fee_percent == Decimal(raw)
    whole = int(Decimal(raw))
    assert f'"service_fee_percent":{whole},' in plan.model_dump_json()


def test_a_workshop_written_with_1_0_loads_and_is_saved_with_1() -> None:
    from pra import store
    from pra.resources import example_path

    canonical = example_path("palembang").read_text(encoding="utf-8")
    assert '"service_fee_percent": 1,' in canonical
    old = canonical.replace('"service_fee_percent": 1,', '"service_fee_percent": 1.0,')
    assert old != canonical
    ws = store.loads(old, "lama.json")
    assert store.dumps(ws) == canonical


@pytest.mark.parametrize(("value", "valid"), [(1.5, True), (0, True), ("1.5", False), (101, False)])
def test_the_published_schema_and_the_model_agree_on_what_a_percent_is(
    value: object, valid: bool
) -> None:
    """Researchers check files against the JSON Schema: it must refuse what the model refuses."""
    import jsonschema

    plan = {"service_fee_percent": value}
    schema = CapitalPlan.model_json_schema()
    schema_says = jsonschema.Draft202012Validator(schema).is_valid(plan)
    try:
        CapitalPlan.model_validate_json(json.dumps(plan))
        model_says = True
    except ValidationError:
        model_says = False
    assert (schema_says, model_says) == (valid, valid)
    assert schema["properties"]["service_fee_percent"]["default"] == 0

"""Product lines, months and season changes as typed in the room."""

from __future__ import annotations

import pytest

from pra.edit.analysis import (
    parse_change,
    parse_months,
    parse_product_line,
    product_line_text,
)
from pra.errors import PraError
from pra.model.business import BusinessAnalysis, Product

BOLU = Product(id="pr-b", name="Kue bolu", unit="potong", price=3000)
BOLU_KUKUS = Product(id="pr-k", name="Kue bolu kukus", price=2000)


def test_a_whole_product_line() -> None:
    line = parse_product_line("Kue bolu, potong, 3.000, 1.400+300+100, 400")
    assert line.fields() == {
        "name": "Kue bolu",
        "unit": "potong",
        "price": 3000,
        "materials": 1400,
        "labour": 300,
        "packaging": 100,
        "units_per_month": 400,
    }


def test_the_unit_may_be_left_out_and_one_cost_is_materials() -> None:
    line = parse_product_line("Sari dele, 500, 300, 1.200")
    assert (line.unit, line.price, line.materials, line.labour, line.units_per_month) == (
        "",
        500,
        300,
        0,
        1200,
    )


def test_english_thousands_stay_one_amount() -> None:
    line = parse_product_line("Sponge cake, slice, 3,000, 1,400+300, 400")
    assert (line.price, line.materials, line.labour) == (3000, 1400, 300)


def test_only_a_name_is_a_product_to_price_later() -> None:
    assert parse_product_line("Keripik pisang").fields()["price"] == 0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("3.000, 1.800", "edit.analysis.no_name"),
        ("Kue, potong, 3.000, 1.800, 400, 9", "edit.analysis.too_many"),
        ("Kue, potong, 3.000, 1+2+3+4", "edit.analysis.bad_cost"),
        ("Kue, potong, tiga ribu", "edit.group.bad_money"),
    ],
)
def test_a_line_that_does_not_read_is_refused(text: str, key: str) -> None:
    with pytest.raises(PraError) as refused:
        parse_product_line(text)
    assert refused.value.key == key


def test_a_product_types_back_to_the_same_line() -> None:
    product = Product(
        id="p",
        name="Kue bolu",
        unit="potong",
        price=3000,
        materials=1400,
        labour=300,
        units_per_month=400,
    )
    text = product_line_text(product)
    assert text == "Kue bolu, potong, 3.000, 1.400+300, 400"
    assert parse_product_line(text).fields() == {
        k: getattr(product, k) for k in parse_product_line(text).fields()
    }


def test_months_by_number_name_and_range() -> None:
    assert parse_months("10 11") == (10, 11)
    assert parse_months("Okt, Nov") == (10, 11)
    assert parse_months("12-2") == (12, 1, 2)
    assert parse_months("Juni dan Juli") == (6, 7)
    with pytest.raises(PraError) as refused:
        parse_months("Syawal")
    assert refused.value.key == "edit.analysis.bad_month"


def test_a_change_for_all_products_or_one() -> None:
    analysis = BusinessAnalysis(products=(BOLU, BOLU_KUKUS))
    assert parse_change(analysis, "150%") == {"product_id": None, "percent": 150, "units": None}
    assert parse_change(analysis, "Kue bolu 200") == {
        "product_id": "pr-b",
        "percent": None,
        "units": 200,
    }  # the exact name wins over the longer one it starts
    assert parse_change(analysis, "kue bolu k 50%")["product_id"] == "pr-k"
    with pytest.raises(PraError) as refused:
        parse_change(analysis, "200")
    assert refused.value.key == "edit.analysis.units_need_product"
    with pytest.raises(PraError) as refused:
        parse_change(analysis, "Roti 200")
    assert refused.value.key == "edit.analysis.no_product"


def test_a_seasons_change_example_names_the_groups_first_product() -> None:
    """rev18: Jaya Bersama (sewing) was shown "Kue bolu 200"; the example is the shortest
    start of the group's first product's name that reads as that product."""
    from pra.edit.analysis import change_example, parse_change
    from tests.edit.conftest import SEDAP, palembang

    JAYA = "g-jaya-bersama"

    ws = palembang()
    examples = {}
    for gid in (SEDAP, JAYA):
        group = ws.group(gid)
        assert group is not None
        example = change_example(group.analysis)
        assert example is not None
        first = group.analysis.products[0].id
        assert parse_change(group.analysis, f"{example} 200")["product_id"] == first
        examples[gid] = example
    assert examples == {SEDAP: "Kue bolu", JAYA: "Seragam"}
    empty = ws.group(SEDAP).analysis.model_copy(update={"products": ()})  # type: ignore[union-attr]
    assert change_example(empty) is None

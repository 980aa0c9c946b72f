"""The business analysis record: old files load without it, seasons say one thing, refs hold."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pra.model import Workshop
from pra.model.business import BusinessAnalysis, Product, Season
from tests.model.build import base, findings, group


def test_a_file_without_an_analysis_loads_with_an_empty_one() -> None:
    data = base()
    assert "analysis" not in group(data)
    ws = Workshop.model_validate(data)
    assert ws.groups[0].analysis == BusinessAnalysis()
    assert ws.groups[0].analysis.is_empty


def test_a_season_has_a_percent_or_units_not_both() -> None:
    with pytest.raises(ValidationError, match="either a percent or units"):
        Season(id="s", label="Lebaran", months=(11,), percent=150, units=20, product_id="x")
    with pytest.raises(ValidationError, match="either a percent or units"):
        Season(id="s", label="Lebaran", months=(11,))


def test_a_season_in_units_names_its_product_and_each_month_once() -> None:
    with pytest.raises(ValidationError, match="names its product"):
        Season(id="s", label="Lebaran", months=(11,), units=20)
    with pytest.raises(ValidationError, match="each month once"):
        Season(id="s", label="Lebaran", months=(11, 11), percent=150)
    with pytest.raises(ValidationError):
        Season(id="s", label="Lebaran", months=(13,), percent=150)


def test_a_season_of_a_product_that_does_not_exist_is_named() -> None:
    data = base()
    group(data)["analysis"] = {
        "products": [{"id": "pr-bolu", "name": "Kue bolu", "price": 3000}],
        "seasons": [
            {"id": "se-1", "label": "Lebaran", "months": [11], "product_id": "pr-x", "units": 9}
        ],
    }
    found = findings(data)
    assert [(f.loc, f.key, f.params) for f in found] == [
        (
            ("groups", 0, "analysis", "seasons", 0, "product_id"),
            "integrity.no_product",
            {"ref": "pr-x"},
        )
    ]


def test_product_ids_are_unique_across_the_document() -> None:
    data = base()
    group(data)["analysis"] = {"products": [{"id": "ws", "name": "Kue bolu"}]}
    assert [f.key for f in findings(data)] == ["integrity.duplicate_id"]


def test_a_product_names_members_of_its_group_once() -> None:
    """#13: a product run by members as their own business names them; someone outside the
    group is reported where she is named, and nobody twice."""
    data = base()
    group(data)["analysis"] = {
        "products": [{"id": "pr-bolu", "name": "Kue bolu", "member_ids": ["p1", "p9", "p2"]}]
    }
    found = findings(data)
    assert [(f.loc, f.key, f.params) for f in found] == [
        (
            ("groups", 0, "analysis", "products", 0, "member_ids", 1),
            "integrity.not_member",
            {"ref": "p9"},
        )
    ]
    with pytest.raises(ValidationError, match="each member who runs it once"):
        Product(id="pr", name="Kue", member_ids=("p1", "p1"))


def test_a_member_who_leaves_runs_no_product_any_more() -> None:
    """Leaving the group (or the workshop) takes her off the products she ran; the file
    stays valid."""
    from pra.edit.groups import assign_member, rejoin
    from pra.edit.participants import remove_participant

    data = base()
    group(data)["analysis"] = {
        "products": [{"id": "pr-bolu", "name": "Kue bolu", "member_ids": ["p1", "p2"]}]
    }
    ws = Workshop.model_validate(data)
    moved = assign_member(ws, "p1", None)
    assert moved.groups[0].analysis.products[0].member_ids == ("p2",)
    # back in the group she left: she runs it again, in her place
    back = rejoin(moved, "p1", ws.groups[0])
    assert back is not None and back.workshop == ws
    gone = remove_participant(ws, "p2")
    assert gone.groups[0].analysis.products[0].member_ids == ("p1",)

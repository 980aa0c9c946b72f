"""A group table's money cell left empty is refused with a sentence; ``0`` is typed for none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pra import i18n
from pra.edit import analysis, capital
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    i18n.set_language("id")
    yield
    i18n.set_language("id")  # the English test leaves the language as it found it


def _oven(ws: Workshop) -> str:
    group = ws.group(SEDAP)
    assert group is not None and group.capital.budget[0].item == "Oven"
    return group.capital.budget[0].id


@pytest.mark.parametrize("price", ["", "  ", "Rp "])
def test_an_emptied_budget_price_is_refused(ws: Workshop, price: str) -> None:
    with pytest.raises(PraError) as refused:
        capital.update_budget_line(
            ws,
            SEDAP,
            _oven(ws),
            "Oven",
            quantity="1",
            unit="unit",
            unit_price=price,
            source_id=None,
        )
    assert refused.value.message() == (
        'Harga satuan "Oven" belum diisi: ketik jumlahnya, 0 bila memang tidak ada.'
    )
    with pytest.raises(PraError):
        capital.add_budget_line(ws, SEDAP, "Etalase", quantity="2", unit_price=price)


def test_a_budget_price_of_zero_is_typed(ws: Workshop) -> None:
    ws = capital.add_budget_line(ws, SEDAP, "Pinjaman etalase", quantity="1", unit_price="0")
    group = ws.group(SEDAP)
    assert group is not None and group.capital.budget[-1].unit_price == 0


def test_an_emptied_fixed_cost_is_refused_and_zero_is_kept(ws: Workshop) -> None:
    ws = analysis.add_fixed_cost(ws, SEDAP, "Listrik", "50rb")
    group = ws.group(SEDAP)
    assert group is not None
    cost = group.analysis.fixed_costs[-1]
    assert (cost.label, cost.amount) == ("Listrik", 50000)
    with pytest.raises(PraError) as refused:
        analysis.update_fixed_cost(ws, SEDAP, cost.id, "Listrik", "")
    assert refused.value.message() == (
        'Biaya sebulan "Listrik" belum diisi: ketik jumlahnya, 0 bila memang tidak ada.'
    )
    with pytest.raises(PraError):
        analysis.add_fixed_cost(ws, SEDAP, "Air", "")
    ws = analysis.update_fixed_cost(ws, SEDAP, cost.id, "Listrik", "0")
    group = ws.group(SEDAP)
    assert group is not None and group.analysis.fixed_costs[-1].amount == 0


def test_english_names_the_cell_too(ws: Workshop) -> None:
    i18n.set_language("en")
    with pytest.raises(PraError) as refused:
        analysis.add_fixed_cost(ws, SEDAP, "Air", " ")
    assert refused.value.message() == (
        'Monthly cost of "Air" is empty: type the amount, 0 if there really is none.'
    )

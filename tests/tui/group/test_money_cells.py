"""An emptied money cell of a group's table is refused with its sentence, never saved as Rp 0.

Issue #12: editing a budget (RAB) line, deleting its price and pressing Enter saved
Rp 0 without a word, while the fund rules' number fields refused an empty text.
Every money cell of a group table (a budget line's price, a fixed cost) goes through
``pra.edit.capital.money_cell``, which refuses it.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import SIZE
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until


async def test_emptied_budget_price_keeps_the_price_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "budget-form-item", what="the item field"
        )
        await keys(pilot, "tab", "tab", "tab", "tab", "tab", "tab")  # past the 6 fields
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "budget-table", what="the budget table"
        )
        oven = app.session.workshop.group(SEDAP).capital.budget[0]  # type: ignore[union-attr]
        assert (oven.item, oven.unit_price) == ("Oven", 350000)
        await keys(pilot, "enter")  # edit the highlighted line: the form holds it
        price = app.screen.query_one("#budget-form-price", Input)
        await wait_until(pilot, lambda: price.value == "350.000", what="the price in the form")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "budget-form-item", what="the form"
        )
        await keys(pilot, "tab", "tab", "tab")
        await wait_for_focus(pilot, lambda w: w is price, what="the price field")
        await keys(pilot, "ctrl+u", "enter")
        await wait_until(pilot, lambda: bool(said), what="a notice")
        assert said[-1] == (
            'Harga satuan "Oven" belum diisi: ketik jumlahnya, 0 bila memang tidak ada.'
        )
        kept = app.session.workshop.group(SEDAP).capital.budget[0]  # type: ignore[union-attr]
        assert (kept.item, kept.unit_price) == ("Oven", 350000)
        # "0" is how a line of nothing is typed
        await keys(pilot, "0", "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).capital.budget[0].unit_price == 0,  # type: ignore[union-attr]
            what="the price typed as 0",
        )

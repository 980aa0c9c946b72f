"""The budget (RAB) form's price shows an amount whole while it is typed (review rev13-facil,
finding 9: the field had 8 columns, "2.500.000" showed as "2.500.00", and "1.040.000" while
typed as "040.000", which reads as Rp 40.000)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until


@pytest.mark.parametrize("amount", ["2.500.000", "1.040.000", "12.500.000"])
async def test_an_amount_typed_in_the_price_is_whole_on_screen(amount: str) -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang"
        )
        await keys(pilot, "Etalase kaca", "tab", "1", "tab", "buah", "tab", amount)
        price = app.screen.query_one("#budget-form-price", Input)
        await wait_until(pilot, lambda: price.value == amount, what="the amount typed")
        row = screen_text(app).splitlines()[price.region.y]
        shown = row[price.region.x : price.region.right]
        assert amount in shown, f"{amount!r} not whole in {shown!r}"

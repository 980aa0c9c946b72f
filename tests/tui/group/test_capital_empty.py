"""An emptied number field of the fund rules is refused with its sentence, never saved as 0.

Issue #12: clearing "Jasa pinjaman per bulan (%)" and pressing Tab saved 0 % without
a word, while "Lama pinjaman" refused an empty text. Every number field of the
plan goes through ``pra.edit.capital.set_plan_field``, which now refuses it.
"""

from __future__ import annotations

from textual.widgets import Input, Static

from pra.model import PraStep
from tests.tui.conftest import SIZE
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, wait_for_focus, wait_for_step


async def test_clearing_the_fee_and_tab_keeps_the_fee_and_says_why() -> None:
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        fee_before = app.session.workshop.group(SEDAP).capital.service_fee_percent  # type: ignore[union-attr]
        assert fee_before > 0
        field = app.screen.query_one("#cap-service_fee_percent", Input)
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, lambda w: w is field, what="the fee field")
        await keys(pilot, "ctrl+u", "tab")
        await wait_for_focus(pilot, lambda w: w is not field, what="the next field")
        assert app.session.workshop.group(SEDAP).capital.service_fee_percent == fee_before  # type: ignore[union-attr]
        assert field.value == ""
        line = app.screen.query_one("#cap-refusal", Static)
        assert line.display
        assert str(line.render()) == (
            "Jasa pinjaman per bulan (%) belum diisi: ketik angkanya, 0 bila tidak ada."
        )

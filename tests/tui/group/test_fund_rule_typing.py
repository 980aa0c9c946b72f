"""Modal › Aturan dana: typing into a number field (or the due day) replaces what it holds, and
a long term is questioned (issue #12, finding 8: 0 + "150.000" gave "0150.000", refused; Lama
10 + "2" gave 102 months, accepted without a word; rev13c: "tanggal 6" + "7" gave "tanggal 67",
refused)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from tests.tui.group.conftest import JAYA, SEDAP, group_app, screen_of
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)


async def test_a_number_or_day_typed_into_a_fund_field_replaces_its_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        said = record_notices(monkeypatch, app)
        term = app.screen.query_one("#cap-loan_term_months", Input)
        assert term.value  # the group's term is shown
        term.focus()
        await wait_for_focus(pilot, lambda w: w is term, what="the term field")
        await keys(pilot, "2", "enter")

        def months() -> int:
            return app.session.workshop.group(SEDAP).capital.loan_term_months  # type: ignore[union-attr]

        await wait_until(pilot, lambda: months() == 2, what="2 months kept")
        term.focus()
        await wait_for_focus(pilot, lambda w: w is term, what="the term field again")
        await keys(pilot, "102", "enter")
        await wait_until(pilot, lambda: months() == 102, what="102 months kept")
        assert any("102" in s and "^z" in s for s in said), said  # questioned, with its undo

        # the due day ("tanggal 6"): a day typed replaces it too, in the same session
        day = app.screen.query_one("#cap-repayment_day", Input)
        day.focus()
        await wait_for_focus(pilot, lambda w: w is day, what="the due day field")
        assert day.value  # the group's day is shown
        await keys(pilot, "7")
        assert day.value == "7"
        await keys(pilot, "enter")

        def due_day() -> int | None:
            return app.session.workshop.group(SEDAP).capital.repayment_day  # type: ignore[union-attr]

        await wait_until(pilot, lambda: due_day() == 7, what="the 7th kept")
        # F3: the next group's day arrives in the focused field selected, so a day typed
        # replaces it (rev14-facil 4: "tgl 8mingguan Kamis", the cursor at its start)
        day.focus()  # Enter went on to the next field
        await wait_for_focus(pilot, lambda w: w is day, what="the due day field again")
        await keys(pilot, "ctrl+u", "f3")  # Sedap Malam's day emptied: the cursor at 0
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="the next group")
        await wait_until(pilot, lambda: day.value != "", what="Jaya Bersama's day shown")
        assert app.focused is day
        await keys(pilot, "1", "5")
        assert day.value == "15"

"""Pendampingan › Pertemuan: Del on an amount clears that amount, never the meeting (issue
#12, finding 5: Del on Siti's S.wajib deleted the whole meeting, four people and their money).
Removing the meeting is its own key, named in the hint under the table."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from pra.edit import followup as fu
from pra.tui.app import PraApp
from pra.tui.followup.meeting import ATTENDANCE
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import SEDAP, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, record_notices, screen_text, wait_until

SIZE = (100, 30)
ROHANI = "p-01"


async def test_del_on_an_amount_clears_it_and_keeps_the_meeting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    mid = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.set_amount(ws, SEDAP, mid, ROHANI, "instalment", "50rb")
    ws = fu.set_amount(ws, SEDAP, mid, ROHANI, "savings_compulsory", "5.000")
    session = make_session(ws)
    app = PraApp(session)

    def rohani():  # type: ignore[no-untyped-def]
        meetings = session.workshop.group(SEDAP).followup.meetings  # type: ignore[union-attr]
        return meetings[0].members[0] if meetings else None

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        table = app.screen.query_one("#fu-members", DataTable)
        column = ATTENDANCE + 1 + fu.AMOUNT_FIELDS.index("instalment")
        table.move_cursor(row=0, column=column, animate=False)  # Rohani's instalment
        await wait_until(pilot, lambda: table.cursor_column == column, what="on the instalment")
        await keys(pilot, "delete")
        await wait_until(
            pilot, lambda: rohani() is not None and rohani().instalment == 0, what="cleared"
        )
        assert rohani().savings_compulsory == 5_000  # the rest of the meeting is there
        assert "Angsuran" in notices[-1] and "Rp\u00a050.000" in notices[-1]
        assert notices[-1].endswith("^z membatalkan.")
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: rohani().instalment == 50_000, what="back")
        # the hint under the table names the key that removes the meeting, and Del's own
        text = screen_text(app)
        assert "^d hapus pertemuan" in text
        await keys(pilot, "ctrl+d")
        await wait_until(pilot, lambda: rohani() is None, what="the meeting removed")
        assert notices[-1].startswith("Pertemuan 5 September 2003 dihapus")

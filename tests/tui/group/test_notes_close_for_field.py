"""The notes (F1) lying over the step close when the focus goes to a field under them, and say
so (rev19-facil: a pledge's value typed under the notes, nobody in the room saw it)."""

from __future__ import annotations

import pytest

from pra.model import PraStep
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, record_notices, wait_for_step, wait_until


async def test_a_field_under_the_notes_closes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    app = group_app(PraStep.PLEDGES)
    said = record_notices(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        notes = app.screen.query_one("#notes")
        await keys(pilot, "f1")
        await wait_until(pilot, lambda: notes.display, what="the notes open")
        # the one-line field starts left of them: the notes stay
        await pilot.pause()
        assert notes.display
        value = app.screen.query_one("#pledge-form-value")
        value.focus()  # the pledge's value, right of the form row: under the notes
        await wait_until(pilot, lambda: not notes.display, what="the notes closed")
        assert any("Catatan ditutup" in x and "F1" in x for x in said), said

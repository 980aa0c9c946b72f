"""SWOT at 100x30: while an item is edited, its box says how to save and how to cancel, whole.

The edit mode's title ran on after the box's name ("S · KEKUATAN (3)  ✎ MENGUBAH (Enter") and was
cut at the box's border: the way out (Esc batal) was never on the wall.
"""

from __future__ import annotations

from textual.widgets import Static

from pra.model import PraStep
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


async def test_swot_edit_mode_names_save_and_cancel_whole_at_100x30() -> None:
    app = group_app(PraStep.SWOT)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.SWOT)
        title = app.screen.query_one("#swot-strengths-title", Static)
        await keys(pilot, "down", "enter")  # S's list, then edit its first item
        await wait_until(pilot, lambda: "MENGUBAH" in str(title.content), what="edit mode")
        await wait_until(pilot, lambda: "Esc batal" in screen_text(app), what="Esc batal shown")
        shown = screen_text(app)
        assert "KEKUATAN" in shown and "Enter simpan" in shown

"""F6 opens a tab at its top: step 11 RAB's heading and its one-line example in view (rev17-facil 5).

Yogyakarta at 100x30: F6 to the RAB tab put the focus on "Barang" and Textual scrolled the
tab to show it (centring a field it could not yet see whole), so the heading "Rencana
anggaran biaya (RAB): jumlah …" and "Satu baris: Oven, 2, unit, 350.000 lalu Enter …" were
above the screen for the rest of the session.
"""

from __future__ import annotations

from textual.containers import VerticalScroll

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.group.test_budget_names_whole import yogyakarta
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_still_screen


async def test_the_rab_tab_opens_with_its_heading() -> None:
    app = PraApp(make_session(yogyakarta()), step=PraStep.CAPITAL)
    async with app.run_test(size=(100, 30)) as pilot:
        # F6 at once, as a facilitator does: the step just opened is still being laid out
        await keys(pilot, "f6")  # its second tab: the RAB
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang"
        )
        await wait_for_still_screen(pilot)
        shown = screen_text(app)
        assert "Rencana anggaran biaya (RAB)" in shown
        assert "Satu baris: Oven, 2, unit, 350.000" in shown
        body = app.screen.query_one("#tab-budget").query_one(VerticalScroll)
        assert body.scroll_y == 0
        # and again after going round the tabs
        await keys(pilot, "f5", "f6")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang again"
        )
        await wait_for_still_screen(pilot)
        assert "Rencana anggaran biaya (RAB)" in screen_text(app)

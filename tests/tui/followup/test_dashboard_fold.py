"""The progress tab at 100x30: the warnings and the mandiri conditions below the fold are
reached by keys, and the screen says which (the hint beside the dates, the footer)."""

from __future__ import annotations

from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_still_screen


async def test_the_hint_leads_to_the_figures_and_the_last_condition_comes_into_view() -> None:
    app = PraApp(make_session(palembang()))
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-mentor", what="mentor")
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert "Tab ke angka di bawah, ↑/↓ PgDn gulir" in text, text
        assert "Syarat mandiri" not in text, text  # below the fold at first
        while app.focused is None or app.focused.id != "fu-dashboard":
            await keys(pilot, "tab")
        for _ in range(4):
            await keys(pilot, "pagedown")
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        # the shipped follow-up: no warning at its last meeting, all six conditions met
        assert "Syarat mandiri: 6 dari 6 terpenuhi" in text, text
        assert "✓ Iuran wajib terkumpul paling sedikit 90% dari yang disepakati" in text, text
        assert "↑↓ Gulir" in text.splitlines()[-1], text
        await keys(pilot, "home")
        await wait_for_still_screen(pilot)
        assert "Per 6 Juni 2004: angsuran lancar 100%" in screen_text(app)

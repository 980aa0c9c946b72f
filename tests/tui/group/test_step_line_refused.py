"""A step line refused (step 9) says why right above the line and keeps saying it until the
line changes, as the pledge line does (issue #12, rev14: "1 minggu" in a calendar counted in
months was refused by a toast alone); the first Ctrl+Q with it still stays. One app session."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from pra.model import PraStep
from tests.tui.conftest import MemorySaver
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)
LINE = "Menawarkan ke sekolah, 1 bulan, oleh Rohani"  # Sedap Malam counts weeks


async def test_a_refused_step_line_is_said_above_it_until_the_line_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.STEPS, saver=MemorySaver())
    exits: list[object] = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(a))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        said = record_notices(monkeypatch, app)
        line = app.screen.query_one("#step-form-title", Input)
        line.focus()
        await wait_for_focus(pilot, lambda w: w is line, what="the step line")
        steps = len(app.session.workshop.group(SEDAP).steps)  # type: ignore[union-attr]
        refusal = app.screen.query_one("#step-line-refusal", Static)
        await keys(pilot, LINE, "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        text = str(refusal.render())
        assert '"1 bulan"' in text and "dihitung per minggu" in text and "(mis. 4 minggu)" in text
        assert refusal.region.y < line.region.y and refusal.region.height > 0  # on screen
        await keys(pilot, "end", "left", "backspace")  # still being corrected: still said
        await pilot.pause()
        assert refusal.display and line.value == LINE[:-2] + "i"
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: any("Belum tersimpan" in s for s in said), what="kept")
        assert not exits, "the first Ctrl+Q stays with a refused line"
        kept = next(s for s in said if "Belum tersimpan" in s)
        assert "di atas baris langkah" in kept  # where the reason is: above the line
        await keys(pilot, "end", "ctrl+u")
        await wait_until(pilot, lambda: not refusal.display, what="the refusal gone")
        await keys(pilot, LINE.replace("1 bulan", "4 minggu"), "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.group(SEDAP).steps) > steps,  # type: ignore[union-attr]
            what="the step added",
        )
        assert not refusal.display

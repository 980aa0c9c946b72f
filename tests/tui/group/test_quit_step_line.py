"""Ctrl+Q with a step line typed and refused (step 9, langkah kegiatan): the first Ctrl+Q says it
and stays, as for a pledge line (rev14-facil 2: the app closed at once and the line was lost,
unsaid). A line that reads is entered and quitting goes on. One app session for both."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import MemorySaver
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)
REFUSED = "Menawarkan ke sekolah, 1 minggu, oleh Zulkifli"  # not in Sedap Malam
GOOD = "Menawarkan ke sekolah, 1 minggu, oleh Rohani"


async def test_ctrl_q_says_a_refused_step_line_and_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    app = group_app(PraStep.STEPS, saver=MemorySaver())
    exits: list[object] = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(a))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        said = record_notices(monkeypatch, app)
        line = app.screen.query_one("#step-form-title", Input)
        line.focus()
        await wait_for_focus(pilot, lambda w: w is line, what="the step line")
        steps = len(app.session.workshop.group(SEDAP).steps)  # type: ignore[union-attr]
        await keys(pilot, REFUSED, "ctrl+q")
        await wait_until(
            pilot,
            lambda: any("Belum tersimpan" in s and REFUSED in s for s in said),
            what="the refused line said",
        )
        assert not exits, "the first Ctrl+Q stays"
        assert line.value == REFUSED, "the refused line stays in its field"
        # corrected, the next Ctrl+Q enters it and leaves
        await keys(pilot, "ctrl+u", GOOD, "ctrl+q")
        await wait_until(pilot, lambda: exits, what="the app asked to close")
        group = app.session.workshop.group(SEDAP)
        assert group is not None and len(group.steps) == steps + 1
        assert group.steps[-1].title == "Menawarkan ke sekolah"

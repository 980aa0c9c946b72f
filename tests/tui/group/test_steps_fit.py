"""The steps step at 100×30: the "waits for" tick list shows every step title whole, wrapped."""

from __future__ import annotations

from textual.widgets import DataTable

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.layout_check import cut_values, shown_whole
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until


async def test_the_dependency_list_wraps_long_titles_and_ticks_only_their_first_line() -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    titles = [f"{i}. {s.title}" for i, s in enumerate(group.steps, 1)]
    app = group_app(PraStep.STEPS, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        await wait_until(
            pilot, lambda: "[ ] 2. Mencari tempat" in screen_text(app), what="the list of step 1"
        )
        text = screen_text(app)
        # step 1 is highlighted: steps 2-4 are listed whole, "2. Mencari tempat: dapur bersama di
        # rumah ketua" and "4. Mencari tepung terigu dan bahan kue di Pasar 16 Ilir" wrapped
        assert cut_values(text, titles[1:], 100) == []
        for title in titles[1:4]:
            assert shown_whole(text, title), (title, text)
        # step 4 waits for step 1: its tick is on the first line of the wrapped title only
        for _ in range(5):  # from the title field, past the form's fields
            if isinstance(app.focused, DataTable):
                break
            await keys(pilot, "tab")
        table = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "step-table", what="the step table"
        )
        assert isinstance(table, DataTable)
        await keys(pilot, "down", "down", "down")
        lines: list[str] = []

        def ticked_first() -> bool:
            lines[:] = screen_text(app).splitlines()
            return any("[x] 1. Mencari modal usaha: menerima" in line for line in lines)

        await wait_until(pilot, ticked_first, what="step 1 ticked in the list of step 4")
        row = next(i for i, line in enumerate(lines) if "[x] 1. Mencari modal" in line)
        column = lines[row].index("[x] 1.")
        # the title goes on under its text, with no tick mark on that line
        assert lines[row + 1][column : column + 4] == "    "
        assert "dana stimulan" in lines[row + 1][column:]

"""Step 10 with the notes (F1) open at 100x30: the money lines start on the screen (#12).

The notes lie over the right of the grid; the legend and the money lines (the fund's
hand-overs and instalments) wrap beside them and were pushed below the screen's edge by
the grid's full height. The grid now gives up its lines while the notes are open.
"""

from __future__ import annotations

from textual.widgets import DataTable

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


async def test_the_money_lines_start_on_the_screen_beside_the_notes() -> None:
    app = group_app(PraStep.CALENDAR, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await keys(pilot, "f1")
        screen = app.screen
        notes, money = screen.query_one("#notes"), screen.query_one("#cal-money")
        content = screen.query_one("#content").region
        await wait_until(pilot, lambda: notes.display, what="the notes")
        # the head line of the money lines and the first one after it, on the screen
        await wait_until(
            pilot,
            lambda: money.region.y + 4 <= content.bottom,
            what=f"the money lines on the screen ({money.region} in {content})",
        )
        assert "Dana menurut rencana modal" in screen_text(app)
        assert money.region.right <= notes.region.x  # beside the notes, not under them
        # the grid still shows its highlighted step: it scrolls to it
        grid = screen.query_one("#cal-grid", DataTable)
        await keys(pilot, "end")
        await wait_until(
            pilot,
            lambda: (
                grid.cursor_row == grid.row_count - 1
                and grid.scroll_offset.y > 0
                and grid.region.bottom <= content.bottom
            ),
            what="the last step in view in the grid",
        )

"""Step 10 with the notes (F1) open at 100x30: the money lines start on the screen, and the
grid shows the highlighted step's weeks left of the notes (#12).

The notes lie over the right of the step; the legend and the money lines (the fund's
hand-overs and instalments) wrap beside them and were pushed below the screen's edge by
the grid's full height. The grid now gives up its lines while the notes are open. Its titles
and "Oleh" filled all the room left of the notes, so no week column was visible there
(rev17-facil 1): the grid now lies left of the notes, titles cut, and scrolls sideways to the
highlighted step's weeks.
"""

from __future__ import annotations

from textual.widgets import DataTable

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


def _left_of_notes(app: PraApp) -> list[str]:
    """The grid's lines on the screen, as far as the notes' left edge."""
    grid, notes = app.screen.query_one("#cal-grid").region, app.screen.query_one("#notes").region
    lines = screen_text(app).splitlines()[grid.y : grid.bottom]
    return [line[grid.x : notes.x] for line in lines]


def _weeks_of_highlighted(app: PraApp) -> bool:
    """The highlighted step's line left of the notes shows a running week (``■``) and at
    least four week columns ("1  2  3  4" under "minggu ke-")."""
    grid = app.screen.query_one("#cal-grid", DataTable)
    lines = _left_of_notes(app)
    number = f"{grid.cursor_row + 1}. "
    step = [line for line in lines if number in line]
    axis = [line for line in lines if "minggu ke-" in line]
    weeks = axis[0].split("minggu ke-")[1].split() if axis else []
    return bool(step) and "■" in step[0] and len(weeks) >= 4


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
        # left of the notes: the first step's bars under four week columns or more
        await wait_until(
            pilot,
            lambda: _weeks_of_highlighted(app),
            what=f"the highlighted step's weeks left of the notes: {_left_of_notes(app)}",
        )
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
        # ...and the last step's (weeks 6-12): the grid scrolled sideways to them
        await wait_until(
            pilot,
            lambda: _weeks_of_highlighted(app),
            what=f"the last step's weeks left of the notes: {_left_of_notes(app)}",
        )
        # closed, the notes give the grid back its width: every week, no sideways scroll
        await keys(pilot, "f1")
        await wait_until(
            pilot,
            lambda: grid.fixed_columns == 0 and "10 11 12" in screen_text(app),
            what="the whole grid again",
        )

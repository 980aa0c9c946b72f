"""Home and End on a table of rows go to its first and last row (issue #12).

Textual's Home only scrolled the table sideways: the highlight stayed where it
was, and Del after Home removed that row (the last one) instead of the first.
"""

from __future__ import annotations

from textual.widgets import DataTable

from pra.model import PraStep
from tests.tui.conftest import SIZE, AppFactory
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


async def test_home_then_del_removes_the_first_problem(app_for: AppFactory) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        table = app.screen.query_one("#problem-table", DataTable)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="the problem table")
        await keys(pilot, "end")
        assert table.cursor_row == table.row_count - 1
        await keys(pilot, "home")
        assert table.cursor_row == 0
        _first, *rest = [p.id for p in app.session.workshop.problems]
        await keys(pilot, "delete")
        await wait_until(
            pilot,
            lambda: [p.id for p in app.session.workshop.problems] == rest,
            what="the first problem removed",
        )


async def test_home_in_a_field_still_goes_to_the_start_of_its_text(app_for: AppFactory) -> None:
    from textual.widgets import Input

    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        field = app.screen.query_one("#problem-title", Input)
        await wait_for_focus(pilot, lambda w: w is field, what="the entry line")
        await keys(pilot, "banjir", "home", "B", "end", "!")
        assert field.value == "Bbanjir!"

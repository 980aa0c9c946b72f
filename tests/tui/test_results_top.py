"""The voting results (Hasil) open on their top: rank 1 and the ★ priority are on screen.

With more problems than the table shows at 100×30, the cursor left on a lower
row used to keep the table scrolled down when the results were opened again
(F6) or revealed (F9), hiding rank 1.
"""

from __future__ import annotations

import re

from textual.widgets import DataTable

from pra.edit import voting
from pra.model import PraStep
from pra.plan.votes import dot_tally
from pra.synthetic import maximal_workshop
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import make_session
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


def tab_of(app: PraApp) -> str:
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    from textual.widgets import TabbedContent

    return screen.views[PraStep.PROBLEMS].query_one(TabbedContent).active


def rank_one_shown(app: PraApp) -> bool:
    """The first row of the results, ``1. <title of the most voted problem>``, is on screen."""
    assert app.session is not None
    ws = app.session.workshop
    top = ws.problem(dot_tally(ws).rows[0].item_id)
    assert top is not None
    return re.search(rf" 1\. {re.escape(top.title)}(\s|$)", screen_text(app), re.M) is not None


async def test_results_reopened_show_rank_one() -> None:
    app = PraApp(make_session(maximal_workshop()), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6", "f6")
        await wait_until(pilot, lambda: tab_of(app) == "tab-results", what="the results")
        table = app.screen.query_one("#results-table", DataTable)
        await wait_until(pilot, lambda: app.focused is table, what="the results table")
        await keys(pilot, *["down"] * 10)
        await wait_until(pilot, lambda: not rank_one_shown(app), what="rank 1 scrolled away")
        await keys(pilot, "f6", "f6", "f6")  # round the parts, back to the results
        await wait_until(pilot, lambda: tab_of(app) == "tab-results", what="the results again")
        await wait_until(pilot, lambda: rank_one_shown(app), what="rank 1 on screen")
        assert table.scroll_y == 0 and table.cursor_row == 0


async def test_results_revealed_show_rank_one() -> None:
    ws = maximal_workshop()
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6", "f6")
        await wait_until(pilot, lambda: tab_of(app) == "tab-results", what="the results")
        table = app.screen.query_one("#results-table", DataTable)
        await wait_until(pilot, lambda: app.focused is table, what="the results table")
        await keys(pilot, *["down"] * 10)
        await wait_until(pilot, lambda: not rank_one_shown(app), what="rank 1 scrolled away")
        # the results are hidden for a new round, then revealed with F9 from the vote
        assert app.session is not None
        app.session.apply(lambda w: voting.set_hidden(w, True), label="hide")
        await keys(pilot, "f6", "f6")
        await wait_until(pilot, lambda: tab_of(app) == "tab-vote", what="the vote")
        await keys(pilot, "f9")
        await wait_until(pilot, lambda: tab_of(app) == "tab-results", what="the results shown")
        await wait_until(pilot, lambda: rank_one_shown(app), what="rank 1 on screen")
        assert table.scroll_y == 0

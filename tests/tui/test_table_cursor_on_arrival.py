"""On arrival at a tab, its table's cursor is on its first row, not on the row typed last.

In a new workshop the problems are typed on step 3's list tab and the ideas on
step 5's: every new row moved the cursor of the vote table and of the matrix
(in their hidden tabs) to it. Opening the vote, Enter Enter gave two dots to the
problem typed last; the matrix's first rating went on the idea typed last.
"""

from __future__ import annotations

from textual.widgets import DataTable, TabbedContent

from pra.edit import ideas as ide
from pra.edit import participants as pp
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import make_session
from tests.tui.pilot import keys, type_fast, wait_for_step, wait_until


def tab_of(app: PraApp, step: PraStep) -> str:
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    return screen.views[step].query_one(TabbedContent).active


async def test_vote_and_matrix_start_on_row_one() -> None:
    ws = Workshop(id="ws-new")
    for name in ("Euis Sumarni", "Ujang Suparman", "Neng Siti"):
        ws = pp.add_participant(ws, name)
    ws = ide.add_criterion(ws, "Modal kecil")
    ws = ide.add_criterion(ws, "Cepat laku")
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await wait_until(
            pilot, lambda: getattr(app.focused, "id", "") == "problem-title", what="title"
        )
        titles = ("Modal usaha kurang", "Jalan rusak", "Harga sembako mahal")
        for title in titles:
            type_fast(pilot, title, "enter")
        assert app.session is not None
        await wait_until(pilot, lambda: len(app.session.workshop.problems) == 3, what="3 problems")
        await keys(pilot, "f6")
        await wait_until(pilot, lambda: tab_of(app, PraStep.PROBLEMS) == "tab-vote", what="vote")
        vote = app.screen.query_one("#vote-table", DataTable)
        await wait_until(pilot, lambda: app.focused is vote, what="the vote table")
        assert vote.cursor_row == 0
        await keys(pilot, "enter")
        first = app.session.workshop.problems[0].id

        def dotted() -> set[str]:
            assert app.session is not None
            return {p for b in app.session.workshop.voting.dots.ballots for p in b.dots}

        await wait_until(pilot, lambda: bool(dotted()), what="a dot")
        assert dotted() == {first}

        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        screen.go(PraStep.IDEAS)
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6")
        await wait_until(pilot, lambda: tab_of(app, PraStep.IDEAS) == "tab-ideas", what="ideas")
        await wait_until(pilot, lambda: getattr(app.focused, "id", "") == "idea-name", what="idea")
        for name in ("Jahit seragam sekolah", "Warung nasi kuning"):
            type_fast(pilot, name, "enter")
        await wait_until(pilot, lambda: len(app.session.workshop.ideas) == 2, what="2 ideas")
        matrix = screen.views[PraStep.IDEAS].query_one("#matrix", DataTable)
        assert matrix.cursor_row == 0

"""What is typed on the matrix, the group members and the vote table is never lost unsaid.

Found at 100x30 (issue #12, review10t findings 6 and 10): the matrix's cursor started on
the business's name, where a typed score was dropped (the row became "4 5 4 ·" for
"3 4 5 4") and Del did nothing though the footer offered it; on the members of the
groups and on the vote table, typed words vanished with no notice.
"""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import DataTable, Input, TabbedContent

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_until

ROOM = (100, 30)


async def _focus(pilot, app: PraApp, tabs_id: str, pane: str, widget_id: str) -> Widget:  # type: ignore[no-untyped-def]
    await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
    tabs = app.screen.query_one(f"#{tabs_id}", TabbedContent)
    for _ in range(5):
        if tabs.active == pane:
            break
        await keys(pilot, "f6")
    await wait_until(pilot, lambda: tabs.active == pane, what=f"part {pane}")
    for _ in range(12):
        if getattr(app.screen.focused, "id", None) == widget_id:
            break
        await keys(pilot, "tab")
    return await wait_for_focus(
        pilot, lambda w: w is not None and w.id == widget_id, what=widget_id
    )


async def test_a_score_typed_on_entering_the_matrix_lands_in_the_first_score_cell() -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=ROOM) as pilot:
        table = await _focus(pilot, app, "idea-tabs", "tab-matrix", "matrix")
        assert isinstance(table, DataTable)
        await wait_until(pilot, lambda: table.cursor_column == 1, what="the cursor on K1")
        ws = app.session.workshop
        idea = ws.ideas[table.cursor_row]
        first = ws.criteria[0].id

        def score() -> int | None:
            now = next(i for i in app.session.workshop.ideas if i.id == idea.id)
            return now.scores.get(first)

        wanted = 2 if idea.scores.get(first) != 2 else 3
        await keys(pilot, str(wanted))
        await wait_until(pilot, lambda: score() == wanted, what=f"K1 scored {wanted}")
        await keys(pilot, "left")  # the name is not a cell to score: the cursor stays on K1
        await wait_until(pilot, lambda: table.cursor_column == 1, what="still on K1")
        await keys(pilot, "delete")
        await wait_until(pilot, lambda: score() is None, what="Del cleared K1")


async def test_a_name_typed_on_the_group_members_goes_to_the_new_group_line() -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=ROOM) as pilot:
        await _focus(pilot, app, "idea-tabs", "tab-groups", "member-table")
        before = app.session.workshop
        await keys(pilot, "Kelompok Purun")
        line = app.screen.query_one("#group-name", Input)
        await wait_until(pilot, lambda: line.value == "Kelompok Purun", what="the name kept")
        assert app.screen.focused is line
        assert app.session.workshop == before, "nobody was moved"


async def test_letters_typed_on_the_vote_table_say_how_to_vote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=ROOM) as pilot:
        notices = record_notices(monkeypatch, app)
        await _focus(pilot, app, "problem-tabs", "tab-vote", "vote-table")
        before = app.session.workshop
        await keys(pilot, "px")
        await wait_until(pilot, lambda: bool(notices), what="a notice")
        assert notices[-1].startswith("Tabel suara tidak menerima ketikan: Enter memberi titik")
        assert notices[-1].endswith("alasan diketik di tab Hasil.")
        assert "{" not in notices[-1]
        assert app.session.workshop == before, "no dot given or taken"

"""A printable key typed on a closed dropdown becomes text in the entry line beside it.

Found at 100x30 (issue #12): on Janji hati, "Nurbaya: alat gunting kain 35.000" typed with
the focus on the member dropdown vanished; on the follow-up's new meeting, "penilaian
arisan" typed on the meeting-kind dropdown vanished. Each now lands, whole, in the
entry line beside the dropdown (the pledge line; the new meeting's line), which takes
the focus.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


def _is(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: w is not None and w.id == widget_id


async def _tab_to(pilot, app, widget_id: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(12):
        if getattr(app.screen.focused, "id", None) == widget_id:
            return
        await keys(pilot, "tab")
    assert getattr(app.screen.focused, "id", None) == widget_id


async def test_a_pledge_typed_on_the_member_dropdown_lands_in_the_pledge_line() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_focus(pilot, _is("pledge-line"), what="the pledge line")
        await _tab_to(pilot, app, "pledge-form-member")
        pledge = "Nurbaya: alat gunting kain 35.000"
        await keys(pilot, pledge)
        line = app.screen.query_one("#pledge-line", Input)
        await wait_for_focus(pilot, _is("pledge-line"), what="the pledge line again")
        assert line.value == pledge
        group = app.session.workshop.groups[0]
        before = len(group.pledges)
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.groups[0].pledges) == before + 1,
            what="the pledge added",
        )
        assert app.session.workshop.groups[0].pledges[-1].value == 35_000


async def test_a_sentence_typed_on_the_meeting_kind_lands_in_the_new_meeting_line() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f4")
        await wait_for_focus(pilot, _is("fu-date"), what="the new meeting's date")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, _is("fu-kind"), what="the meeting-kind dropdown")
        await keys(pilot, "penilaian arisan")
        await wait_for_focus(pilot, _is("fu-date"), what="the new meeting's line")
        assert app.screen.query_one("#fu-date", Input).value == "penilaian arisan"


async def test_a_digit_typed_on_a_matrix_cell_is_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matriks: "3" typed on a cell did nothing. The matrix scores 1–5: a digit typed on a
    cell is its score; a letter says how to score."""
    from textual.widgets import DataTable, TabbedContent

    from pra.tui.widgets.table import current_key
    from tests.tui.pilot import record_notices

    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        tabs = app.screen.query_one("#idea-tabs", TabbedContent)
        for _ in range(4):
            if tabs.active == "tab-matrix":
                break
            await keys(pilot, "f6")
        assert tabs.active == "tab-matrix"
        await _tab_to(pilot, app, "matrix")
        table = app.screen.query_one("#matrix", DataTable)
        while table.cursor_column < 2:
            await keys(pilot, "right")
        ws = app.session.workshop
        idea_id = current_key(table)
        criterion = ws.criteria[table.cursor_column - 1].id
        idea = next(i for i in ws.ideas if i.id == idea_id)
        wanted = 3 if idea.scores.get(criterion) != 3 else 4

        def score() -> int | None:
            found = next(i for i in app.session.workshop.ideas if i.id == idea_id)
            return found.scores.get(criterion)

        said = record_notices(monkeypatch, app)
        await keys(pilot, str(wanted))
        await wait_until(pilot, lambda: score() == wanted, what=f"the score {wanted}")
        assert app.screen.focused is table
        assert (current_key(table), table.cursor_column - 1) == (
            idea_id,
            [c.id for c in app.session.workshop.criteria].index(criterion),
        ), "the cursor stays on the cell"
        await keys(pilot, "x")
        assert said[-1] == i18n.t("tui.ideas.matrix_typed", low=1, high=5)
        assert score() == wanted

"""Ide usaha › Matriks says how to score: a digit of the scale typed on a cell is its score.

Found at 100x30 (issue #12): the help line under the matrix (and F1 on that part) named
Enter and Delete but not that a digit typed on a cell is its score. Both now say
"Ketik 1–5", the scale taken from :data:`pra.model.potentials.SCALE_LOW`/``SCALE_HIGH``,
the same bounds the cell takes a typed digit within.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import DataTable, Static, TabbedContent

from pra import i18n
from pra.model import PraStep
from pra.model.potentials import SCALE_HIGH, SCALE_LOW
from pra.tui.app import PraApp
from pra.tui.widgets.table import current_key
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_until

SIZE = (100, 30)
WIDE = (160, 40)  # the notes (F1) take a column at 160 and more
SAYS = {"id": f"Ketik {SCALE_LOW}–{SCALE_HIGH}", "en": f"Type {SCALE_LOW}–{SCALE_HIGH}"}


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    yield
    i18n.set_language("id")


async def _to_matrix(pilot, app: PraApp) -> DataTable:  # type: ignore[no-untyped-def, type-arg]
    await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
    tabs = app.screen.query_one("#idea-tabs", TabbedContent)
    for _ in range(4):
        if tabs.active == "tab-matrix":
            break
        await keys(pilot, "f6")
    assert tabs.active == "tab-matrix"
    table = app.screen.query_one("#matrix", DataTable)
    for _ in range(12):
        if app.screen.focused is table:
            break
        await keys(pilot, "tab")
    assert app.screen.focused is table
    return table


@pytest.mark.parametrize("language", ["id", "en"])
async def test_the_matrix_help_line_says_to_type_the_scale(language: str) -> None:
    i18n.set_language(language)
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await _to_matrix(pilot, app)
        pane = app.screen.query_one("#tab-matrix")
        help_line = str(pane.query_one(".hint", Static).render())
        assert help_line.startswith(SAYS[language]), help_line


@pytest.mark.parametrize("language", ["id", "en"])
async def test_the_notes_of_the_matrix_say_to_type_the_scale(language: str) -> None:
    i18n.set_language(language)
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=WIDE) as pilot:
        await _to_matrix(pilot, app)
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        wanted = SAYS[language].lower()
        await wait_until(
            pilot, lambda: wanted in str(notes.render()).lower(), what=f"F1 saying {wanted!r}"
        )
        assert "{" not in str(notes.render()), str(notes.render())


async def test_every_digit_the_help_line_names_is_a_score_and_no_other() -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        table = await _to_matrix(pilot, app)
        while table.cursor_column < 1:
            await keys(pilot, "right")
        idea_id = current_key(table)
        criterion = app.session.workshop.criteria[table.cursor_column - 1].id

        def score() -> int | None:
            idea = next(i for i in app.session.workshop.ideas if i.id == idea_id)
            return idea.scores.get(criterion)

        for digit in range(SCALE_HIGH, SCALE_LOW - 1, -1):
            await keys(pilot, str(digit))
            await wait_until(pilot, lambda digit=digit: score() == digit, what=f"score {digit}")
        for outside in (SCALE_LOW - 1, SCALE_HIGH + 1):
            await keys(pilot, str(outside))
            assert score() == SCALE_LOW, f"{outside} typed changed the score"

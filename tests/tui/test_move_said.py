"""Shift+↑/↓ rearranging rows says what moved and that Ctrl+Z undoes it, and is in the footer.

Moving a problem or a step used to be silent, and the footer never named the
keys (issue #12): a row moved by a slip of the finger went unnoticed.
"""

from __future__ import annotations

import pytest
from pytest import MonkeyPatch
from textual.widgets import DataTable

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
SEDAP = "g-sedap-malam"


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


async def _table(app: PraApp, pilot: object, table_id: str) -> DataTable:  # type: ignore[type-arg]
    await wait_until(
        pilot,  # type: ignore[arg-type]
        lambda: bool(app.screen.query(f"#{table_id}")) and app.focused is not None,
        what=f"{table_id} shown",
    )
    table = app.screen.query_one(f"#{table_id}", DataTable)
    table.focus()
    await wait_for_focus(pilot, lambda w: w is table, what=table_id)  # type: ignore[arg-type]
    return table


def _footer(app: PraApp) -> str:
    return screen_text(app).splitlines()[-1]


async def test_moving_a_problem_down_is_said_with_ctrl_z_and_the_footer_names_the_keys(
    monkeypatch: MonkeyPatch,
) -> None:
    before = palembang()
    app = PraApp(make_session(before), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        table = await _table(app, pilot, "problem-table")
        table.move_cursor(row=0)  # "Modal usaha kurang"
        await wait_until(pilot, lambda: "⇧↑⇧↓ Geser" in _footer(app), what="the move keys")
        await keys(pilot, "shift+down")
        await wait_until(pilot, lambda: bool(notices), what="the move said")
        titles = [p.title for p in app.session.workshop.problems]
        assert titles[:2] == [before.problems[1].title, "Modal usaha kurang"]
        assert notices == ["“Modal usaha kurang” turun satu baris. ^z membatalkan."]
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: app.session.workshop == before, what="Ctrl+Z undoes it")


async def test_moving_a_step_up_is_said_with_ctrl_z_and_the_footer_names_the_keys(
    monkeypatch: MonkeyPatch,
) -> None:
    before = palembang()
    group = before.group(SEDAP)
    assert group is not None
    app = PraApp(make_session(before), step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        table = await _table(app, pilot, "step-table")
        table.move_cursor(row=1)  # "Mencari tempat: …"
        await wait_until(pilot, lambda: "⇧↑⇧↓ Geser" in _footer(app), what="the move keys")
        await keys(pilot, "shift+up")
        await wait_until(pilot, lambda: bool(notices), what="the move said")
        moved = app.session.workshop.group(SEDAP)
        assert moved is not None
        assert [s.id for s in moved.steps[:2]] == [group.steps[1].id, group.steps[0].id]
        assert notices == [
            "“Mencari tempat: dapur bersama di rumah ketua” naik satu baris. ^z membatalkan."
        ]
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: app.session.workshop == before, what="Ctrl+Z undoes it")


async def test_the_move_keys_are_not_offered_on_the_entry_line() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.focused is not None, what="the step open")
        field = app.screen.query_one("#problem-title")
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the entry line")
        await wait_until(pilot, lambda: "Batal" in _footer(app), what="the footer")
        assert "⇧↑" not in _footer(app)

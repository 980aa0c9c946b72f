"""A rename started with ``e`` ends with Enter, or is cancelled by Esc or by leaving the field.

It used to stay armed: the next name typed after Esc or after leaving the field
renamed that person instead of adding a new one.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from pra import i18n
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.steps.participants import ParticipantsView
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """In Indonesian, whatever an earlier test in this process chose (restored after)."""
    i18n.set_language("id")


def _view(app: PraApp) -> ParticipantsView:
    return app.screen.query_one(ParticipantsView)


def _ws(app: PraApp) -> Workshop:
    assert app.session is not None
    return app.session.workshop


async def _start_rename(pilot: Pilot[None], app: PraApp) -> tuple[str, str]:
    """Select the second participant in the table and press Enter: (id, name)."""
    await wait_for_step(pilot, PraStep.PARTICIPANTS)
    person = _ws(app).participants[1]
    _view(app).select_participant(person.id)
    await wait_for_focus(pilot, lambda w: isinstance(w, DataTable), what="the table")
    await keys(pilot, "enter")
    field = app.screen.query_one("#people-name", Input)
    await wait_for_focus(pilot, lambda w: w is field, what="the name field")
    assert field.value == person.name
    return person.id, person.name


def _label(app: PraApp) -> Static:
    return app.screen.query_one("#people-renaming", Static)


async def _type_new_name(pilot: Pilot[None], app: PraApp, name: str) -> None:
    field = app.screen.query_one("#people-name", Input)
    await wait_for_focus(pilot, lambda w: w is field, what="the name field")
    await keys(pilot, "ctrl+u")
    await keys(pilot, name)
    await keys(pilot, "enter")


async def test_while_renaming_a_line_says_whose_name_and_how_to_cancel() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        assert not _label(app).display
        _pid, name = await _start_rename(pilot, app)
        label = _label(app)
        assert label.display
        assert str(label.content) == f"MENGUBAH NAMA: {name} — Enter simpan, Esc batal"
        await keys(pilot, " Jr")  # the placeholder is gone now; the line is not
        assert label.display
        await keys(pilot, "enter")
        assert not label.display
    # the key is the one bound to cancelling the rename (pra.tui.keys), in English too
    assert i18n.catalogue("en")["tui.people.renaming"] == (
        "RENAMING: {name} — Enter keeps the new name, {key:cancel_rename} cancels"
    )


async def test_enter_still_renames() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        pid, _name = await _start_rename(pilot, app)
        count = len(_ws(app).participants)
        await _type_new_name(pilot, app, "Yanti")
        person = _ws(app).participant(pid)
        assert person is not None and person.name == "Yanti"
        assert len(_ws(app).participants) == count
        # the next name is a new person
        await keys(pilot, "Dewi")
        await keys(pilot, "enter")
        assert [p.name for p in _ws(app).participants[-1:]] == ["Dewi"]
        assert len(_ws(app).participants) == count + 1


async def test_esc_cancels_the_rename_and_the_next_name_is_a_new_person() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        pid, name = await _start_rename(pilot, app)
        count = len(_ws(app).participants)
        await keys(pilot, "escape")
        field = app.screen.query_one("#people-name", Input)
        await wait_until(pilot, lambda: not _label(app).display, what="the rename line gone")
        assert field.value == ""
        assert app.focused is field
        await _type_new_name(pilot, app, "Dewi")
        person = _ws(app).participant(pid)
        assert person is not None and person.name == name
        assert len(_ws(app).participants) == count + 1
        assert _ws(app).participants[-1].name == "Dewi"


async def test_leaving_the_field_cancels_the_rename() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        pid, name = await _start_rename(pilot, app)
        count = len(_ws(app).participants)
        await keys(pilot, "tab")  # to the table
        await wait_for_focus(pilot, lambda w: isinstance(w, DataTable), what="the table")
        await wait_until(pilot, lambda: not _label(app).display, what="the rename line gone")
        await keys(pilot, "shift+tab")  # back to the field
        await _type_new_name(pilot, app, "Yanti")
        person = _ws(app).participant(pid)
        assert person is not None and person.name == name
        assert _ws(app).participants[-1].name == "Yanti"
        assert len(_ws(app).participants) == count + 1


async def test_another_step_and_back_cancels_the_rename() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        pid, name = await _start_rename(pilot, app)
        count = len(_ws(app).participants)
        await keys(pilot, "f8")
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f7")
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        await _type_new_name(pilot, app, "Yanti")
        person = _ws(app).participant(pid)
        assert person is not None and person.name == name
        assert _ws(app).participants[-1].name == "Yanti"
        assert len(_ws(app).participants) == count + 1

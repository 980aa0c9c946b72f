"""Pasting a list of names into the participant field adds every name, in one undoable step.

Textual's Input keeps only the first line of a paste: the rest of a pasted
register used to vanish without a word.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_until

REGISTER = "Yanti\n  Dewi Lestari, 05\n\nRohaya\r\nPak Harun, 12\n"


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """In Indonesian, whatever an earlier test in this process chose (restored after)."""
    i18n.set_language("id")


def _app() -> PraApp:
    return PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)


async def _ready(pilot: Pilot[None], app: PraApp) -> None:
    """Wait until the step has put the focus in the name field (later on a loaded machine)."""
    await wait_for_focus(pilot, lambda w: w is not None and w.id == "people-name", what="name")


async def _paste(app: PraApp, text: str) -> Input:
    field = app.screen.query_one("#people-name", Input)
    assert app.focused is field
    field.post_message(events.Paste(text))
    return field


async def test_a_pasted_list_adds_every_name_in_one_undoable_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _app()
    notices = record_notices(monkeypatch, app)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot, app)
        session = app.session
        assert session is not None
        before = session.workshop.participants
        field = await _paste(app, REGISTER)
        await wait_until(pilot, lambda: notices, what="the paste told")
        added = session.workshop.participants[len(before) :]
        assert [(p.name, p.rt) for p in added] == [
            ("Yanti", ""),
            ("Dewi Lestari", "05"),
            ("Rohaya", ""),
            ("Pak Harun", "12"),
        ]
        assert session.workshop.participants[: len(before)] == before
        assert len(session.undo_stack) == 1
        assert field.value == ""
        said = i18n.t("tui.people.pasted", n=4)
        assert said == "4 peserta ditambahkan dari teks yang ditempel"
        assert notices == [said]
        await keys(pilot, "ctrl+z")
        assert session.workshop.participants == before


async def test_the_count_is_told_in_english_with_the_plural(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.set_language("en")
    app = _app()
    notices = record_notices(monkeypatch, app)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot, app)
        await _paste(app, "Yanti\nDewi")
        await wait_until(pilot, lambda: notices, what="the paste told")
        assert notices == ["2 participants added from the pasted text"]
    assert i18n.t("tui.people.pasted", lang="en", n=1) == (
        "1 participant added from the pasted text"
    )


async def test_a_single_line_paste_goes_into_the_field_as_before() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot, app)
        session = app.session
        assert session is not None
        before = session.workshop
        await keys(pilot, "Bu")
        field = await _paste(app, "di Santoso")
        await wait_until(pilot, lambda: field.value == "Budi Santoso", what="the pasted line")
        assert session.workshop == before
        await keys(pilot, "enter")
        assert session.workshop.participants[-1].name == "Budi Santoso"


async def test_one_name_after_a_blank_line_is_not_lost() -> None:
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot, app)
        field = await _paste(app, "\n  \nSiti Aminah\n")
        await wait_until(pilot, lambda: field.value == "Siti Aminah", what="the one name")

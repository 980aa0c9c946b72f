"""The room's keys: a key pressed twice "to make sure", Ctrl+Z while typing, the Del key shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from pra import i18n, store
from pra.edit import voting
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import MemorySaver, make_session, palembang
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_for_text,
    wait_until,
)

ROOM = (100, 30)


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")


async def test_a_second_f9_keeps_the_results_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    ws = voting.set_hidden(palembang(), True)
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "f9")
        assert app.session.workshop.voting.results_hidden is False
        reason = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "reason", what="the reason field"
        )
        await keys(pilot, "f9")  # again, to make sure
        assert app.session.workshop.voting.results_hidden is False
        assert said[-1] == "Hasil sudah tampil. ^g menyembunyikannya lagi."
        assert app.focused is reason
        head = str(app.screen.query_one("#results-head", Static).render())
        assert head == "Hasil — Titik (dot voting) · ^g sembunyikan"
        await keys(pilot, "ctrl+g")
        assert app.session.workshop.voting.results_hidden is True
        assert isinstance(reason, Input) and reason.value == ""


async def test_ctrl_z_while_typing_takes_back_the_typing_not_the_last_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        field = app.focused
        assert isinstance(field, Input) and field.id == "people-name"
        before = len(app.session.workshop.participants)
        await keys(pilot, "Siti Nurhaliza", "enter")
        assert [p.name for p in app.session.workshop.participants][-1] == "Siti Nurhaliza"
        said = record_notices(monkeypatch, app)
        await keys(pilot, "Bu Dewi Lestari")
        await keys(pilot, "ctrl+z")  # the last word typed goes, nobody is removed
        assert field.value == "Bu Dewi "
        assert len(app.session.workshop.participants) == before + 1
        await keys(pilot, "ctrl+z", "ctrl+z")
        assert field.value == ""
        assert len(app.session.workshop.participants) == before + 1
        assert said == []
        await keys(pilot, "ctrl+z")  # nothing typed any more: the entry is undone, and named
        assert len(app.session.workshop.participants) == before
        assert said == ["Dibatalkan: peserta Siti Nurhaliza ditambahkan"]


async def test_a_name_already_in_the_register_is_refused_and_the_line_stays() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        field = app.focused
        assert isinstance(field, Input) and field.id == "people-name"
        before = app.session.workshop.participants
        await keys(pilot, "rohani, P, 03, KK", "enter")
        assert app.session.workshop.participants == before
        assert field.value == "rohani, P, 03, KK"
        refusal = str(app.screen.query_one("#people-refusal", Static).render())
        assert refusal == (
            "Rohani sudah ada di daftar peserta. Untuk orang lain yang bernama sama, "
            "tambahkan pembeda pada namanya, misalnya Rohani (Bu Guru)."
        )


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("31/02/2025", 'Tanggal "31/02/2025" tidak dikenal. Tulis seperti 17-08-2025.'),
        ("besok", 'Tanggal "besok" tidak dikenal. Tulis seperti 17-08-2025.'),
    ],
)
async def test_a_date_that_is_none_stays_in_its_field_and_is_said(
    typed: str, sentence: str
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        before = app.session.workshop
        field = app.screen.query_one("#f-date", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the date field")
        while field.value:
            await keys(pilot, "backspace")
        await keys(pilot, typed, "enter")
        assert field.value == typed
        assert app.focused is field, "Enter on a refused date stays in the field"
        line = app.screen.query_one("#prep-refusal", Static)
        assert line.display and str(line.render()) == sentence
        await keys(pilot, "tab")  # leaving it: still not saved, still shown
        await wait_for_focus(pilot, lambda w: w is not field, what="the next field")
        assert field.value == typed
        assert app.session.workshop == before
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the date field again")
        while field.value:
            await keys(pilot, "backspace")
        # a date on or before the first follow-up meeting (1 Sep 2003): a later one is refused
        await keys(pilot, "10-08-2003", "enter")
        assert app.session.workshop.info.date is not None
        assert app.session.workshop.info.date.isoformat() == "2003-08-10"
        assert not line.display


async def test_a_read_only_window_shows_nothing_typed_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang(), read_only=True), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        field = app.focused
        assert isinstance(field, Input) and field.id == "people-name"
        said = record_notices(monkeypatch, app)
        await keys(pilot, "Siti Aminah, P, 03, KK")
        assert field.value == ""
        assert field.placeholder == "hanya baca"
        assert said == [
            "Lokakarya ini hanya bisa dibaca: sedang dibuka oleh fasilitator@laptop-2."
        ]  # once, not once per letter
        assert "hanya baca" in screen_text(app)


async def test_the_room_view_shows_nothing_typed_into_a_field_clicked(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    session = Session(store.load(path), path, read_only=True, saver=MemorySaver())
    app = PraApp(session, step=PraStep.PREPARATION, room=True, follow_every=0.05)
    async with app.run_test(size=ROOM) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query("#f-title")), what="the form")
        title = app.screen.query_one("#f-title", Input)
        shown = title.value
        title.focus()  # as a mouse click on the wall's screen would
        await pilot.pause()
        assert app.focused is None, "nothing takes the focus on the wall (s13-wall)"
        await keys(pilot, "Lokakarya baru", "backspace", "backspace")
        assert title.value == shown


async def test_a_dialog_field_takes_the_focus_with_its_cursor_after_the_text() -> None:
    from pra.tui.dialogs import PathDialog

    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        app.push_screen(PathDialog("Simpan di", "/media/usb/lokakarya-13-ilir"))
        field = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "path", what="the path field"
        )
        await keys(pilot, "-salinan.json")  # the first letter replaces nothing
        assert isinstance(field, Input)
        assert field.value == "/media/usb/lokakarya-13-ilir-salinan.json"


@pytest.mark.parametrize(
    ("step", "elsewhere", "table_id"),
    [
        (PraStep.PARTICIPANTS, "people-name", "people-table"),
        (PraStep.PLEDGES, "pledge-form-member", "pledge-table"),  # a choice field
        (PraStep.STEPS, "step-people", "step-table"),  # a list of people to tick
    ],
    ids=["participants", "pledges", "steps"],
)
async def test_del_is_in_the_footer_only_where_a_row_is_highlighted(
    step: PraStep, elsewhere: str, table_id: str
) -> None:
    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, step)
        place = app.screen.query_one(f"#{elsewhere}")
        place.focus()
        await wait_for_focus(
            pilot, lambda w: w is place or (w is not None and place in w.ancestors), what=elsewhere
        )
        await wait_until(
            pilot, lambda: "Del Hapus" not in screen_text(app), what=f"no Del on {elsewhere}"
        )
        table = app.screen.query_one(f"#{table_id}")
        table.focus()
        await wait_for_focus(pilot, lambda w: w is table, what="the table")
        await wait_until(pilot, lambda: "Del Hapus" in screen_text(app), what="Del on the table")


async def test_ctrl_z_takes_back_a_run_of_backspace_in_one_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        title = app.focused
        assert isinstance(title, Input) and title.id == "f-title"
        assert title.value == "PRA Pemberdayaan Migran Kelurahan 13 Ilir"
        said = record_notices(monkeypatch, app)
        await keys(pilot, "backspace", "backspace", "backspace", "backspace", "Ulu")
        assert title.value == "PRA Pemberdayaan Migran Kelurahan 13 Ulu"
        await keys(pilot, "ctrl+z")
        assert title.value == "PRA Pemberdayaan Migran Kelurahan 13 "
        await keys(pilot, "ctrl+z")
        assert title.value == "PRA Pemberdayaan Migran Kelurahan 13 Ilir"
        assert said == []
        await keys(pilot, "ctrl+z")  # nothing typed any more: the workshop's own undo
        assert said == ["Tidak ada yang bisa dibatalkan."]
        assert title.value == "PRA Pemberdayaan Migran Kelurahan 13 Ilir"


async def test_ctrl_z_on_a_form_field_kept_undoes_the_edit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        title = app.focused
        assert isinstance(title, Input) and title.id == "f-title"
        await keys(pilot, " Ulu", "enter")  # kept; the focus goes to the next field
        assert app.session.workshop.info.title.endswith("13 Ilir Ulu")
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, lambda w: w is title, what="the title again")
        said = record_notices(monkeypatch, app)
        await keys(pilot, "ctrl+z")
        assert app.session.workshop.info.title == "PRA Pemberdayaan Migran Kelurahan 13 Ilir"
        assert said == ["Dibatalkan: Judul lokakarya"]


@pytest.mark.parametrize("enter", [True, False])
async def test_a_refusal_is_not_said_again_on_the_next_step(
    monkeypatch: pytest.MonkeyPatch, enter: bool
) -> None:
    """Refused with Enter, or only by leaving the step: the next step gets no refusal notice;
    back on the step, the text and its sentence are still there."""
    sentence = 'Tanggal "besok" tidak dikenal. Tulis seperti 17-08-2025.'
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        said = record_notices(monkeypatch, app)
        field = app.screen.query_one("#f-date", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the date field")
        await keys(pilot, "ctrl+u", "besok")
        if enter:
            await keys(pilot, "enter")
            await wait_until(pilot, lambda: said == [sentence], what="the refusal said once")
        said.clear()
        await keys(pilot, "f8")
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        await wait_for_text(pilot, "Rohani")
        await wait_until(pilot, lambda: not field.has_focus, what="the date field left")
        await pilot.pause()
        assert said == []
        await keys(pilot, "f7")
        await wait_for_step(pilot, PraStep.PREPARATION)
        assert field.value == "besok"
        line = app.screen.query_one("#prep-refusal", Static)
        assert line.display and str(line.render()) == sentence

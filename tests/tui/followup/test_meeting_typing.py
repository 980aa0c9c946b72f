"""What is typed at a meeting goes where the mentor can see it, and Ctrl+Z takes it back first.

- A digit typed on an unticked member's Hadir cell ("15rb") went silently into the
  meeting's notes: it still goes there (no money column is guessed), and a notice says so.
- Ctrl+Z pressed while the notes line holds a sentence not yet kept undid an earlier
  change (a tick) and left the sentence, which leaving the line then kept. It takes back
  the typing in the line first, a word at a time, as the workshop's entry lines do.
- A notice given while the focus was low stood over the new meeting's date line once
  the focus went there: it moves clear of the focus, as the workshop's notices do.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra import i18n
from pra.edit import followup as fu
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import SEDAP, by_id, first_meeting, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_until

SIZE = (100, 30)
ROHANI, YUSNAINI = "p-01", "p-02"


async def test_digits_typed_on_the_attendance_column_say_where_they_went(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        await keys(pilot, "down", "15rb")  # Yusnaini, not ticked, on the Hadir column
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        assert app.screen.query_one("#fu-notes", Input).value == "15rb"
        assert notices == [i18n.t("tui.followup.meeting.digits_to_notes")]
        assert meeting().present_ids() == (ROHANI,), "nobody ticked by the digits"
        assert meeting().members[1].instalment == 0


async def test_ctrl_z_in_the_notes_line_takes_back_its_typing_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        await keys(pilot, "down", "space")  # Yusnaini came: an edit Ctrl+Z could undo
        await wait_until(
            pilot, lambda: meeting().present_ids() == (ROHANI, YUSNAINI), what="ticked"
        )
        await keys(pilot, "Rapat lancar")
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        notes = app.screen.query_one("#fu-notes", Input)
        assert notes.value == "Rapat lancar"
        await keys(pilot, "ctrl+z")
        assert notes.value == "Rapat ", "the last word typed is taken back"
        assert meeting().present_ids() == (ROHANI, YUSNAINI), "the tick is not undone"
        assert notices[-1] == i18n.t("tui.followup.typing_undone")
        await keys(pilot, "ctrl+z")
        assert notes.value == ""
        await keys(pilot, "tab")  # leaving the line keeps nothing: nothing typed is left
        await wait_until(pilot, lambda: app.screen.focused is not notes, what="the line left")
        assert meeting().notes == ""
        assert meeting().present_ids() == (ROHANI, YUSNAINI)
        # typed again and kept (Enter): Ctrl+Z now undoes that edit, the notes with it
        await keys(pilot, "shift+tab", "Hujan deras", "enter")
        await wait_until(pilot, lambda: meeting().notes == "Hujan deras", what="the notes kept")
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: meeting().notes == "", what="the kept notes undone")
        assert meeting().present_ids() == (ROHANI, YUSNAINI)


async def test_a_notice_moves_clear_of_the_date_line_when_the_focus_goes_there() -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_meeting(pilot, members=True)
        await keys(pilot, "Hujan")  # to the notes line, low on the screen
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        app.notify(i18n.t("tui.followup.meeting.digits_to_notes"), timeout=3600)
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")), what="the notice")
        date = app.screen.query_one("#fu-date", Input)
        for _ in range(12):
            if app.screen.focused is date:
                break
            await keys(pilot, "shift+tab")
        assert app.screen.focused is date
        await wait_until(
            pilot,
            lambda: all(
                not toast.region.overlaps(date.region) for toast in app.screen.query("Toast")
            ),
            what="the notice clear of the date line",
        )
        assert app.screen.query("Toast"), "the notice is still shown"


async def test_ctrl_z_in_a_progress_field_takes_back_its_typing_first() -> None:
    """The same on the progress tab (its fields are kept when left): the mentor's reflection
    typed, Ctrl+Z takes back its last word, not the mentor's name kept before it."""
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def followup():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "f6", "f6")
        await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's name")
        await keys(pilot, "ctrl+u", "Hendra Saputra", "tab")
        await wait_until(
            pilot, lambda: followup().mentor == "Hendra Saputra", what="the mentor kept"
        )
        for _ in range(8):
            if getattr(app.screen.focused, "id", None) == "fu-reflection":
                break
            await keys(pilot, "tab")
        reflection = app.screen.query_one("#fu-reflection", Input)
        assert app.screen.focused is reflection
        before = reflection.value
        await keys(pilot, "end", "Kelompok makin kompak")
        await keys(pilot, "ctrl+z")
        assert reflection.value.endswith("Kelompok makin "), reflection.value
        assert followup().mentor == "Hendra Saputra", "the kept name is not undone"
        await keys(pilot, "ctrl+z", "ctrl+z")  # "makin ", "Kelompok ": all the typing
        assert reflection.value == before
        assert followup().mentor == "Hendra Saputra"
        await keys(pilot, "ctrl+z")  # nothing typed left: the kept name is undone now
        await wait_until(pilot, lambda: followup().mentor != "Hendra Saputra", what="undone")


async def test_a_sentence_typed_on_the_table_is_set_apart_from_the_notes_already_there() -> None:
    """review10t finding 14: letters typed on the attendance table were added to the notes
    with no separator ("… mulai masuk 2 orang datang terlambat")."""
    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    meeting_id = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.update_meeting(ws, SEDAP, meeting_id, notes="Kompak, pesanan seragam mulai masuk")
    session = make_session(ws)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, members=True)
        await keys(pilot, "Dua orang datang terlambat")
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        notes = app.screen.query_one("#fu-notes", Input)
        assert notes.value == "Kompak, pesanan seragam mulai masuk; Dua orang datang terlambat"
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: (
                first_meeting(session).notes
                == "Kompak, pesanan seragam mulai masuk; Dua orang datang terlambat"
            ),
            what="the notes kept",
        )

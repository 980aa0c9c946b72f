"""F1 on the follow-up: its notes are not listed under "Tombol:" (issue 12, s13-wall item 6).

The follow-up's sentence on typing ("Tanggal pertemuan lalu Enter · …") stood under the heading
"Tombol:" with no key below it. "Tombol:" now heads key lines only; the sentence has its own
heading ("Cara mengisi:"), on the workshop's steps too.
"""

from __future__ import annotations

from textual.widgets import Static

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.key_list import room_keys
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until

WIDE = (140, 40)


async def test_the_follow_ups_notes_stand_under_their_own_heading() -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: "Cara mengisi:" in str(notes.render()), what="notes")
        assert str(notes.render()).splitlines()[0] == "Cara mengisi:"  # the name field: no key
        await keys(pilot, "tab")  # the register's table: its keys, then the sentence
        await wait_until(pilot, lambda: "Tombol:" in str(notes.render()), what="the table's keys")
        lines = str(notes.render()).splitlines()
        assert any(key.here for key in room_keys(app.screen))
        assert lines[0] == "Tombol:" and lines.index("Cara mengisi:") > 1, lines
        await keys(pilot, "f1", "f4")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-date", what="date")
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: notes.display, what="the notes (F1) open")
        lines = str(notes.render()).splitlines()
        assert not any(key.here for key in room_keys(app.screen))
        assert "Tombol:" not in lines, lines
        assert lines[0] == "Cara mengisi:"
        assert lines[1].startswith("Tanggal pertemuan lalu Enter")
        assert lines[2] == "Di setiap langkah:"

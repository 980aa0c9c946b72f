"""A refused amount's text belongs to the group, meeting and cell it was typed in.

- Sedap Malam, Rohani's S.wajib cell, ``-5000`` Enter (refused, rightly), then F3: Jaya
  Bersama's meeting showed "Zulkifli · S.wajib: -5000", the text carried over to another
  group's member, ready to be entered there. Now another group's meeting shows its own
  cell line (empty), and coming back to Rohani's cell shows the text refused there.
- A refused ``-5000`` in "Jual" (sales) vanished as soon as another line of the meeting was
  entered, while the cell line kept its own: both now keep the refused text on their meeting.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import by_id, two_meetings
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
SEDAP, JAYA = "g-sedap-malam", "g-jaya-bersama"
NEGATIVE = 'Jumlah tidak boleh negatif ("-5000")'


async def test_a_refused_amount_stays_with_its_group_and_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(two_meetings())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "tab", "tab")  # past the date and the kind of meeting
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "right", "right", "right")  # Rohani, from her name to S.wajib
        await keys(pilot, "-5000", "enter")
        await wait_until(pilot, lambda: any(NEGATIVE in n for n in notices), what="refused")
        cell = app.screen.query_one("#fu-cell", Input)
        assert cell.value == "-5000"
        assert "Rohani · S.wajib:" in screen_text(app)

        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )
        assert "Zulkifli · S.wajib:" in screen_text(app)
        assert cell.value == ""  # before: "-5000", beside Jaya Bersama's first member
        assert "-5000" not in screen_text(app)

        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Sedap Malam" in screen_text(app), what="Sedap Malam"
        )
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        assert "Rohani · S.wajib:" in screen_text(app)  # the cursor is back on her cell
        assert cell.value == "-5000"  # and the text refused there with it, to be corrected
        refusals = len(notices)
        await keys(pilot, "enter")  # Enter on her cell opens the line to correct it
        await wait_for_focus(pilot, by_id("fu-cell"), what="the cell line")
        # not refused a second time: the line shown again says its sentence once more, once
        # (test_refusal_said_again.py), and keeps the text to be corrected
        first = next(n for n in notices if NEGATIVE in n)
        assert cell.value == "-5000"
        assert notices[refusals:] in ([], [first]), notices[refusals:]
        await keys(pilot, "backspace", "backspace", "backspace", "backspace", "backspace")
        await keys(pilot, "5000", "enter")
        await wait_until(
            pilot,
            lambda: (
                session.workshop.group(SEDAP).followup.meetings[0].members[0].savings_compulsory  # type: ignore[union-attr]
                == 5_000
            ),
            what="the corrected amount kept",
        )


async def test_a_refused_sales_figure_stays_like_a_refused_cell_when_another_line_is_entered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(two_meetings())
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "right", "right", "right", "-5000", "enter")  # Rohani's S.wajib: refused
        await wait_until(pilot, lambda: len(notices) == 1, what="the cell refused")
        await keys(pilot, "tab", "tab", "tab")  # the problem, the follow-up, the sales line
        await wait_for_focus(pilot, by_id("fu-sales"), what="the sales line")
        await keys(pilot, "-5000", "enter")
        await wait_until(pilot, lambda: len(notices) == 2, what="the sales refused")
        assert all(NEGATIVE in n for n in notices)
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, by_id("fu-action"), what="the follow-up line")
        await keys(pilot, "Cek buku kas, oleh Rohani, 12-09-2003", "enter")
        await wait_until(pilot, lambda: len(meeting().actions) == 1, what="the follow-up kept")
        # both refused texts are where they were typed: before, "Jual" was emptied here
        assert app.screen.query_one("#fu-sales", Input).value == "-5000"
        assert app.screen.query_one("#fu-cell", Input).value == "-5000"
        assert "Rohani · S.wajib:" in screen_text(app)
        assert meeting().sales is None


async def test_a_note_typed_and_not_kept_is_kept_for_its_own_group_on_f3() -> None:
    """Sedap Malam's meeting: a note typed in Catatan, then F3 with the focus still there:
    the note is kept for Sedap Malam's meeting (it was dropped; before that, saved into
    Jaya Bersama's meeting shown next), and Jaya Bersama's note stays empty."""
    session = make_session(two_meetings())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        notes = app.screen.query_one("#fu-notes", Input)
        notes.focus()
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        await keys(pilot, "Kas dihitung bersama bendahara")
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )

        def note(group: str) -> str:
            found = session.workshop.group(group)
            assert found is not None
            return found.followup.meetings[0].notes

        await wait_until(
            pilot,
            lambda: note(SEDAP) == "Kas dihitung bersama bendahara",
            what="the note kept for Sedap Malam",
        )
        assert note(JAYA) == ""

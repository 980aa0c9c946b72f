"""The new meeting's date at the meeting itself: Enter on the empty field is today (rev15 P1).

Today is the session's clock (frozen in tests), never the machine's; the field's hint gives an
example a month after the group's last meeting, not a fixed day of 2003.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.tui.app import PraApp
from tests.tui.conftest import FROZEN, make_session
from tests.tui.followup.conftest import SEDAP, by_id, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until


async def test_enter_on_the_empty_date_records_todays_meeting_and_the_hint_says_so() -> None:
    session = make_session(cleared())  # the workshop of 13 August 2003, no meeting yet
    app = PraApp(session)

    def meetings():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.meetings  # type: ignore[union-attr]

    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(pilot)
        hint = app.screen.query_one("#fu-date", Input).placeholder
        assert hint == "tanggal pertemuan baru, mis. 13-09-2003 · Enter saja: hari ini"
        line = next(x for x in screen_text(app).splitlines() if "pertemuan baru" in x)
        assert hint[1:] in line, line  # whole at 100x30 (the cursor on its first letter)
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: len(meetings()) == 1, what="today's meeting")
        assert meetings()[0].date == FROZEN.date()
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        # the next example is a month after it (the clock's day caps it: not a day to come)
        assert app.screen.query_one("#fu-date", Input).placeholder.startswith(
            f"tanggal pertemuan baru, mis. {FROZEN.date():%d-%m-%Y} "
        )

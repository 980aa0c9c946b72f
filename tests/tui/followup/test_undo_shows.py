"""An undo of a kept follow-up field shows in that field, even while it has the focus.

Found at 100x30: on the meeting tab, a note typed and kept with Enter, then Ctrl+Z —
the notice said it was undone and the file had the old note, but the focused line
still showed the new text, and leaving it (Tab) saved that text again. The same on
Biaya and on the progress tab's fields. A field with no typing pending shows the
workshop's value after an undo or a redo; typing not yet kept is never overwritten.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.edit import followup as fu
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import SEDAP, by_id, first_meeting, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, wait_for_focus, wait_until

SIZE = (100, 30)
NOTE = "Rapat lancar, kas dihitung bersama bendahara"


async def _tab_to(pilot, app, widget_id: str) -> Input:  # type: ignore[no-untyped-def]
    for _ in range(14):
        if getattr(app.screen.focused, "id", None) == widget_id:
            break
        await keys(pilot, "tab")
    field = app.screen.query_one(f"#{widget_id}", Input)
    assert app.screen.focused is field, widget_id
    return field


async def test_ctrl_z_after_enter_on_the_meeting_notes_and_costs_shows_the_old_value() -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        notes = await _tab_to(pilot, app, "fu-notes")
        await keys(pilot, NOTE, "enter")
        await wait_until(pilot, lambda: meeting().notes == NOTE, what="the note kept")
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: meeting().notes == "", what="the note undone")
        assert app.screen.focused is notes
        assert notes.value == "", "the undone note left the notes line"
        await keys(pilot, "tab")  # leaving keeps nothing again
        await wait_until(pilot, lambda: app.screen.focused is not notes, what="left")
        assert meeting().notes == ""

        costs = await _tab_to(pilot, app, "fu-costs")
        await keys(pilot, "ctrl+u", "1.500.000", "enter")
        await wait_until(pilot, lambda: meeting().costs == 1_500_000, what="the costs kept")
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: meeting().costs is None, what="the costs undone")
        assert app.screen.focused is costs
        assert costs.value == ""
        await keys(pilot, "tab")
        await wait_until(pilot, lambda: app.screen.focused is not costs, what="left")
        assert meeting().costs is None


async def test_typing_not_yet_kept_is_never_overwritten_by_a_redraw() -> None:
    """The other half of the rule: typing not yet kept stays; Ctrl+Z takes back its last
    word only."""
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        notes = await _tab_to(pilot, app, "fu-notes")
        await keys(pilot, "Rapat lancar")
        await keys(pilot, "ctrl+z")
        assert notes.value == "Rapat "


async def test_ctrl_z_after_enter_on_the_reflection_shows_the_old_text() -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def followup():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "f6", "f6")
        await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's name")
        reflection = await _tab_to(pilot, app, "fu-reflection")
        before = followup().reflection
        assert reflection.value == before
        await keys(pilot, "end", " Kelompok makin kompak", "enter")
        await wait_until(pilot, lambda: followup().reflection != before, what="the reflection kept")
        await keys(pilot, "ctrl+z")
        await wait_until(
            pilot, lambda: followup().reflection == before, what="the reflection undone"
        )
        assert app.screen.focused is reflection
        assert reflection.value == before
        await keys(pilot, "tab")
        await wait_until(pilot, lambda: app.screen.focused is not reflection, what="left")
        assert followup().reflection == before

"""A problem, a follow-up or an amount typed at a meeting and not entered is kept for that
meeting on Ctrl+Q, F3 and Ctrl+←/→ (review 10, finding 3).

The meeting's entry lines add their text on Enter. Ctrl+Q kept only sales, costs, the lender's
payment and notes: "Modal kurang" typed on the problem line was lost; after F3 or Ctrl+←/→ the
text stayed in its line and Enter added it to the meeting shown then.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.model import Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session
from tests.tui.followup.conftest import by_id
from tests.tui.followup.data import BORROWERS, SEDAP, followed
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
JAYA = "g-jaya-bersama"
TO_MEMBERS = ("tab", "tab")  # from the new meeting's date, past the kind of meeting
TO_PROBLEM = (*TO_MEMBERS, "tab", "tab")  # past the table and its cell line


async def _session_after(*steps: tuple[str, ...] | str) -> tuple[Workshop, Workshop]:
    """Open the follow-up on Sedap Malam (its 6th meeting, 5 February 2004, shown) and press
    ``steps`` (a string: wait for the field of that id to have the focus); the workshop as it
    was, and as saved once the app has closed."""
    ws = followed()
    saver = MemorySaver()
    session = make_session(ws, saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        for step in steps:
            if isinstance(step, str):
                await wait_for_focus(pilot, by_id(step), what=step)
                continue
            for key in step:
                await keys(pilot, key)
                if key == "f3":
                    await wait_until(
                        pilot,
                        lambda: "Kelompok Jaya Bersama" in screen_text(app),
                        what="the next group",
                    )
        if "ctrl+q" not in steps[-1]:
            for name in ("fu-problem", "fu-action"):
                assert app.screen.query_one(f"#{name}", Input).value == "", name
            await keys(pilot, "ctrl+q")
    session.flush()
    assert saver.saved, "the workshop was saved"
    return ws, saver.saved[-1]


def _meetings(ws: Workshop, group: str = SEDAP):  # type: ignore[no-untyped-def]
    return ws.group(group).followup.meetings  # type: ignore[union-attr]


async def test_a_problem_typed_then_ctrl_q_is_kept() -> None:
    before, saved = await _session_after(TO_PROBLEM, "fu-problem", ("Modal kurang", "ctrl+q"))
    last = _meetings(saved)[-1]
    assert last.problems == (*_meetings(before)[-1].problems, "Modal kurang")


async def test_a_follow_up_typed_then_f3_is_its_own_meetings() -> None:
    line = "Mengunjungi Aisyah, oleh Rohani, 12-02-2004"
    before, saved = await _session_after((*TO_PROBLEM, "tab"), "fu-action", (line, "f3", "tab"))
    actions = _meetings(saved)[-1].actions
    assert len(actions) == len(_meetings(before)[-1].actions) + 1
    assert (actions[-1].text, str(actions[-1].due)) == ("Mengunjungi Aisyah", "2004-02-12")
    assert _meetings(saved, JAYA) == ()


async def test_a_problem_left_on_its_line_then_ctrl_left_is_the_meeting_it_was_typed_at() -> None:
    before, saved = await _session_after(
        TO_PROBLEM,
        "fu-problem",
        ("Modal kurang", "shift+tab", "shift+tab"),
        "fu-members",
        ("ctrl+left",),
    )
    meetings = _meetings(saved)
    assert meetings[-1].problems == (*_meetings(before)[-1].problems, "Modal kurang")
    assert meetings[-2].problems == _meetings(before)[-2].problems


async def test_an_amount_typed_in_the_cell_line_then_ctrl_q_is_kept() -> None:
    # Rohani's savings (the table's cursor on her compulsory savings), 7rb typed, no Enter
    _, saved = await _session_after(
        TO_MEMBERS, "fu-members", ("right", "right", "right", "7rb"), "fu-cell", ("ctrl+q",)
    )
    rohani = _meetings(saved)[-1].members[0]
    assert (rohani.participant_id, rohani.savings_compulsory) == (BORROWERS[0], 7_000)


async def test_a_problem_typed_then_f4_back_to_the_workshop_is_kept() -> None:
    before, saved = await _session_after(
        TO_PROBLEM, "fu-problem", ("Harga tepung naik", "f4", "ctrl+q")
    )
    assert _meetings(saved)[-1].problems == (*_meetings(before)[-1].problems, "Harga tepung naik")


async def test_a_follow_up_refused_stays_with_its_meeting_not_the_next_groups() -> None:
    """Due a year before the meeting: refused (and said) when F3 keeps it; Jaya Bersama's line
    is empty, and Sedap Malam's shows the refused text again, with the error border."""
    from pra.tui import notices

    ws = followed()
    session = make_session(ws)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, *TO_PROBLEM, "tab")
        await wait_for_focus(pilot, by_id("fu-action"), what="the follow-up line")
        await keys(pilot, "Mengunjungi Aisyah, oleh Rohani, 12-02-2003", "f3")
        line = app.screen.query_one("#fu-action", Input)
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="the next group"
        )
        assert line.value == ""
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Sedap Malam" in screen_text(app), what="Sedap Malam again"
        )
        assert line.value == "Mengunjungi Aisyah, oleh Rohani, 12-02-2003"
        assert line.has_class(notices.REFUSED)
    assert _meetings(session.workshop)[-1].actions == _meetings(ws)[-1].actions
    assert _meetings(session.workshop, JAYA) == ()

"""Text typed in a follow-up field is kept for the group it was typed for, on F3 and Ctrl+Q.

The dashboard's fields are kept when the focus leaves them, the assessment's reason on
Enter. With the focus still in the field, F3 showed the next group beside the typing, and
the next blur kept it under that group (Sedap Malam's mentor typed, Jaya Bersama's saved);
Ctrl+Q lost it. Every tab now keeps the focused field before another group is shown and on
quitting (:meth:`pra.tui.followup.pane.FollowUpPane.commit_pending`).
"""

from __future__ import annotations

from textual.widgets import Input

from pra.edit import followup as fu
from pra.model import Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session
from tests.tui.followup.conftest import by_id
from tests.tui.followup.data import SEDAP, followed
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
JAYA = "g-jaya-bersama"


def overridden() -> Workshop:
    """Sedap Malam followed, its last assessment (1 March 2004) graded B by hand."""
    ws = followed()
    last = ws.group(SEDAP).followup.assessments[-1].id  # type: ignore[union-attr]
    return fu.set_override(ws, SEDAP, last, "B", "Kas rapi")


async def _type_then(ws: Workshop, tab_keys: tuple[str, ...], field: str, *then: str) -> Workshop:
    """Open the follow-up on Sedap Malam, reach ``field`` with ``tab_keys``, type ``" sekali"``
    then press ``then``; the workshop saved once the app has closed."""
    saver = MemorySaver()
    session = make_session(ws, saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, *tab_keys)
        await wait_for_focus(pilot, by_id(field), what=field)
        await keys(pilot, " sekali")
        assert app.screen.query_one(f"#{field}", Input).value.endswith(" sekali")
        for key in then:
            await keys(pilot, key)
            if key == "f3":
                await wait_until(
                    pilot,
                    lambda: "Kelompok Jaya Bersama" in screen_text(app),
                    what="the next group",
                )
    session.flush()
    assert saver.saved, "the workshop was saved"
    return saver.saved[-1]


DASHBOARD = ("f6", "f6")  # the dashboard's first field is the mentor's name
ASSESSMENT = ("f6", "tab", "tab")  # from the criteria, past the grade, to its reason


async def test_the_mentor_typed_then_f3_is_kept_for_the_group_it_was_typed_for() -> None:
    ws = followed()
    saved = await _type_then(ws, DASHBOARD, "fu-mentor", "f3", "tab")
    assert saved.group(SEDAP).followup.mentor == "Ratna Dewi sekali"  # type: ignore[union-attr]
    jaya = ws.group(JAYA).followup.mentor  # type: ignore[union-attr]
    assert saved.group(JAYA).followup.mentor == jaya  # type: ignore[union-attr]


async def test_the_mentor_typed_then_ctrl_q_is_kept() -> None:
    saved = await _type_then(followed(), DASHBOARD, "fu-mentor", "ctrl+q")
    assert saved.group(SEDAP).followup.mentor == "Ratna Dewi sekali"  # type: ignore[union-attr]


async def test_the_reason_typed_then_f3_is_kept_for_the_assessment_it_was_typed_for() -> None:
    saved = await _type_then(overridden(), ASSESSMENT, "fu-as-reason", "f3", "tab")
    sedap = saved.group(SEDAP).followup.assessments  # type: ignore[union-attr]
    assert (sedap[-1].grade_override, sedap[-1].override_reason) == ("B", "Kas rapi sekali")
    assert sedap[0].override_reason == ""
    assert saved.group(JAYA).followup.assessments == ()  # type: ignore[union-attr]


async def test_the_reason_typed_then_ctrl_q_is_kept() -> None:
    saved = await _type_then(overridden(), ASSESSMENT, "fu-as-reason", "ctrl+q")
    last = saved.group(SEDAP).followup.assessments[-1]  # type: ignore[union-attr]
    assert (last.grade_override, last.override_reason) == ("B", "Kas rapi sekali")

"""Pictures of the follow-up screen at 100×30: the meeting, the assessment, the progress.

Kelompok Sedap Malam followed for six months (:mod:`tests.tui.followup.data`).
Regenerate after an intended change with
``pytest tests/tui/followup/test_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pra.tui.app import PraApp
from pra.tui.followup.screen import FollowUpScreen
from tests.tui.conftest import make_session
from tests.tui.followup.data import followed
from tests.tui.pilot import keys, wait_for_still_screen, wait_until

CASES = [
    ("meeting", (), "fu-date"),
    ("assessment", ("f6",), "fu-criteria"),
    ("dashboard", ("f6", "f6"), "fu-mentor"),
]


@pytest.mark.parametrize(("name", "presses", "focus"), CASES, ids=[c[0] for c in CASES])
def test_followup_screen(snap_compare, name: str, presses: tuple[str, ...], focus: str) -> None:  # type: ignore[no-untyped-def]
    app = PraApp(make_session(followed()))

    async def before(pilot: Pilot[None]) -> None:
        await keys(pilot, "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, FollowUpScreen), what="follow-up")
        await keys(pilot, *presses)
        await wait_until(
            pilot,
            lambda: app.focused is not None and app.focused.id == focus,
            what=f"the focus on {focus}",
        )
        for field in app.screen.query(Input):
            field.cursor_blink = False
        app.clear_notifications()
        await wait_for_still_screen(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=before)

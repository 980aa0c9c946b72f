"""Ctrl+Q says the dashboard's texts not kept before it leaves them (review rev13-code F-d).

An LKM typed without the day it was linked waits for that day, held beside the group
(:attr:`pra.tui.followup.dashboard.DashboardPane.held`); Ctrl+Q then closed the app and the
name was gone, with nothing said. Now the first Ctrl+Q stays and names it; a second quits
without it, as the read-only folder's Ctrl+Q asks once (:mod:`pra.tui.quitting`).
"""

from __future__ import annotations

import pytest

from pra.i18n import t
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session
from tests.tui.followup.conftest import by_id, open_meeting
from tests.tui.followup.data import SEDAP, followed
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_until

SIZE = (100, 30)


async def test_an_lkm_without_its_day_is_said_on_ctrl_q_and_a_second_ctrl_q_quits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saver = MemorySaver()
    session = make_session(followed(), saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notices(monkeypatch, app)
        await open_meeting(pilot)
        await keys(pilot, "f6", "f6")  # the dashboard
        await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's field")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-lkm"), what="the LKM's field")
        await keys(pilot, "BMT Sejahtera", "ctrl+q")
        waiting = t(
            "tui.followup.dashboard.unkept_lkm", group="Kelompok Sedap Malam", lkm="BMT Sejahtera"
        )
        await wait_until(pilot, lambda: any(waiting in s for s in said), what="the LKM said")
        await pilot.pause()
        assert app.return_code is None, "the first Ctrl+Q stays"
        assert app.focused is not None and app.focused.id == "fu-lkm"
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: app.return_code is not None, what="the app closed")
    assert sum(waiting in s for s in said) == 1
    session.flush()  # quit without it, as said: nothing linked
    assert session.workshop.group(SEDAP).followup.lkm == ""  # type: ignore[union-attr]
    assert all(ws.group(SEDAP).followup.lkm == "" for ws in saver.saved)  # type: ignore[union-attr]


async def test_ctrl_q_with_nothing_held_quits_at_once() -> None:
    app = PraApp(make_session(followed()))
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "f6", "f6", "ctrl+q")
        await wait_until(pilot, lambda: app.return_code is not None, what="the app closed")

"""Fixtures for the group-step TUI tests: apps on a copy of Palembang, saves to memory.

Every test builds its own workshop value, session and app, so tests share no
state and run in any order or in parallel (``pytest -n 2``).

Keys are pressed with :func:`tests.tui.pilot.keys` (one at a time, settled
after each), and a test waits for what its next key needs with
:func:`tests.tui.pilot.wait_until` / :func:`tests.tui.pilot.wait_for_focus`.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import MemorySaver, make_session, palembang
from tests.tui.pilot import wait_for_step, wait_for_still_screen

SEDAP = "g-sedap-malam"
JAYA = "g-jaya-bersama"


def group_app(
    step: PraStep, ws: Workshop | None = None, saver: MemorySaver | None = None
) -> PraApp:
    """An app opened on ``step`` of the Palembang workshop (first group: Sedap Malam)."""
    return PraApp(make_session(ws or palembang(), saver=saver), step=step)


def screen_of(app: PraApp) -> WorkshopScreen:
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    return screen


async def steady(pilot: Pilot[None]) -> None:
    """Settle the screen for a picture: the step's focus in place, no blinking cursor, no notices,
    and nothing left to redraw (:func:`tests.tui.pilot.wait_for_still_screen`)."""
    screen = pilot.app.screen
    assert isinstance(screen, WorkshopScreen)
    await wait_for_step(pilot, screen.current)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    pilot.app.clear_notifications()
    await wait_for_still_screen(pilot)


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every group-step test runs in Indonesian, whatever an earlier test in this worker chose.

    The language is process-wide state (``pra.i18n.set_language``, ``$PRA_LANG``):
    an in-process CLI test with ``--lang en`` would otherwise change what a later
    test on the same xdist worker sees.
    """
    i18n.set_language("id")

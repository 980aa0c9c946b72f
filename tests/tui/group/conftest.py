"""Fixtures for the group-step TUI tests: apps on a copy of Palembang, saves to memory.

Every test builds its own workshop value, session and app, so tests share no
state and run in any order or in parallel (``pytest -n 2``).
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import MemorySaver, make_session, palembang

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
    """Settle the screen for a picture: no blinking cursor, no notifications."""
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()

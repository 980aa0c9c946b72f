"""Fixtures for the group-step TUI tests: apps on a copy of Palembang, saves to memory.

Every test builds its own workshop value, session and app, so tests share no
state and run in any order or in parallel (``pytest -n 2``).

Why key presses go through :func:`keys`: ``Pilot.press(*many)`` only waits
between keys with Textual's ``wait_for_idle``, which takes "this process used
little CPU in the last 20 ms" to mean "all work is done". Under ``pytest -n 2``
(or any other load) a process that is merely *waiting for a CPU* looks idle
too, so the next key can arrive before a deferred focus change or re-render
has happened — a key meant for one field lands in another. :func:`keys` sends
one key at a time and lets the screen drain its message queues after each
(``Pilot.press`` of a single key ends with that wait); typed text goes to one
field in one go, since characters for the same field keep their order.
"""

from __future__ import annotations

import re

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pra import i18n
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


KEY_NAMES = frozenset(
    {"enter", "tab", "space", "up", "down", "left", "right", "home", "end", "escape"}
    | {"delete", "backspace", "plus", "minus"}
)


def _is_key(item: str) -> bool:
    return (
        len(item) == 1
        or item in KEY_NAMES
        or re.match(r"^(ctrl|shift|alt)\+", item) is not None
        or re.fullmatch(r"f\d+", item) is not None
    )


async def keys(pilot: Pilot[None], *items: str) -> None:
    """Press each key (``"enter"``, ``"f6"``, ``"2"``) or type each text (``"Rajin"``), then settle."""
    for item in items:
        if _is_key(item):
            await pilot.press(item)
        else:
            await pilot.press(*item)
        await pilot.pause()


async def steady(pilot: Pilot[None]) -> None:
    """Settle the screen for a picture: no blinking cursor, no notifications."""
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every group-step test runs in Indonesian, whatever an earlier test in this worker chose.

    The language is process-wide state (``pra.i18n.set_language``, ``$PRA_LANG``):
    an in-process CLI test with ``--lang en`` would otherwise change what a later
    test on the same xdist worker sees.
    """
    monkeypatch.setattr(i18n, "_current", "id")

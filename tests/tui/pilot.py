"""The one way TUI tests drive the app: press keys one at a time, and wait for a condition.

A loaded machine (``pytest -n 2`` on two cores, a CPU hog beside it) delays
Textual's deferred work — a focus change after a refresh, a step mounted on
first visit — past the next key. So a test never sleeps a fixed time and
never relies on a burst of keys being handled in order with the screen
settled: it presses one key at a time, letting the app settle after each, and
where the next key depends on something having happened (the focus reached a
field, a text is on screen, the session holds a value) it waits for exactly
that, with a timeout generous enough that only a real failure reaches it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from pytest import MonkeyPatch
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget

from pra.model import PraStep

# A failure bound, not a pause: a condition that holds returns at once; one
# that never holds fails after this long, even on a machine under heavy load.
TIMEOUT = 30.0

KEY_NAMES = frozenset(
    {"enter", "tab", "space", "up", "down", "left", "right", "home", "end", "escape"}
    | {"delete", "backspace", "plus", "minus", "pageup", "pagedown", "insert"}
)


def is_key(item: str) -> bool:
    """A single key name (``"enter"``, ``"f6"``, ``"ctrl+z"``, ``"x"``) rather than a text to type."""
    return (
        len(item) == 1
        or item in KEY_NAMES
        or re.match(r"^(ctrl|shift|alt)\+", item) is not None
        or re.fullmatch(r"f\d+", item) is not None
    )


async def keys(pilot: Pilot[None], *items: str) -> None:
    """Press each key (``"enter"``, ``"f6"``, ``"2"``) or type each text (``"Rajin"``).

    Every key and every typed text is followed by a settle, so a deferred focus
    change lands before the next key.
    """
    for item in items:
        if is_key(item):
            await pilot.press(item)
        else:
            for char in item:
                await pilot.press(char)
        await pilot.pause()


def type_fast(pilot: Pilot[None], *items: str) -> None:
    """Send every key of ``items`` at once, as a fast typist's terminal does: no settle between.

    Keys (``"tab"``) and texts (``"Jun-Agu"``) as in :func:`keys`. The app reads
    them one after another from its queue while the previous ones are still being
    handled; wait for the result with :func:`wait_until`.
    """
    from textual import events

    for item in items:
        for key in [item] if is_key(item) else list(item):
            name = {" ": "space", "-": "minus", ",": "comma", ".": "full_stop"}.get(key, key)
            pilot.app.post_message(events.Key(name, key if len(key) == 1 else None))


async def wait_until(
    pilot: Pilot[None],
    condition: Callable[[], object],
    *,
    what: str,
    timeout: float = TIMEOUT,
) -> None:
    """Let the app run until ``condition()`` is truthy; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        if condition():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {timeout:.0f} s for: {what}")
        await pilot.pause(0.01)


async def wait_for_focus(
    pilot: Pilot[None], check: Callable[[Widget | None], object], *, what: str
) -> Widget:
    """Wait until the focused widget passes ``check``; return it."""
    app: App[None] = pilot.app
    await wait_until(pilot, lambda: check(app.focused), what=f"focus on {what}")
    focused = app.focused
    assert focused is not None
    return focused


def screen_text(app: App[None]) -> str:
    """Everything the current screen shows, as plain text: one line per terminal row.

    Read from ``App.export_screenshot`` (public API): each run of text in the SVG
    names its terminal line and its x position, so the rows are rebuilt exactly
    as a person in front of the wall reads them.
    """
    import html

    svg = app.export_screenshot()
    width = app.size.width
    rows: dict[int, list[str]] = {}
    for x, line, body in _TEXT_RUN.findall(svg):
        row = rows.setdefault(int(line), [" "] * width)
        start = round(float(x) / _CELL_WIDTH)
        for offset, char in enumerate(html.unescape(body).replace("\xa0", " ")):
            if char != "\n" and 0 <= start + offset < width:
                row[start + offset] = char
    return "\n".join("".join(rows[n]).rstrip() for n in sorted(rows))


# Rich's SVG export places every terminal cell 12.2 units apart (its fixed character width).
_CELL_WIDTH = 12.2
_TEXT_RUN = re.compile(
    r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#terminal-\d+-line-(\d+)\)">([^<]*)</text>'
)


async def wait_for_text(pilot: Pilot[None], text: str) -> None:
    """Wait until ``text`` is on the screen."""
    await wait_until(pilot, lambda: text in screen_text(pilot.app), what=f"{text!r} on screen")


async def wait_for_step(pilot: Pilot[None], step: PraStep) -> None:
    """Wait until the workshop screen shows ``step`` and that step's view holds the focus.

    A step opened for the first time is mounted, and takes the focus only after
    its first refresh: a key sent before that reaches no field (or the Stepper).
    """
    from pra.tui.screen import WorkshopScreen

    app = pilot.app

    def opened() -> bool:
        screen = app.screen
        if not isinstance(screen, WorkshopScreen) or screen.current is not step:
            return False
        view = screen.views.get(screen.current)
        focused = app.focused
        return (
            view is not None
            and view.display
            and focused is not None
            and focused in view.walk_children()
        )

    await wait_until(pilot, opened, what=f"the step {step} open with the focus in it")


def record_notices(monkeypatch: MonkeyPatch, app: App[None]) -> list[str]:
    """Every notice the app shows from now on, in order (a screen's notify goes through the app's).

    Wraps the app's own public ``App.notify`` on this instance only, so the notice
    is still shown as usual.
    """
    said: list[str] = []
    show = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        show(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    return said

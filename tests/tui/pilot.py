"""The one way TUI tests drive the app: press keys one at a time, and wait for a condition.

A loaded machine (``pytest -n 2`` on two cores, a CPU hog beside it) delays
Textual's deferred work — a focus change after a refresh, a step mounted on
first visit — past the next key. So a test never sleeps a fixed time and
never relies on a burst of keys being handled in order with the screen
settled: it presses one key at a time, letting the app settle after each, and
where the next key depends on something having happened (the focus reached a
field, a text is on screen, the session holds a value) it waits for exactly
that, with a timeout generous enough that only a real failure reaches it.
A picture of the screen (a snapshot) is taken once the screen is still
(:func:`wait_for_still_screen`), never after a bare ``pilot.pause()``.
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
# that never holds fails after this long, even on a machine under heavy load
# (30 s was passed by a 30-key burst with seven other jobs on two cores).
TIMEOUT = 60.0

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


SETTLED_ROUNDS = 3
"""How many settles in a row must leave the screen unchanged before it counts as still."""


async def wait_for_still_screen(pilot: Pilot[None], *, timeout: float = TIMEOUT) -> None:
    """Wait until the screen no longer changes: the same picture after several settles in a row.

    ``Pilot.pause()`` alone is no settle on a loaded machine: it deems the app
    idle when the process got little CPU time during a short sleep, which is
    also what happens when the machine gives it none. A picture taken then may
    show a table refilled at its width (``fill`` after the first refresh) whose
    header still has the columns of the fill before, because the DataTable
    measures its columns only when idle. Each round here lets every widget
    handle what is queued, waits for the screen's next refresh, and compares the
    whole picture (text and colours) with the one before; only
    :data:`SETTLED_ROUNDS` unchanged rounds in a row end the wait, so the
    outcome depends on the work done, not on how fast the machine is.
    """
    app: App[None] = pilot.app
    deadline = time.monotonic() + timeout
    before: str | None = None
    unchanged = 0
    while unchanged < SETTLED_ROUNDS:
        await pilot.pause()
        await app.screen.wait_for_refresh()
        # the SVG's ids are a hash of its content; the picture itself is the rest
        picture = _SVG_ID.sub("", app.export_screenshot())
        unchanged = unchanged + 1 if picture == before else 0
        before = picture
        if time.monotonic() > deadline:
            raise AssertionError(f"the screen still changes after {timeout:.0f} s")


_SVG_ID = re.compile(r"terminal-\d+")


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

"""A read-only window follows the file another window writes.

A second window on a workshop opens read-only (the first holds the lock), and
``pra show`` never takes the lock at all. Either way the file is the only link
to the window where the facilitator types, so :class:`Follower` watches it:

* every ``interval`` seconds (a Textual interval timer, on the app's thread) it
  compares the file's ``stat`` — inode, ``mtime_ns``, size — with what it last
  showed; that costs one system call, nothing is read while nothing changed;
* when the stat changed, a worker thread loads the file with the store's own
  loader (validation, migration) and the session publishes the new value, so
  every view re-renders; the screen keeps its step, group and tab, and the
  scroll positions are put back after the re-render;
* a file that does not load (a save replaced atomically is read whole, old or
  new, but another program may write it in place) leaves the last good value
  on screen, quietly, and is tried again at the next polls;
* the room's view (``pra show``) also follows where the facilitator is: when the
  stat of the place note beside the file (:mod:`pra.store.place`) changes, the note
  is read (a few bytes, on the app's thread) and handed to ``on_place``;
* when the writing window lets the workshop go (its holder note disappears)
  the session says so once (``tui.follow.writer_gone``) and stays read-only:
  opening the file again is how to edit it.

Nothing here writes: the session is read-only and this module only reads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from textual.geometry import Offset

from pra.errors import PraError
from pra.i18n import t
from pra.model import Workshop

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer
    from textual.widget import Widget

    from pra.tui.session import Session

FOLLOW_SECONDS: Final = 0.25
"""How often the file's stat is looked at (one system call; the holder note is read too).

The writing window saves 1.5 s after the last key (``session.DEBOUNCE_SECONDS``),
so an edit reaches this window about 1.8 s after it was typed (measured at
100x30 in tmux: 1.6-1.9 s); at 0.5 s it was 2.1 s."""
RETRIES: Final = 3
"""How many polls in a row a file that does not load is read again before waiting for a new write."""

Signature = tuple[int, int, int]
Loader = Callable[[Path], Workshop]
WriterCheck = Callable[[Path], str | None]
PlaceFollower = Callable[[dict[str, str]], None]


def signature(path: Path) -> Signature | None:
    """What tells one version of the file from the next: inode, mtime in ns, size."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def store_load(path: Path) -> Workshop:
    from pra import store

    return store.load(path)


def store_writer(path: Path) -> str | None:
    """Who holds the workshop's lock (described), from its holder note; ``None`` if nobody."""
    from pra.store.lock import current_writer

    holder = current_writer(path)
    return holder.describe() if holder is not None else None


class Follower:
    """Keeps a read-only :class:`Session` showing what is in its file."""

    def __init__(
        self,
        session: Session,
        *,
        interval: float = FOLLOW_SECONDS,
        loader: Loader = store_load,
        writer: WriterCheck = store_writer,
        announce: bool = True,
        on_place: PlaceFollower | None = None,
    ) -> None:
        if session.path is None:
            raise ValueError("a follower needs a session with a file")
        self.session = session
        self.path: Path = session.path
        self.interval = interval
        self.loader = loader
        self.writer = writer
        self.announce = announce
        """Say in a notice when the writing window lets go (not on the room's wall)."""
        self.on_place = on_place
        """Given the facilitator's place whenever its note changes (the room's view only)."""
        self.place_seen: Signature | None = None
        """The version of the place note last read; unknown at first, so it is read once."""
        self.shown: Signature | None = None
        """The version of the file on screen; unknown at first, so the first poll reads
        the file once (it may have changed between opening and this window's start)."""
        self.failed: Signature | None = None
        self.failures = 0
        self.loading = False
        self.writer_there = writer(self.path) is not None
        self._app: App[Any] | None = None
        self._timer: Timer | None = None

    def start(self, app: App[Any]) -> None:
        self._app = app
        self._timer = app.set_interval(self.interval, self.poll, name="follow")

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    # -- each poll ----------------------------------------------------------------
    def poll(self) -> None:
        self._check_writer()
        self._check_place()
        if self.loading or self._app is None:
            return
        seen = signature(self.path)
        if seen is None or seen == self.shown:
            return
        if seen == self.failed and self.failures >= RETRIES:
            return  # broken the same way several times: wait for the next write
        self.loading = True
        app = self._app

        def work() -> None:
            try:
                ws: Workshop | None = self.loader(self.path)
            except (PraError, OSError, ValueError):
                ws = None
            with contextlib.suppress(RuntimeError):  # the app closed while the file was read
                app.call_from_thread(self._read, seen, ws)

        app.run_worker(work, thread=True, group="follow", exit_on_error=False)

    def _check_place(self) -> None:
        if self.on_place is None:
            return
        from pra.store.place import place_path, read_place

        seen = signature(place_path(self.path))
        if seen is None or seen == self.place_seen:
            return
        self.place_seen = seen
        place = read_place(self.path)
        if place is not None:
            self.on_place(place)

    def _check_writer(self) -> None:
        holder = self.writer(self.path)
        if holder is None and self.writer_there:
            self.writer_there = False
            self.session.set_writer(None)
            if self._app is not None and self.announce:
                from pra.tui.keys import QUIT_KEY, key_display

                said = t("tui.follow.writer_gone", quit=key_display(QUIT_KEY))
                self._app.notify(said, severity="warning", timeout=10)
        elif holder is not None and (not self.writer_there or holder != self.session.held_by):
            self.writer_there = True
            self.session.set_writer(holder)

    def _read(self, seen: Signature, ws: Workshop | None) -> None:
        if ws is None:
            self._not_loaded(seen)
        else:
            self._loaded(seen, ws)

    def _not_loaded(self, seen: Signature) -> None:
        self.loading = False
        self.failures = self.failures + 1 if seen == self.failed else 1
        self.failed = seen

    def _loaded(self, seen: Signature, ws: Workshop) -> None:
        self.loading = False
        self.shown = seen
        self.failed = None
        self.failures = 0
        app = self._app
        if app is None:
            return
        if ws == self.session.workshop:
            return  # saved again unchanged (or the first read): nothing to re-render
        places = scroll_places(app)
        self.session.reload(ws)
        if places:
            app.call_after_refresh(put_back, places)


Place = tuple["Widget", Offset, object]
"""A scrolled widget, how far it was scrolled, and (for a table) the row under its cursor."""


def scroll_places(app: App[Any]) -> list[Place]:
    """Every scrolled widget of the current screen, how far it is scrolled, its table cursor."""
    from textual.widgets import DataTable

    return [
        (widget, widget.scroll_offset, _cursor(widget) if isinstance(widget, DataTable) else None)
        for widget in app.screen.query("*")
        if widget.is_scrollable and widget.scroll_offset != Offset(0, 0)
    ]


def put_back(places: list[Place]) -> None:
    """Scroll each widget that is still there back to where it was before the re-render.

    A table whose cursor moved meanwhile (the row just added in the writing
    window) is then scrolled as little as shows that row.
    """
    from textual.widgets import DataTable

    for widget, offset, cursor in places:
        if not widget.is_attached:
            continue
        widget.scroll_to(offset.x, offset.y, animate=False, immediate=True)
        if isinstance(widget, DataTable) and _cursor(widget) != cursor:
            widget.move_cursor(row=widget.cursor_row, animate=False)


def _cursor(table: Any) -> object:
    from pra.tui.widgets.table import current_key

    return current_key(table)

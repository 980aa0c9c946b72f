"""The open workshop in the TUI: the current value, undo/redo, and autosave.

Data flows one way (README.md, "Architecture"): a screen turns a key press into an
edit command (a pure function from :mod:`pra.edit`), :meth:`Session.apply` runs
it, keeps the old value for undo, publishes the new value on
:attr:`Session.changed` so every view re-renders from it, and schedules a save.
Screens never write files; saving happens in a worker so that a slow USB stick
never freezes the projected screen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from textual.signal import Signal
from textual.timer import Timer

from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, Workshop
from pra.oserrors import os_reason, say

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

Edit = Callable[[Workshop], Workshop]
Saver = Callable[[Workshop, Path], None]
Clock = Callable[[], dt.datetime]

UNDO_DEPTH: Final = 200
"""Whole workshop values are cheap to keep: records are immutable and shared."""
DEBOUNCE_SECONDS: Final = 1.0
"""Many key presses in a row become one save.

Also how long a read-only window (another ``pra open``, ``pra show``) waits for
an edit: it sees the file once saved (:mod:`pra.tui.follow`). At 1.5 s an entry
reached the projector 2.0 s after Enter on a loaded machine; at 1.0 s, 1.5 s."""
RETRY_SECONDS: Final = 10.0


def store_save(ws: Workshop, path: Path) -> None:
    """Save through :mod:`pra.store` (atomic write, backups); imported lazily."""
    import importlib

    importlib.import_module("pra.store").save(ws, path)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class Session:
    """One open workshop: its value, where it is saved, and its history.

    ``read_only`` is set when another window holds the workshop's lock
    (``held_by`` says who); every edit is then refused with a notice.
    ``clock`` and ``saver`` are injectable so that tests are deterministic.
    """

    def __init__(
        self,
        workshop: Workshop,
        path: Path | None,
        *,
        read_only: bool = False,
        held_by: str | None = None,
        saver: Saver = store_save,
        clock: Clock = _now,
        debounce: float = DEBOUNCE_SECONDS,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.workshop = workshop
        self.path = path
        self.read_only = read_only
        self.held_by = held_by
        self.saver = saver
        self.clock = clock
        self.debounce = debounce
        self.on_close = on_close
        """Releases the workshop's lock when the app closes (set by :mod:`pra.tui.files`)."""
        self.undo_stack: list[tuple[Workshop, str]] = []
        self.redo_stack: list[tuple[Workshop, str]] = []
        self.last_saved: dt.datetime | None = None
        self.save_error: str | None = None
        self.cannot_save: str | None = None
        """Why the file cannot be saved where it is (a read-only folder), found at open; cleared
        once it is saved somewhere else."""
        self.dirty = False
        self.last_error: str | None = None
        """The sentence of the last refused edit (views show it next to the input)."""
        self._app: App[Any] | None = None
        self._timer: Timer | None = None
        self._save_lock = threading.Lock()
        self._quiet = False
        self._generation = 0
        """Counts save requests; a slow older save never overwrites a newer one."""
        self._written = 0
        self.changed: Signal[Workshop] | None = None
        self.writer_gone = False
        """Read-only only: the window that held the workshop has let it go (see :mod:`pra.tui.follow`)."""
        self.followed: dt.datetime | None = None
        self.rounds: dict[str, BusinessGroup] = {}
        """A member Enter took out of a group with something (office, pledges, steps) → that
        group as he left it: back in it by Enter, all of it is given back (step 5 › Kelompok)."""
        """Read-only only: when the last change made in the writing window was shown here."""

    # -- wiring ---------------------------------------------------------------
    def attach(self, app: App[Any]) -> None:
        """Bind to the running app: its timers and workers run the autosave."""
        self._app = app
        self.changed = Signal(app, "workshop-changed")

    def _publish(self) -> None:
        if self.changed is not None:
            self.changed.publish(self.workshop)

    @contextlib.contextmanager
    def refusing_quietly(self) -> Iterator[None]:
        """Within: a refused edit sets :attr:`last_error` but shows no notice (its view says it)."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _refused(self) -> None:
        """An edit was refused: its field says so (quietly too), and the notice says why."""
        if self._app is not None:
            from pra.tui import notices

            notices.refused(self._app)
        self._notify(self.last_error or "", error=True)

    def _notify(self, message: str, *, error: bool = False) -> None:
        if error and self._quiet:
            return
        if self._app is not None:
            self._app.notify(message, severity="error" if error else "information")

    # -- editing --------------------------------------------------------------
    def apply(self, edit: Edit, *, label: str, urgent: bool = False) -> bool:
        """Run ``edit`` on the current value; ``True`` if the workshop changed.

        ``label`` names the change in the undo notice. ``urgent`` saves at once
        (a vote round, a pledge, a step) instead of after the debounce.
        A :class:`PraError` from the edit is shown as a notice and changes nothing.
        """
        self.last_error = None
        if self.read_only:
            self.last_error = t("tui.read_only_edit", who=self.held_by or "?")
            self._refused()
            return False
        try:
            new = edit(self.workshop)
        except PraError as error:
            self.last_error = error.message()
            self._refused()
            return False
        if new == self.workshop:
            return False
        self.undo_stack.append((self.workshop, label))
        del self.undo_stack[:-UNDO_DEPTH]
        self.redo_stack.clear()
        self._set(new, urgent=urgent)
        if self._app is not None:
            from pra.tui import notices

            notices.accepted(self._app)  # a refusal still shown is about a text now kept
        return True

    def undo(self) -> bool:
        if self.read_only or not self.undo_stack:
            self._notify(t("tui.nothing_to_undo"))
            return False
        previous, label = self.undo_stack.pop()
        self.redo_stack.append((self.workshop, label))
        self._set(previous, urgent=False)
        self._notify(t("tui.undone", label=label))
        return True

    def redo(self) -> bool:
        if self.read_only or not self.redo_stack:
            self._notify(t("tui.nothing_to_redo"))
            return False
        following, label = self.redo_stack.pop()
        self.undo_stack.append((self.workshop, label))
        self._set(following, urgent=False)
        self._notify(t("tui.redone", label=label))
        return True

    def _set(self, ws: Workshop, *, urgent: bool) -> None:
        self.workshop = ws
        self.dirty = True
        self._publish()
        self.schedule_save(urgent=urgent)

    def reload(self, ws: Workshop) -> None:
        """Show ``ws``, just read from the file another window writes (read-only sessions only).

        Not an edit: nothing to undo, nothing to save; every view re-renders from it.
        """
        if not self.read_only:
            return
        self.followed = self.clock()
        self.workshop = ws
        self._publish()

    def set_writer(self, held_by: str | None) -> None:
        """Who now holds the workshop (``None``: the writing window has let it go)."""
        self.writer_gone = held_by is None
        if held_by is not None:
            self.held_by = held_by
        self._publish()

    def flush(self) -> None:
        """Save now, in this thread, if anything is unsaved (the app has closed: no worker)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty or self.path is None or self.read_only:
            return
        try:
            with self._save_lock:  # waits for a save still running in a worker
                self.saver(self.workshop, self.path)
        except OSError as error:
            raise PraError(
                "tui.final_save_failed", path=str(self.path), reason=os_reason(error)
            ) from None
        self.dirty = False

    def needs_another_place(self) -> bool:
        """Unsaved changes that cannot be saved where the file is: quitting must ask where."""
        if self.read_only or not self.dirty or self.path is None:
            return False
        return self.cannot_save is not None or self.save_error is not None

    def save_to(self, path: Path) -> str | None:
        """Save now, in this thread, to ``path`` (before quitting); the reason when it fails."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        ws = self.workshop
        try:
            with self._save_lock:
                self.saver(ws, path)
        except (OSError, PraError) as error:
            return error.message() if isinstance(error, PraError) else say(error)
        self._saved(ws, path)
        return None

    def release(self) -> None:
        """Give up the workshop (its lock) once the app has closed; saving is finished by then."""
        if self.on_close is not None:
            self.on_close()
            self.on_close = None

    # -- saving ---------------------------------------------------------------
    def schedule_save(self, *, urgent: bool = False) -> None:
        """Save after a pause in typing, or at once when ``urgent``."""
        if self._app is None or self.path is None or self.read_only:
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if urgent or self.debounce <= 0:
            self.save_now()
        else:
            self._timer = self._app.set_timer(self.debounce, self.save_now)

    def save_now(self, path: Path | None = None) -> None:
        """Save the current value in a worker thread; ``path`` saves elsewhere."""
        app = self._app
        target = path or self.path
        if app is None or target is None or self.read_only:
            return
        ws = self.workshop
        self._generation += 1
        generation = self._generation

        def work() -> None:
            try:
                with self._save_lock:
                    if generation < self._written and target == self.path:
                        return  # a newer value is already on disk
                    self.saver(ws, target)
                    self._written = generation
            except (OSError, PraError) as error:
                reason = error.message() if isinstance(error, PraError) else say(error)
                app.call_from_thread(self._failed, target, reason)
            else:
                app.call_from_thread(self._saved, ws, target)

        app.run_worker(work, thread=True, group="autosave", exit_on_error=False)

    def _saved(self, ws: Workshop, target: Path) -> None:
        if target != self.path:
            self.cannot_save = None
        self.path = target
        self.last_saved = self.clock()
        self.save_error = None
        self.dirty = ws != self.workshop
        self._publish()

    def _failed(self, target: Path, reason: str) -> None:
        self.save_error = reason
        self._notify(
            self._with_keys("tui.save_failed", path=str(target), reason=reason), error=True
        )
        self._publish()
        if self._app is not None and target == self.path:
            self._timer = self._app.set_timer(RETRY_SECONDS, self.save_now)

    def _with_keys(self, key: str, screen: Screen[Any] | None = None, **params: Any) -> str:
        """A sentence naming keys, with the keys bound on ``screen`` (default: the one shown)."""
        from pra.tui.keys import key_text

        # no app (the session alone, in tests): the parts that name keys are left out
        return key_text(
            screen or (self._app.screen if self._app is not None else None), key, **params
        )

    def status(self, screen: Screen[Any] | None = None) -> str:
        """The status line: read-only, save failure, or the time of the last save.

        ``screen`` is the screen that shows it, for the key a failed save names.
        """
        if self.read_only:
            if self.writer_gone:
                status = t("tui.follow.status_writer_gone")
            else:
                status = t("tui.status_read_only", who=self.held_by or "?")
            if self.followed is not None:
                status += t("tui.follow.status_updated", time=self.followed.strftime("%H:%M:%S"))
            return status
        if self.cannot_save is not None:
            from pra.tui.keys import SAVE_AS_KEY, key_display

            return t("tui.saving.status_cannot_save", save=key_display(SAVE_AS_KEY))
        if self.save_error is not None:
            return self._with_keys("tui.status_save_failed", screen)
        if self.path is None:
            return t("tui.status_not_saved")
        if self.last_saved is None:
            return t("tui.status_unchanged") if not self.dirty else t("tui.status_saving")
        stamp = self.last_saved.strftime("%H:%M:%S")
        return t("tui.status_saved", time=stamp) + (" *" if self.dirty else "")

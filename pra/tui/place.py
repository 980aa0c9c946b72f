"""The writing window records where the facilitator is, so that the room's view follows.

:class:`PlaceRecorder` looks at the workshop screen's place (step, group, tab,
voter: :meth:`~pra.tui.screen.WorkshopScreen.place`) every ``interval`` seconds and
replaces the note beside the workshop (:mod:`pra.store.place`) only when it changed;
looking costs no system call. ``pra show`` reads the note when it changes
(:class:`~pra.tui.follow.Follower`) and opens the same place. While the follow-up
(Pendampingan) is open over the workshop, the place is ``{"step": "followup", "group": …,
"tab": …}``: the wall does not show the follow-up, and says so (:mod:`pra.tui.show`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pra.store.place import write_place

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App
    from textual.timer import Timer

    from pra.tui.session import Session


class PlaceRecorder:
    """Keeps the place note of a writable session's file up to date."""

    def __init__(self, session: Session, *, interval: float) -> None:
        self.session = session
        self.interval = interval
        self.written: tuple[object, dict[str, str]] | None = None
        """The file and the place last written to its note."""
        self._app: App[Any] | None = None
        self._timer: Timer | None = None

    def start(self, app: App[Any]) -> None:
        self._app = app
        self._timer = app.set_interval(self.interval, self.record, name="place")

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def record(self) -> None:
        from pra.tui.followup.screen import TABS, FollowUpScreen
        from pra.tui.screen import WorkshopScreen

        app, path = self._app, self.session.path
        if app is None or path is None or self.session.read_only:
            return
        top = app.screen_stack[-1] if app.screen_stack else None  # none while the app closes
        if isinstance(top, FollowUpScreen) and top.session is self.session:
            place = {"step": "followup", "tab": TABS[top.tab]}
            if top.group_id is not None:
                place["group"] = top.group_id
            self._write(path, place)
            return
        screen = next(
            (
                s
                for s in app.screen_stack
                if type(s) is WorkshopScreen and s.session is self.session
            ),
            None,
        )
        if screen is None or not screen.is_mounted:
            return
        self._write(path, screen.place())

    def _write(self, path: Path, place: dict[str, str]) -> None:
        if self.written != (path, place):
            write_place(path, place)
            self.written = (path, place)

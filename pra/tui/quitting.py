"""Quitting with changes that cannot be saved where the file is: ask where, don't lose them.

Texts held and not kept (an LKM waiting for its day) are said on the first Ctrl+Q, which
then stays; Ctrl+Q once more quits without them.

A workshop in a read-only folder (or whose last save failed) still holds the
room's edits only in memory. Ctrl+Q then opens the save-elsewhere dialog,
filled with the data folder; Enter saves there and quits, Escape goes back to
the workshop, and Ctrl+Q once more quits without saving (the final save then
says it failed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pra.i18n import t
from pra.tui.keys import QUIT_KEY, key_display

if TYPE_CHECKING:
    from textual.app import App

    from pra.tui.session import Session


def asking(app: App[Any]) -> bool:
    """Whether the where-to-save dialog is up (a second Ctrl+Q then quits)."""
    from pra.tui.dialogs import PathDialog

    return isinstance(app.screen, PathDialog) and app.screen.id == DIALOG_ID


DIALOG_ID = "save-before-quit"


def unkept(app: App[Any]) -> tuple[str, ...]:
    """The texts typed and held, not kept, that quitting would lose: an LKM typed without
    the day it was linked, a refused text on the follow-up's dashboard
    (:meth:`pra.tui.followup.dashboard.DashboardPane.unkept`), a line a step refused
    (:meth:`pra.tui.steps.StepView.unkept`: a pledge line, a group step's entry form such as
    the step line). Review rev13-code F-d: an LKM typed without its day was dropped unsaid on
    Ctrl+Q; rev13c: so was a refused pledge; rev14-facil: so was a refused step line."""
    from pra.tui.followup.dashboard import DashboardPane
    from pra.tui.steps import StepView

    return tuple(
        sentence
        for screen in app.screen_stack
        for pane in (*screen.query(DashboardPane), *screen.query(StepView))
        for sentence in pane.unkept()
    )


def changes_since(session: Session, before: list[Any]) -> list[str]:
    """The names of the changes on the undo stack that are not in ``before`` (a copy of it
    taken earlier; kept alive, so no new entry can be mistaken for an old one)."""
    new = [entry for entry in session.undo_stack if not any(entry is old for old in before)]
    return [label for _, label in new]


def ask_where_then_quit(app: App[Any], session: Session) -> None:
    """Ask where to save ``session``'s changes; save there and quit, or stay on failure/Escape."""
    from pra.tui.dialogs import PathDialog
    from pra.tui.files import workshops_folder

    assert session.path is not None
    suggested = workshops_folder() / session.path.name
    title = t("tui.saving.quit_where")

    def chosen(value: str | None) -> None:
        if not value:
            return
        target = Path(value).expanduser()
        reason = session.save_to(target)
        if reason is None:
            app.exit()
        else:
            app.notify(
                t(
                    "tui.saving.quit_save_failed",
                    path=str(target),
                    reason=reason,
                    quit=key_display(QUIT_KEY),
                ),
                severity="error",
                timeout=12,
            )

    dialog = PathDialog(title, str(suggested), "tui.saving.quit_hint")
    dialog.id = DIALOG_ID
    app.push_screen(dialog, chosen)

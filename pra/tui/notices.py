"""Where a notice (a toast) shows: one at a time, and never over the row being worked on.

At 100×30 Textual's toasts stack bottom-right, each three to six lines high:
after a few quick actions (three people removed, an entry refused, a row moved)
they hid the right half of the table, names and amounts of the focused row
included. So the newest notice replaces the ones still shown (it says what the
last action did; the older ones were about actions already seen), and it sits
at the bottom unless the row or field that has the focus is in the lower half
of the screen: then at the top, over the step's header.

A refusal ("Budi" is not a member …) is about the text that was refused: once an
edit is kept (the text corrected and entered), it is taken away rather than left
to stand beside a line that was accepted. The field that holds the refused text
keeps it and an error-coloured border (:data:`REFUSED`) until then, or until it is
emptied: after the toast has gone, what is typed next visibly joins a refused line. Clearing takes away every toast of
the screen, one still being put up included: two refusals in one turn left two
identical toasts.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

TOP = "-notices-top"
"""The screen's class that moves the notices to its top (``pra.tcss``)."""
REFUSED = "-refused"
"""The class of a field whose text was refused (``pra.tcss``: an error-coloured border):
it keeps the text, and says so until an edit is kept or the field is emptied, so what is
typed next is not read as a new entry glued to a line already kept."""

_refusing: weakref.WeakSet[App[Any]] = weakref.WeakSet()
"""The apps whose notice on screen is a refusal (severity ``error``)."""


def before(app: App[Any], severity: str) -> None:
    """Before a notice is shown (in the app's turn, in order): the others go, and it is placed."""
    clear(app)
    if severity == "error":
        _refusing.add(app)
        mark_refused(app)
    place(app)


def mark_refused(app: App[Any]) -> None:
    """The focused field holding text is the one refused: it shows so until corrected."""
    from textual.app import ScreenStackError
    from textual.widgets import Input

    try:
        focused = app.screen.focused
    except ScreenStackError:
        return
    if isinstance(focused, Input) and focused.value.strip():
        focused.add_class(REFUSED)


def unmark_refused(app: App[Any]) -> None:
    """An edit was kept: no field shows a refusal any longer."""
    from textual.app import ScreenStackError

    try:
        screen = app.screen
    except ScreenStackError:
        return
    for field in screen.query(f".{REFUSED}"):
        field.remove_class(REFUSED)


def clear(app: App[Any]) -> None:
    """Take away every notice shown, a toast still being mounted included."""
    from textual.app import ScreenStackError

    _refusing.discard(app)
    app.clear_notifications()
    try:
        screen = app.screen
    except ScreenStackError:
        return
    for rack in screen.query("ToastRack"):
        rack.remove_children()


def accepted(app: App[Any]) -> None:
    """An edit was kept: a refusal still shown is taken away, after the notices queued before."""
    app.call_later(_after_accepted, app)


def _after_accepted(app: App[Any]) -> None:
    unmark_refused(app)
    if app in _refusing:
        clear(app)


def focus_line(widget: Widget) -> int:
    """The screen line of what ``widget`` works on: a table's cursor row, else its middle."""
    from textual.widgets import DataTable, OptionList

    region = widget.region
    if isinstance(widget, DataTable) and widget.row_count and widget.cursor_row >= 0:
        rows = widget.ordered_rows[: widget.cursor_row]
        above = widget.header_height if widget.show_header else 0
        return region.y + above + sum(row.height for row in rows) - round(widget.scroll_y)
    if isinstance(widget, OptionList) and widget.highlighted is not None:
        line = region.y + widget.highlighted - round(widget.scroll_y)  # one line per option
        return max(region.y, min(line, region.bottom - 1))
    return region.y + region.height // 2


def place(app: App[Any]) -> None:
    """Put the notices where they leave the focused row or field alone."""
    from textual.app import ScreenStackError

    try:
        screen = app.screen
    except ScreenStackError:  # no screen yet (starting) or any more (closing): nothing to cover
        return
    focused = screen.focused
    low = focused is not None and focus_line(focused) >= app.size.height // 2
    screen.set_class(low, TOP)

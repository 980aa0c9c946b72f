"""Where a notice (a toast) shows: one at a time, and never over the row being worked on.

At 100×30 Textual's toasts stack bottom-right, each three to six lines high:
after a few quick actions (three people removed, an entry refused, a row moved)
they hid the right half of the table, names and amounts of the focused row
included. So the newest notice replaces the ones still shown (it says what the
last action did; the older ones were about actions already seen), and it sits
at the bottom unless the row or field that has the focus is in the lower half
of the screen: then at the top, over the step's header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

TOP = "-notices-top"
"""The screen's class that moves the notices to its top (``pra.tcss``)."""


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

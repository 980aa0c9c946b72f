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

import contextlib
import weakref
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import Iterator

    from textual.app import App
    from textual.widget import Widget
    from textual.widgets import Input

TOP = "-notices-top"
"""The screen's class that moves the notices to its top (``pra.tcss``)."""
REFUSED = "-refused"
"""The class of a field whose text was refused (``pra.tcss``: an error-coloured border):
it keeps the text, and says so until an edit is kept or the field is emptied, so what is
typed next is not read as a new entry glued to a line already kept."""

_refusing: weakref.WeakSet[App[Any]] = weakref.WeakSet()
"""The apps whose notice on screen is a refusal (severity ``error``)."""
_subjects: weakref.WeakKeyDictionary[App[Any], Widget] = weakref.WeakKeyDictionary()
"""Per app, the field whose text is being kept as the focus leaves it (:func:`about`)."""
_bound: weakref.WeakKeyDictionary[App[Any], Widget] = weakref.WeakKeyDictionary()
"""Per app, the widget the notice shown is about while it has the focus (:func:`while_here`)."""


_lines: weakref.WeakKeyDictionary[App[Any], int] = weakref.WeakKeyDictionary()
"""Per app, about how many lines the notice shown takes (:func:`toast_lines`)."""

KEPT_CLEAR = (".summary", ".arithmetic")
"""The lines a notice never covers when the other edge of the screen is free: the sums
(Swadaya, the capital's arithmetic, the analysis) sit at the bottom of their steps, and a
notice at the bottom hid them (rev13/rev14: "Swadaya: … barang Rp 7▌", the line under the
Swadaya total)."""


def toast_lines(app: App[Any], message: str) -> int:
    """About how many screen lines a toast saying ``message`` takes: Textual's toast is 60
    columns wide at most and half the screen at most, less its border and padding (3)."""
    from rich.cells import cell_len

    width = max(10, min(60, app.size.width // 2) - 3)
    # words wrap, not letters: a tenth more than the letters' lines
    return sum(
        max(1, -(-(cell_len(part) * 11 // 10) // width)) for part in message.splitlines() or [""]
    )


def before(app: App[Any], severity: str, message: str = "") -> None:
    """Before a notice is shown (in the app's turn, in order): the others go, and it is placed."""
    clear(app)
    if severity == "error":
        _refusing.add(app)
    _lines[app] = toast_lines(app, message)
    place(app)


@contextlib.contextmanager
def about(field: Widget) -> Iterator[None]:
    """Within: an edit refused is about ``field``'s text, not the focused widget's.

    A field kept when the focus leaves it (a date, an amount) is kept after the focus
    has moved on: the refusal must mark the field left, not the one Tab went to.
    """
    app = field.app
    _subjects[app] = field
    try:
        yield
    finally:
        _subjects.pop(app, None)


def while_here(app: App[Any], widget: Widget) -> None:
    """The notice just given is true only while ``widget`` has the focus and nothing is kept:
    "Pindah ke tabel dulu (Tab)…" once Tab moved into the table, "Dibatalkan: ketikan
    terakhir…" once Enter kept the line. It goes when the focus moves or an edit is kept.
    Call right after ``notify`` (queued after the notice's own :func:`before`)."""
    app.call_later(_bind, app, widget)


def _bind(app: App[Any], widget: Widget) -> None:
    _bound[app] = widget


def focus_moved(app: App[Any], focused: Widget | None) -> None:
    """The focus went to ``focused``: a notice true only where it was (:func:`while_here`) goes."""
    bound = _bound.get(app)
    if bound is not None and bound is not focused:
        clear(app)


def refused(app: App[Any], field: Widget | None = None) -> None:
    """An edit was refused just now: the field holding its text shows so until corrected.

    That field is ``field`` if given, else the one being kept as the focus leaves it
    (:func:`about`), else the focused one (Enter in an entry line). Called where the
    refusal happens, in the same turn, so the focus has not moved on yet; a notice of
    another kind (a save that failed) marks nothing.
    """
    from textual.app import ScreenStackError
    from textual.widgets import Input

    if field is None:
        field = _subjects.get(app)
    if field is None:
        try:
            field = app.screen.focused
        except ScreenStackError:
            return
    if isinstance(field, Input) and field.value.strip():
        field.add_class(REFUSED)


@runtime_checkable
class HoldsRefused(Protocol):
    """A view that keeps a refused text in its field while it is shown (a workshop step,
    :meth:`~pra.tui.steps.base.StepView.holds_refused`; the follow-up's meeting tab): the
    field then keeps its error border when another edit is kept. Any view with this method
    is one; this module names none of them."""

    def holds_refused(self, field: Input) -> bool: ...


def unmark_refused(app: App[Any]) -> None:
    """An edit was kept: no field shows a refusal any longer, but those whose refused text
    the view around them still holds and says (:class:`HoldsRefused`)."""
    from textual.app import ScreenStackError
    from textual.widgets import Input

    try:
        screen = app.screen
    except ScreenStackError:
        return
    for field in screen.query(f".{REFUSED}"):
        view = next((node for node in field.ancestors if isinstance(node, HoldsRefused)), None)
        if view is not None and isinstance(field, Input) and view.holds_refused(field):
            continue
        field.remove_class(REFUSED)


def clear(app: App[Any]) -> None:
    """Take away every notice shown, a toast still being mounted included."""
    from textual.app import ScreenStackError

    _refusing.discard(app)
    _bound.pop(app, None)
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
    if app in _refusing or app in _bound:
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
    """Put the notices where they leave the focused row or field alone, and the sums too
    (:data:`KEPT_CLEAR`) where the other edge leaves both alone.

    At the bottom a notice takes the lines just above the footer, at the top those just
    under the title bar. The focused row decides first (it is what is being worked on);
    then the edge covering fewer lines of sums wins, the bottom when even.
    """
    from textual.app import ScreenStackError

    try:
        screen = app.screen
    except ScreenStackError:  # no screen yet (starting) or any more (closing): nothing to cover
        return
    height = app.size.height
    lines = _lines.get(app, 3)
    bottom = range(height - 1 - lines, height - 1)
    top = range(1, 1 + lines)
    focused = screen.focused
    focus = focus_line(focused) if focused is not None else None
    if focus in bottom:
        low = True  # the focus is low: the notices go to the top
    elif focus in top:
        low = False
    else:
        sums = [w.region for w in screen.query(", ".join(KEPT_CLEAR)) if w.region]
        under_bottom = sum(len(set(bottom) & set(range(r.y, r.bottom))) for r in sums)
        under_top = sum(len(set(top) & set(range(r.y, r.bottom))) for r in sums)
        low = under_top < under_bottom or (
            under_top == under_bottom and focus is not None and focus >= height // 2
        )
    screen.set_class(low, TOP)

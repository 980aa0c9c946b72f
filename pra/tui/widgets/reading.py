"""Text to read that Tab reaches and the arrow keys scroll: nothing that matters below the fold.

A step's verdict (the analysis summary: repayment capacity, the months the cash
runs short) sits under a table in a tab that scrolls as a whole. At 100x30 it
can end below the screen's edge, where no key reached it. :class:`ReadingBox`
takes the focus (Tab), shows it with a thick border on its left like a table,
and scrolls the tab around it when it gets the focus (the whole box comes into
view when it fits) and with ↑/↓, PgUp/PgDn, Home/End. :class:`ReadingScroll` is
a scrolling region Tab reaches, whose keys the footer names.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from pra.i18n import t

SCROLL_KEYS: list[BindingType] = [
    Binding("up", "read(-1)", show=False),
    Binding("down", "read(1)", t("tui.reading.key"), key_display="↑↓"),
    Binding("pageup", "read_page(-1)", show=False),
    Binding("pagedown", "read_page(1)", show=False),
    Binding("home", "read_end(-1)", show=False),
    Binding("end", "read_end(1)", show=False),
]
"""The reading keys; the footer shows ``↑↓ Gulir`` while a reading region has the focus."""


def scroller(widget: Widget) -> ScrollableContainer | None:
    """The nearest scrolling container around ``widget``."""
    for node in widget.ancestors:
        if isinstance(node, ScrollableContainer):
            return node
    return None


def _scroll(box: ScrollableContainer | None, action: str, sign: int) -> None:
    if box is None:
        return
    if action == "line":
        (box.scroll_down if sign > 0 else box.scroll_up)(animate=False)
    elif action == "page":
        (box.scroll_page_down if sign > 0 else box.scroll_page_up)(animate=False)
    else:
        (box.scroll_end if sign > 0 else box.scroll_home)(animate=False)


class ReadingBox(Static, can_focus=True):
    """A text Tab reaches; its keys scroll the tab around it (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = SCROLL_KEYS

    def on_focus(self) -> None:
        self.call_after_refresh(self._into_view)

    def _into_view(self) -> None:
        box = scroller(self)
        if box is not None:
            # the whole box when it fits, else its top: read on with ↓
            box.scroll_to_widget(self, animate=False, top=self.outer_size.height > box.size.height)

    def action_read(self, sign: int) -> None:
        _scroll(scroller(self), "line", sign)

    def action_read_page(self, sign: int) -> None:
        _scroll(scroller(self), "page", sign)

    def action_read_end(self, sign: int) -> None:
        _scroll(scroller(self), "end", sign)


class ReadingScroll(VerticalScroll, can_focus=True):
    """A scrolling region Tab reaches; the footer names its keys (``↑↓ Gulir``)."""

    BINDINGS: ClassVar[list[BindingType]] = SCROLL_KEYS

    def action_read(self, sign: int) -> None:
        _scroll(self, "line", sign)

    def action_read_page(self, sign: int) -> None:
        _scroll(self, "page", sign)

    def action_read_end(self, sign: int) -> None:
        _scroll(self, "end", sign)

"""A list of things to tick whose ticked and unticked rows never look alike, and never cut.

Textual's ``SelectionList`` draws the same ``▐X▌`` before every row and tells a
ticked one only by the colour of the X: on a projector (and with ``NO_COLOR``)
an unticked person looked ticked. :class:`TickList` writes the state as a
shape instead, ``[x]`` or ``[ ]``, the tick in bold; the highlighted row keeps
the list's reverse style, so the focus and the tick are read apart.

``SelectionList`` also cuts a long row with an ellipsis (``3. Mencari tepung
terigu dan bah…``): a TickList wraps it, the next lines under the row's text
and the tick only on its first line.
"""

from __future__ import annotations

from typing import ClassVar, Final, TypeVar

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

ValueT = TypeVar("ValueT")

TICKED: Final = "[x] "
UNTICKED: Final = "[ ] "


class TickList(SelectionList[ValueT]):
    """A ``SelectionList`` whose rows start with ``[x]`` (ticked) or ``[ ]`` and wrap."""

    DEFAULT_CSS: ClassVar[str] = """
    TickList {
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """A highlight posted before the list was emptied (two renders in one turn: an edit
        kept, then another group without assessments shown) names a row no longer there:
        dropped, where ``SelectionList`` raised building its own message from it."""
        if not 0 <= event.option_index < self.option_count:
            event.stop()
            event.prevent_default()  # SelectionList's handler is not called

    def _get_left_gutter_width(self) -> int:
        return len(TICKED)

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)
        # a wrapped row takes several lines: which row, and which of its lines, is this?
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, OptionDoesNotExist):
            return line
        ticked = selection.value in self.selected
        base = next(iter(line)).style or self.rich_style
        style = base + Style(bold=True) if ticked else base
        style += Style(meta={"option": index})
        mark = (TICKED if ticked else UNTICKED) if offset == 0 else " " * len(TICKED)
        return Strip([Segment(mark, style=style), *line])

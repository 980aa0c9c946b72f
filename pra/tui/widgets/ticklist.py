"""A list of things to tick whose ticked and unticked rows never look alike.

Textual's ``SelectionList`` draws the same ``▐X▌`` before every row and tells a
ticked one only by the colour of the X: on a projector (and with ``NO_COLOR``)
an unticked person looked ticked. :class:`TickList` writes the state as a
shape instead, ``[x]`` or ``[ ]``, the tick in bold; the highlighted row keeps
the list's reverse style, so the focus and the tick are read apart.
"""

from __future__ import annotations

from typing import Final, TypeVar

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

ValueT = TypeVar("ValueT")

TICKED: Final = "[x] "
UNTICKED: Final = "[ ] "


class TickList(SelectionList[ValueT]):
    """A ``SelectionList`` whose rows start with ``[x]`` (ticked) or ``[ ]`` (not ticked)."""

    def _get_left_gutter_width(self) -> int:
        return len(TICKED)

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)
        _, scroll_y = self.scroll_offset
        try:
            selection = self.get_option_at_index(scroll_y + y)
        except OptionDoesNotExist:
            return line
        ticked = selection.value in self.selected
        base = next(iter(line)).style or self.rich_style
        style = base + Style(bold=True) if ticked else base
        style += Style(meta={"option": scroll_y + y})
        return Strip([Segment(TICKED if ticked else UNTICKED, style=style), *line])

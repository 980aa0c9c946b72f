"""A choice field that knows the options it offers, through Textual's public API only.

Textual's ``Select`` keeps its options in a private attribute; code that must know
whether a new list differs from the one shown (and so whether ``set_options``, which
resets the selection, is needed at all) reads :attr:`ChoiceSelect.offered` instead.
It holds the options given at construction from the start, so the first display,
with the same options, never resets a value chosen before it.

Its open list names its Esc key in the catalogue's words (Textual's own list says
"Dismiss menu" in English in the footer).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Input, Select

# the open list of a Select: not exported by textual.widgets, subclassed for its Esc words only
from textual.widgets._select import SelectCurrent, SelectOverlay

from pra.i18n import t


class ChoiceOverlay(SelectOverlay):
    """The open list of a :class:`ChoiceSelect`: Esc closes it, said in the catalogue's words."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", t("tui.choice.close_list"))
    ]


class ChoiceSelect(Select[str]):
    """A ``Select`` of text values that keeps :attr:`offered`, the options it shows."""

    def __init__(
        self, options: Iterable[tuple[str, str]], *, type_to_search: bool = True, **kwargs: object
    ) -> None:
        self.searched = type_to_search
        """Does typing on the open list jump to the option it spells (Textual's default)?"""
        self.offered: list[tuple[str, str]] = list(options)
        """``(label, value)`` of each option offered, in order (the blank one not counted)."""
        super().__init__(self.offered, type_to_search=type_to_search, **kwargs)  # type: ignore[arg-type]

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield ChoiceOverlay(type_to_search=self.searched).data_bind(compact=Select.compact)

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:  # type: ignore[override]
        self.offered = list(options)
        super().set_options(self.offered)

    def offers(self, options: Iterable[tuple[str, str]]) -> bool:
        """Whether exactly these options are offered already (so nothing needs setting)."""
        return list(options) == self.offered


def line_beside(widget: Widget) -> Input | None:
    """The entry line beside a closed dropdown (the first shown field of its row or form):
    where a letter typed on the dropdown belongs, since a printable key only ever becomes
    text (``None`` for anything else, an open list included: it searches its options)."""
    if not isinstance(widget, Select) or widget.expanded or widget.parent is None:
        return None
    for sibling in widget.parent.children:
        if isinstance(sibling, Input) and sibling.display and sibling.focusable:
            return sibling
    return None

"""A choice field that knows the options it offers, through Textual's public API only.

Textual's ``Select`` keeps its options in a private attribute; code that must know
whether a new list differs from the one shown (and so whether ``set_options``, which
resets the selection, is needed at all) reads :attr:`ChoiceSelect.offered` instead.
It holds the options given at construction from the start, so the first display,
with the same options, never resets a value chosen before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import Select


class ChoiceSelect(Select[str]):
    """A ``Select`` of text values that keeps :attr:`offered`, the options it shows."""

    def __init__(self, options: Iterable[tuple[str, str]], **kwargs: object) -> None:
        self.offered: list[tuple[str, str]] = list(options)
        """``(label, value)`` of each option offered, in order (the blank one not counted)."""
        super().__init__(self.offered, **kwargs)  # type: ignore[arg-type]

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:  # type: ignore[override]
        self.offered = list(options)
        super().set_options(self.offered)

    def offers(self, options: Iterable[tuple[str, str]]) -> bool:
        """Whether exactly these options are offered already (so nothing needs setting)."""
        return list(options) == self.offered

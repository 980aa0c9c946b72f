"""A one-line field whose whole text stays readable: wrapped under it when it does not fit.

A one-line ``Input`` scrolls sideways: a value wider than the field shows its
start while it is left and its end while the cursor is there, never both
(two facilitators' names, a long rule for voluntary savings). :class:`WholeLine`
holds the field and, right under it, a muted line with the field's whole text,
wrapped, shown only while the field cuts its text: never a second copy of a value
that fits. A text exactly as wide as the field fits while the field is left, and is
cut (its first letter) while the cursor sits after it. The line follows every change
of the text (typed or shown again), of the field's width and of its focus.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static


class WholeLine(Vertical):
    """``field`` and, while its text is wider than it, that whole text wrapped under it."""

    DEFAULT_CSS: ClassVar[str] = """
    WholeLine {
        height: auto;
    }
    WholeLine > .whole-text {
        height: auto;
        color: $text-muted;
        padding: 0 1;
        display: none;
    }
    """

    def __init__(self, field: Input, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.field = field

    def compose(self) -> ComposeResult:
        yield self.field
        yield Static("", markup=False, classes="whole-text")

    def on_mount(self) -> None:
        self.call_after_refresh(self.follow)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self.field:
            self.follow()

    def on_resize(self) -> None:
        self.call_after_refresh(self.follow)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.follow()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        self.follow()

    def follow(self) -> None:
        """Show the whole text under the field while the field cuts it."""
        if not self.is_attached:
            return
        text = self.field.value
        width = self.field.content_size.width
        # a focused field scrolls once the text and the cursor after it need more than its
        # width; a field left shows its text from the start, cut only when wider than it
        whole = self.query_one(".whole-text", Static)
        cursor = 1 if self.field.has_focus else 0
        too_wide = width > 0 and cell_len(text) + cursor > width
        if too_wide and str(whole.content) != text:
            whole.update(text)
        if whole.display != too_wide:
            whole.display = too_wide

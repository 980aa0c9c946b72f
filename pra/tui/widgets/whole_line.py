"""A one-line field whose whole text stays readable: wrapped under it when it does not fit.

A one-line ``Input`` scrolls sideways: a value wider than the field shows its
start while it is left and its end while the cursor is there, never both
(two facilitators' names, a long rule for voluntary savings). :class:`WholeLine`
holds the field and a line with the field's whole text, wrapped, shown only while
the field cuts its text: never a second copy of a value that fits.

- Left (not focused), a field that cuts its text is folded away and the whole text,
  wrapped, stands in its place, in the field's colours: the value is on screen once,
  whole (it was shown twice, once cut in the field and once whole under it, issue #12).
  The text keeps the field's place in the Tab order: reached by Tab or Shift+Tab (or
  clicked), it hands the focus to the field, which unfolds.
- Focused, the field shows its text with the cursor (its end, when long) and the whole
  text, muted, right under it, so the start can be read while typing.

A text exactly as wide as the field fits while the field is left, and is cut (its
first letter) while the cursor sits after it. The line follows every change of the
text (typed or shown again), of the field's width and of its focus.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static


class _WholeText(Static):
    """The whole text; while its field is folded it is the field's Tab stop and hands the
    focus on to it."""

    def on_focus(self) -> None:
        line = self.parent
        if isinstance(line, WholeLine):
            line.unfold()


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
    /* folded: the field takes no row, its whole text stands there (and is its Tab stop) */
    WholeLine > Input.-folded {
        height: 0;
    }
    WholeLine.-folded > .whole-text {
        color: $text;
    }
    """

    FOLDED: ClassVar[str] = "-folded"

    def __init__(self, field: Input, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.field = field

    def compose(self) -> ComposeResult:
        yield self.field
        yield _WholeText("", markup=False, classes="whole-text")

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

    def on_click(self) -> None:
        """A click on the folded text is a click on its field: it takes the focus."""
        if self.has_class(self.FOLDED):
            self.unfold()

    def unfold(self) -> None:
        """The field back in its place, with the focus (the text reached by Tab or a click)."""
        self.field.remove_class(self.FOLDED)
        self.remove_class(self.FOLDED)
        self.query_one(".whole-text", Static).can_focus = False
        self.field.focus()

    def follow(self) -> None:
        """Show the whole text while the field cuts it: in the field's place while the field
        is left, under it while the cursor is in it."""
        if not self.is_attached:
            return
        text = self.field.value
        # the field's text width from the line's own: a folded field takes no row, and its
        # own size then said nothing (it unfolded, folded again, and so on)
        width = self.content_size.width - self.field.styles.gutter.width
        # a focused field scrolls once the text and the cursor after it need more than its
        # width; a field left shows its text from the start, cut only when wider than it
        whole = self.query_one(".whole-text", Static)
        cursor = 1 if self.field.has_focus else 0
        too_wide = width > 0 and cell_len(text) + cursor > width
        if too_wide and str(whole.content) != text:
            whole.update(text)
        if whole.display != too_wide:
            whole.display = too_wide
        folded = too_wide and not self.field.has_focus
        self.set_class(folded, self.FOLDED)
        self.field.set_class(folded, self.FOLDED)
        whole.can_focus = folded  # the field's Tab stop while it takes no row

"""What the follow-up tabs share: the session, the current group, edits through the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.widget import Widget
from textual.widgets import Input

from pra.model import BusinessGroup, Workshop
from pra.tui import notices
from pra.tui.keys import undo_hint
from pra.tui.widgets.field import TextField

if TYPE_CHECKING:
    from pra.tui.session import Session


class FollowUpPane(Widget):
    """One tab of the follow-up screen; :meth:`show` re-renders it from the workshop."""

    def __init__(self, session: Session, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="followup-pane")
        self.session = session
        self.ws: Workshop = session.workshop
        self.group_id: str | None = None

    @property
    def group(self) -> BusinessGroup | None:
        return self.ws.group(self.group_id) if self.group_id else None

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.select_on_focus = False  # the first letter typed never replaces a value

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A field taking the focus puts its cursor after its text: what is typed adds to it.

        The footer's keys follow the focus (a row key only while its table has it).
        """
        if isinstance(event.widget, Input):
            event.widget.cursor_position = len(event.widget.value)
        self.screen.refresh_bindings()

    def refresh_pane(self, group_id: str | None) -> None:
        self.ws = self.session.workshop
        self.group_id = group_id
        self.show(self.ws, group_id)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Keep what is typed in the focused field and not yet kept, for the group (and meeting)
        it was typed for: called before another group or meeting is shown (F3, ^←/^→) and on
        quitting. With the focus still in the field no blur keeps it, and the next group's
        value was shown beside it, or the next blur kept it under the next group. Done here
        once for every tab; each says how a field is kept (:meth:`keep`)."""
        for field in self.pending():
            with notices.about(field):  # refused: the notice names the field
                self.keep(field)

    def pending(self) -> list[Input]:
        """The fields :meth:`commit_pending` keeps: the focused one, when it is this tab's (a
        tab adds its entry lines kept on Enter only, which hold their text when left)."""
        focused = self.screen.focused
        return [focused] if isinstance(focused, Input) and focused in self.query(Input) else []

    def keep(self, field: Input) -> None:
        """Keep what ``field`` holds, as leaving it (or Enter, for a field kept on Enter only)
        would; a field that keeps nothing by itself (a new date line) is left as it is."""

    def typing_in(self, field: Input) -> bool:
        """Is the mentor typing in ``field`` (focused, with typing not yet kept)? A value
        shown now would overwrite it; a focused field with nothing pending may be rewritten."""
        pending = field.has_typing if isinstance(field, TextField) else True
        return field is self.screen.focused and pending

    def show_value(self, field: Input, value: str) -> None:
        """Show ``value`` in ``field`` unless it holds typing not yet kept.

        A focused field is rewritten too when nothing typed in it is pending: after Enter
        kept it, an undo or redo of that edit must show in it (else the field kept showing
        the undone text, and leaving it kept that text again).
        """
        if self.typing_in(field):
            return
        if field.value != value:
            field.value = value

    def focus_first(self) -> None:
        """The first field of the tab, focused at once (not deferred): a tab switch follows the
        focus, so a focus still pending when F6 is pressed again would bring this tab back."""
        for widget in self.query("*"):
            if widget.can_focus and widget.display:
                self.screen.set_focus(widget)
                return

    def change(self, fn: Callable[[Workshop, str], Workshop], label: str) -> bool:
        """Apply ``fn(ws, group id)`` through the session (undo, autosave, re-render)."""
        gid = self.group_id
        if gid is None:
            return False
        return self.session.apply(lambda ws: fn(ws, gid), label=label, urgent=True)

    def removed(self, fn: Callable[[Workshop, str], Workshop], said: str) -> bool:
        """A removal: done at once, and a toast says what went and that Ctrl+Z brings it back."""
        done = self.change(fn, said)
        if done:
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)
        return done

    def typing_target(self, widget: Widget, character: str) -> bool:
        """A printable key typed on ``widget`` (no text field): ``True`` when it was used."""
        return False

    def on_key(self, event: events.Key) -> None:
        """Printable keys are text: one the focused widget does not take never acts."""
        if not event.is_printable or event.character is None:
            return
        focused = self.screen.focused
        if focused is None or focused.check_consume_key(event.key, event.character):
            return
        event.stop()
        event.prevent_default()
        if not self.typing_target(focused, event.character):
            self.type_beside(focused, event.character)

    def type_beside(self, widget: Widget, character: str) -> None:
        """A key typed on a closed dropdown goes to the entry line beside it, which takes the
        focus (appended: the keys typed before the focus moves all land there, in order)."""
        from pra.tui.widgets.choice import line_beside

        line = line_beside(widget)
        if line is None:
            return
        line.cursor_position = len(line.value)
        line.insert_text_at_cursor(character)
        line.focus()

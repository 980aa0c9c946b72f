"""Step 0, preparation (persiapan): where and when, and who runs the workshop."""

from __future__ import annotations

from typing import Final

from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.widgets import Input, Label

from pra.edit import info
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.field import TextField
from pra.tui.widgets.whole_line import WholeLine

FIELDS: Final = (
    "title",
    "province",
    "city",
    "district",
    "village",
    "rw",
    "rt",
    "date",
    "venue",
    "facilitators",
    "mentor",
    "partner",
    "lurah",
)


class FormScroll(VerticalScroll, can_focus=False):
    """The form's scrolling area: never a Tab stop of its own.

    It took the focus between the step list and the title, with nothing on screen
    showing it, and the keys typed there went nowhere. It still scrolls to the
    focused field.
    """


@register
class PreparationView(StepView):
    """A form: Enter (or leaving a field) keeps what was typed."""

    step = PraStep.PREPARATION

    def compose(self) -> ComposeResult:
        ws = self.session.workshop
        with FormScroll(), Grid(id="prep-form"):
            for name in FIELDS:
                yield Label(t(f"tui.prep.{name}"), classes="field-label")
                # Filled in here, not in show() after mounting: no second styling
                # pass and layout for every field before the first frame.
                self.rendered[name] = value = info.field_text(ws, name)
                # a value wider than the field (two facilitators) is shown whole under it
                yield WholeLine(
                    TextField(
                        value,
                        placeholder=t(f"tui.prep.{name}_hint"),
                        id=f"f-{name}",
                        # "-valid" is the class Input gives itself for a value it has no
                        # validator for; given here, that does not restyle each field
                        # (and its four component parts) before it is even mounted.
                        classes="field -valid" if value else "field",
                        compact=True,
                    )
                )
        # why a field's text was not kept (a date that is none); shown only then
        yield self.refusal_line("prep-refusal")

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.rendered: dict[str, str] = {}
        """What each field last showed: a field being typed in is left alone."""

    def focus_first(self) -> None:
        """The title field, not the scrolling form around it: typing starts at once."""
        self.query_one("#f-title", Input).focus()

    def show(self, ws: Workshop, group_id: str | None) -> None:
        for name in FIELDS:
            field = self.query_one(f"#f-{name}", Input)
            if field.has_focus and field.value != self.rendered.get(name, ""):
                continue
            if self.holds_refused(field):
                continue  # not kept: the text stays beside the sentence that says why
            value = self.rendered[name] = info.field_text(ws, name)
            if field.value != value:
                field.value = value

    def _keep(self, field: Input) -> bool:
        """Keep what ``field`` holds; ``False`` if it was refused (a date that is none)."""
        name = (field.id or "").removeprefix("f-")
        if name not in FIELDS:
            return True
        value = field.value
        return self.keep_field(
            field,
            changed=value != info.field_text(self.session.workshop, name),
            apply=lambda: self.edit(
                lambda ws: info.set_field(ws, name, value), label=t(f"tui.prep.{name}")
            ),
        )

    def commit_pending(self) -> None:
        field = self.focused_input()
        if field is not None:
            self._keep(field)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._keep(event.input):
            self.screen.focus_next()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self._keep(event.input)

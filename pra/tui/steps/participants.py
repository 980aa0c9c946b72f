"""Step 1, participants (peserta): fast entry, attendance, edit, delete, reorder.

Typing a name and pressing Enter adds the person and leaves the cursor in the
field for the next name: a register of 25 people takes a couple of minutes.
``e`` on a row puts its name in the field to change it: a line above the field
says so until Enter keeps the new name, or Esc (or leaving the field) cancels.
Pasting a list of names (one a line, e.g. from a spreadsheet column or a chat
message) adds them all in one step, which one undo takes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from pra.edit import participants as edits
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.table import Cell, current_key, fill, move_to


def pasted_names(text: str) -> tuple[str, ...]:
    """The non-blank lines of a paste, stripped: one name (and maybe ", RT") a line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def add_all(ws: Workshop, entries: tuple[tuple[str, str], ...]) -> Workshop:
    """Add every ``(name, rt)`` in order, as Enter adds one."""
    for person, rt in entries:
        ws = edits.add_participant(ws, person, rt=rt)
    return ws


class NameField(Input):
    """The name field. Textual's input keeps only the first line of a paste; here a
    paste of several names goes to the view whole (:class:`NameField.Pasted`)."""

    class Pasted(Message):
        """Several names were pasted into the field."""

        def __init__(self, field: NameField, names: tuple[str, ...]) -> None:
            super().__init__()
            self.field = field
            self.names = names

    def _on_paste(self, event: events.Paste) -> None:
        names = pasted_names(event.text)
        lines = event.text.splitlines()
        if len(names) == 1 and len(lines) > 1 and not lines[0].strip():
            # One name after a blank line: Input would insert the blank first line.
            event.stop()
            event.prevent_default()  # not Input's own paste as well
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(names[0])
            else:
                self.replace(names[0], *selection)
        elif len(names) > 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.Pasted(self, names))
        # else: one line, Input's own paste puts it at the cursor as before


@register
class ParticipantsView(StepView):
    step = PraStep.PARTICIPANTS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "present", t("tui.people.key_present")),
        Binding("s", "sex", t("tui.people.key_sex")),
        Binding("k", "household", t("tui.people.key_household")),
        Binding("e", "rename", t("tui.people.key_edit")),
        Binding("delete,d", "remove", t("tui.key.delete")),
        Binding("shift+up,minus", "move(-1)", t("tui.key.move_up"), show=False),
        Binding("shift+down,plus", "move(1)", t("tui.key.move_down"), show=False),
        Binding("escape", "cancel_rename", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.renaming: str | None = None
        """The participant whose name the field is changing; ``None`` while adding."""

    def compose(self) -> ComposeResult:
        yield Static(id="people-count", classes="section-title")
        renaming = Static(id="people-renaming", classes="message")
        renaming.display = False
        yield renaming
        yield NameField(placeholder=t("tui.people.new_hint"), id="people-name")
        yield DataTable(id="people-table", cursor_type="row", zebra_stripes=True)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        present = sum(1 for p in ws.participants if p.present)
        self.query_one("#people-count", Static).update(
            t("tui.people.count", n=len(ws.participants), present=present)
        )
        yes, no = t("tui.yes"), t("tui.no")
        columns = [
            t("tui.people.col_no"),
            t("tui.people.col_name"),
            t("tui.people.col_sex"),
            t("tui.people.col_household"),
            t("tui.people.col_rt"),
            t("tui.people.col_present"),
        ]
        rows: list[tuple[str, list[Cell]]] = [
            (
                p.id,
                [
                    str(i),
                    p.name,
                    t(f"sex.{p.sex}") if p.sex else "–",
                    yes if p.household_head else no,
                    p.rt or "–",
                    f"✓ {t('tui.people.here')}" if p.present else f"✗ {t('tui.people.away')}",
                ],
            )
            for i, p in enumerate(ws.participants, 1)
        ]
        fill(self.query_one("#people-table", DataTable), columns, rows)
        if self.renaming is not None and ws.participant(self.renaming) is None:
            self.cancel_rename()  # an undo took the person away

    def focus_first(self) -> None:
        self.query_one("#people-name", Input).focus()

    def select_participant(self, participant_id: str) -> None:
        table = self.query_one("#people-table", DataTable)
        move_to(table, participant_id)
        table.focus()

    def _selected(self) -> str | None:
        return current_key(self.query_one("#people-table", DataTable))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        if not name:
            self.cancel_rename()
            self.query_one("#people-table", DataTable).focus()
            return
        if self.renaming is not None:
            pid = self.renaming
            changed = self.edit(
                lambda ws: edits.update_participant(ws, pid, name=name),
                label=t("tui.people.renamed", name=name),
            )
            if changed:
                self.cancel_rename()
        else:
            person, rt = edits.split_name_rt(name)
            changed = self.edit(
                lambda ws: edits.add_participant(ws, person, rt=rt),
                label=t("tui.people.added", name=person),
            )
        if changed:
            event.input.value = ""

    def on_name_field_pasted(self, event: NameField.Pasted) -> None:
        """A pasted list: every line added as Enter would add it, in one undoable change."""
        event.stop()
        self.cancel_rename()  # a list is new people, not one person's new name
        entries = tuple(edits.split_name_rt(name) for name in event.names)
        said = t("tui.people.pasted", n=len(entries))
        if self.edit(lambda ws: add_all(ws, entries), label=said):
            self.notify(said)

    def _on_selected(self, fn: Callable[[Workshop, str], Workshop], label_key: str) -> None:
        pid = self._selected()
        if pid is None:
            return
        person = self.session.workshop.participant(pid)
        name = person.name if person else pid
        self.edit(lambda ws: fn(ws, pid), label=t(label_key, name=name))

    def action_present(self) -> None:
        self._on_selected(edits.toggle_present, "tui.people.changed")

    def action_sex(self) -> None:
        self._on_selected(edits.cycle_sex, "tui.people.changed")

    def action_household(self) -> None:
        self._on_selected(edits.toggle_household_head, "tui.people.changed")

    def action_remove(self) -> None:
        self._on_selected(edits.remove_participant, "tui.people.removed")

    def action_move(self, delta: int) -> None:
        self._on_selected(
            lambda ws, pid: edits.move_participant(ws, pid, delta), "tui.people.changed"
        )

    def action_rename(self) -> None:
        pid = self._selected()
        person = self.session.workshop.participant(pid) if pid else None
        if person is None:
            return
        self.renaming = person.id
        label = self.query_one("#people-renaming", Static)
        label.update(t("tui.people.renaming", name=person.name))
        label.display = True
        field = self.query_one("#people-name", Input)
        field.value = person.name
        field.placeholder = t("tui.people.rename_hint")
        field.focus()

    def cancel_rename(self) -> None:
        """Back to adding: the field empty, its hint and the line above it as before."""
        field = self.query_one("#people-name", Input)
        if self.renaming is not None:
            field.value = ""
        self.renaming = None
        field.placeholder = t("tui.people.new_hint")
        self.query_one("#people-renaming", Static).display = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc is the view's only while a name is being changed; else it goes on up."""
        if action == "cancel_rename":
            return self.renaming is not None
        return True

    def action_cancel_rename(self) -> None:
        self.cancel_rename()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """Leaving the field while changing a name cancels it: the next name typed is new."""
        if event.input.id == "people-name" and self.renaming is not None:
            self.cancel_rename()

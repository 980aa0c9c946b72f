"""Step 1, participants (peserta): fast entry, attendance, edit, delete, reorder.

Typing a name and pressing Enter adds the person and leaves the cursor in the
field for the next name: a register of 25 people takes a couple of minutes.
Enter on a row puts its name in the field to change it: a line above the field
says so until Enter keeps the new name, or Esc (or leaving the field) cancels.
The table's keys cannot be typed (Ctrl+T present, Ctrl+L sex, Ctrl+K head of
household, Delete, Shift+↑/↓): a name typed while the table has the focus goes
into the name field.
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
from pra.errors import PraError
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui import removal
from pra.tui.keys import MOVE_KEYS, KeyHint
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import Cell, current_key, fill, move_to


def pasted_names(text: str) -> tuple[str, ...]:
    """The non-blank lines of a paste, stripped: one name (and maybe ", RT") a line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def add_all(ws: Workshop, lines: tuple[str, ...]) -> Workshop:
    """Add the person of every pasted line in order, as Enter adds one; a line that
    does not read refuses the whole paste (its sentence names the word)."""
    for line in lines:
        ws = edits.add_person(ws, edits.parse_person(line))
    return ws


class NameField(TextField):
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

    REMOVABLE: ClassVar[frozenset[str]] = frozenset({"people-table"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "present", t("tui.people.key_present")),
        Binding("ctrl+l", "sex", t("tui.people.key_sex")),
        Binding("ctrl+k", "household", t("tui.people.key_household")),
        Binding("delete", "remove", t("tui.key.delete")),
        Binding("shift+up", "move(-1)", t("tui.key.move_up"), group=MOVE_KEYS, key_display="⇧↑"),
        Binding("shift+down", "move(1)", t("tui.key.move_down"), group=MOVE_KEYS, key_display="⇧↓"),
        Binding("escape", "cancel_rename", show=False),
    ]
    TABLE_ACTIONS: ClassVar[frozenset[str]] = frozenset(
        {"present", "sex", "household", "remove", "move"}
    )
    """Keys that act on the highlighted row: only while the table has the focus."""
    TYPE_INTO: ClassVar[dict[str, str]] = {"people-table": "people-name"}

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.renaming: str | None = None
        """The participant whose name the field is changing; ``None`` while adding."""

    def compose(self) -> ComposeResult:
        yield Static(id="people-count", classes="section-title")
        yield KeyHint(id="people-renaming", classes="message")
        refusal = Static(id="people-refusal", classes="message")
        refusal.display = False
        yield refusal
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
            t("tui.people.col_nik"),
        ][: 6 if self.room else 7]  # the room's wall is not told who has a NIK
        shown = len(columns)
        rows: list[tuple[str, list[Cell]]] = [
            (
                p.id,
                list[Cell](
                    [
                        str(i),
                        p.name,
                        t(f"sex.{p.sex}") if p.sex else "–",
                        yes if p.household_head else no,
                        p.rt or "–",
                        f"✓ {t('tui.people.here')}" if p.present else f"✗ {t('tui.people.away')}",
                        # whether there is one, never the number: the screen is on the wall
                        "✓" if p.nik else "–",
                    ]
                )[:shown],
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
            try:  # "Rohani, 1671 0452 0375 0001": the name, and the NIK said after it
                name, nik = edits.split_nik(name)
            except PraError as error:
                self.say_refusal(error.message())
                return
            changes = {"name": name} if nik is None else {"name": name, "nik": nik}
            changed = self.edit(
                lambda ws: edits.update_participant(ws, pid, **changes),
                label=t("tui.people.renamed", name=name),
            )
            if changed:
                self.cancel_rename()
        else:
            try:
                entry = edits.parse_person(name)
            except PraError as error:  # said next to the field, whose text stays to be corrected
                self.say_refusal(error.message())
                return
            changed = self.edit(
                lambda ws: edits.add_person(ws, entry),
                label=t("tui.people.added", name=entry.name),
            )
        if changed:
            event.input.value = ""
            self.say_refusal("")
        elif self.session.last_error:  # a name already registered: said, the text stays
            self.say_refusal(self.session.last_error)

    def say_refusal(self, sentence: str) -> None:
        """The line above the field that says why the last line was not added (hidden if none)."""
        line = self.query_one("#people-refusal", Static)
        line.update(sentence)
        line.display = bool(sentence)

    def commit_pending(self) -> None:
        """Ctrl+Q with a name typed but not entered: keep it, as Enter would have.

        A line that does not read (a word it does not know) is kept whole as the
        name rather than lost; the table shows it to be corrected next time.
        """
        field = self.query_one("#people-name", Input)
        text = field.value.strip()
        if not text:
            return
        if self.renaming is not None:
            pid = self.renaming
            kept = self.edit(
                lambda ws: edits.update_participant(ws, pid, name=text),
                label=t("tui.people.renamed", name=text),
            )
        else:
            try:
                entry = edits.parse_person(text)
            except PraError:
                entry = edits.PersonEntry(text)
            kept = self.edit(
                lambda ws: edits.add_person(ws, entry),
                label=t("tui.people.added", name=entry.name),
            )
        if kept:
            field.value = ""

    def on_name_field_pasted(self, event: NameField.Pasted) -> None:
        """A pasted list: every line added as Enter would add it, in one undoable change."""
        event.stop()
        self.cancel_rename()  # a list is new people, not one person's new name
        lines = event.names
        said = t("tui.people.pasted", n=len(lines))
        if self.edit(lambda ws: add_all(ws, lines), label=said):
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
        pid = self._selected()
        ws = self.session.workshop
        person = ws.participant(pid) if pid else None
        if pid is None or person is None:
            return
        self.remove_record(
            lambda w: edits.remove_participant(w, pid),
            what=person.name,
            also=removal.person(ws, pid),
            urgent=True,
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: change that person's name in the field above."""
        event.stop()
        self.action_rename()

    def action_move(self, delta: int) -> None:
        pid = self._selected()
        person = self.session.workshop.participant(pid) if pid else None
        if pid is None or person is None:
            return
        self.move_record(
            lambda ws: edits.move_participant(ws, pid, delta), what=person.name, delta=delta
        )

    def action_rename(self) -> None:
        pid = self._selected()
        person = self.session.workshop.participant(pid) if pid else None
        if person is None:
            return
        self.renaming = person.id
        self.query_one("#people-renaming", KeyHint).say("tui.people.renaming", name=person.name)
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
        self.query_one("#people-renaming", KeyHint).say()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc is the view's only while a name is being changed; else it goes on up.

        The row keys work (and the footer shows them) only while the table has the focus.
        """
        if super().check_action(action, parameters) is False:
            return False  # Del where no row is highlighted
        if action == "cancel_rename":
            return self.renaming is not None
        if action in self.TABLE_ACTIONS:
            return self.screen.focused is self.query_one("#people-table", DataTable)
        return True

    def action_cancel_rename(self) -> None:
        self.cancel_rename()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """Leaving the field while changing a name cancels it: the next name typed is new."""
        if event.input.id == "people-name" and self.renaming is not None:
            self.cancel_rename()

"""Step 1, participants (peserta): fast entry, attendance, edit, delete, reorder.

Typing a name and pressing Enter adds the person and leaves the cursor in the
field for the next name: a register of 25 people takes a couple of minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Input, Static

from pra.edit import participants as edits
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.session import Session
from pra.tui.steps.base import StepView, register
from pra.tui.widgets.table import Cell, current_key, fill, move_to


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
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.renaming: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="people-count", classes="section-title")
        yield Input(placeholder=t("tui.people.new_hint"), id="people-name")
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
            self.renaming = None
            self.query_one("#people-table", DataTable).focus()
            return
        if self.renaming is not None:
            pid = self.renaming
            changed = self.edit(
                lambda ws: edits.update_participant(ws, pid, name=name),
                label=t("tui.people.renamed", name=name),
            )
            if changed:
                self.renaming = None
                event.input.placeholder = t("tui.people.new_hint")
        else:
            person, rt = edits.split_name_rt(name)
            changed = self.edit(
                lambda ws: edits.add_participant(ws, person, rt=rt),
                label=t("tui.people.added", name=person),
            )
        if changed:
            event.input.value = ""

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
        field = self.query_one("#people-name", Input)
        field.value = person.name
        field.placeholder = t("tui.people.rename_hint")
        field.focus()

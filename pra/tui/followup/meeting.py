"""Recording a meeting while it happens: who came, and the money per member, like a spreadsheet.

The member table has one row per member of the group: the attendance column is
ticked with Enter or the space bar (any other key typed there starts a sentence in the
meeting's notes line, so a sentence typed on the table ticks no one); on a money column, typing a digit (or Enter)
starts the amount in the cell line below the table, and Enter there keeps it and
moves to the next member, so a treasurer's list is typed ``50rb ⏎ 50rb ⏎ …``.
↑/↓ in the cell line move between members too; Escape goes back to the table.
Delete on a money cell clears that amount, Ctrl+D on the table removes the whole meeting
(a toast names it; Ctrl+Z). Ctrl+K on
the table makes the member under the cursor the one who led the meeting (only a
member present; on the leader again: the mentor led it). The problems and agreed
follow-ups are a list below: Delete there removes the one highlighted (a toast; Ctrl+Z),
Ctrl+T marks the follow-up highlighted kept (done) or not (a toast; Ctrl+Z).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from pra.edit import followup as fu
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, LenderLoan, Workshop
from pra.model.followup import Meeting, MemberRecord
from pra.plan.formatting import format_date, format_number, format_rupiah
from pra.tui import notices
from pra.tui.followup.pane import FollowUpPane
from pra.tui.keys import KeyHint, undo_hint
from pra.tui.widgets.choice import ChoiceSelect
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import fill

if TYPE_CHECKING:
    from pra.tui.session import Session

ATTENDANCE = 1
"""The column of the tick; the money columns follow it, in :data:`fu.AMOUNT_FIELDS` order."""

Slot = tuple[str | None, str | None, str]
"""Where a refused text was typed: group, meeting, field (see :attr:`MeetingPane.refused`)."""


MEETING_LINES = frozenset({"fu-sales", "fu-costs", "fu-lender", "fu-notes"})
"""The meeting's lines kept when the focus leaves them (not on Enter only)."""

ENTRY_LINES = ("fu-problem", "fu-action")
"""The meeting's entry lines: each adds a line to the meeting on Enter, and is added (for its
meeting) before another group or meeting is shown and on quitting, focused or not."""

LENDER_SHOWN = 30
"""A lender's name in the choice of which loan a payment is for, cut beyond this many characters."""


def amount_column(column: int) -> fu.AmountField | None:
    index = column - ATTENDANCE - 1
    return fu.AMOUNT_FIELDS[index] if 0 <= index < len(fu.AMOUNT_FIELDS) else None


def _kept(field: Input) -> None:
    """What ``field`` holds is kept: Ctrl+Z now undoes it as an edit, not as typing."""
    if isinstance(field, TextField):
        field.forget_typing()


def _cell(value: int) -> str:
    return format_number(value) if value else "–"


def _short(name: str) -> str:
    return name if len(name) <= LENDER_SHOWN else name[: LENDER_SHOWN - 1] + "…"


def _loan_name(loan: LenderLoan, loans: list[LenderLoan]) -> str:
    """A loan as the choice of which one a payment is for: its lender, and its principal
    where the group owes one lender twice."""
    lender = loan.lender or t("plan.funding.loan")
    if sum(1 for x in loans if x.lender == loan.lender) > 1:
        return f"{_short(lender)} {format_rupiah(loan.principal)}"
    return _short(lender)


class MeetingLines(OptionList):
    """The meeting's problems and agreed follow-ups, one a line; Delete removes the highlighted,
    Ctrl+T marks the highlighted follow-up kept (done), or not, as Ctrl+T on step 7's pledges."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete", "remove_line", t("tui.followup.key.remove_line")),
        Binding("ctrl+t", "toggle_done", t("tui.followup.key.done")),
    ]

    def _pane_and_ref(self) -> tuple[MeetingPane, str] | None:
        index = self.highlighted
        if index is None or index >= self.option_count:
            return None
        ref = self.get_option_at_index(index).id
        pane = next((a for a in self.ancestors if isinstance(a, MeetingPane)), None)
        return (pane, ref) if ref is not None and pane is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """^t is offered (footer, F1) only on a follow-up, never on a problem."""
        if action == "toggle_done":
            found = self._pane_and_ref()
            return found is not None and found[1].startswith("a:")
        return super().check_action(action, parameters)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.refresh_bindings()  # ^t comes and goes as the highlight moves

    def action_toggle_done(self) -> None:
        found = self._pane_and_ref()
        if found is not None and found[1].startswith("a:"):
            found[0].toggle_done(found[1].removeprefix("a:"))

    def action_remove_line(self) -> None:
        found = self._pane_and_ref()
        if found is not None:
            found[0].remove_line(found[1])


class MeetingPane(FollowUpPane):
    """The meeting tab (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_present", t("tui.followup.key.present")),
        # Del on an amount clears that amount; the whole meeting goes only with its own key
        Binding("delete", "clear_amount", t("tui.followup.key.clear_amount")),
        Binding("ctrl+d", "remove_meeting", t("tui.followup.key.remove_meeting")),
        Binding("ctrl+k", "lead", t("tui.followup.key.lead")),
        Binding("ctrl+left", "meeting(-1)", t("tui.followup.key.previous_meeting"), show=False),
        Binding("ctrl+right", "meeting(1)", t("tui.followup.key.next_meeting"), show=False),
        # before the amount line's own (it would scroll), and only there (check_action): F1
        # names them from these bindings (``notes.parts.followup.fu-cell``)
        Binding("up", "cell_move(-1)", show=False, priority=True),
        Binding("down", "cell_move(1)", show=False, priority=True),
        Binding("escape", "leave_cell", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session, id="fu-meeting-pane")
        self.meeting_id: str | None = None
        self.refused: dict[Slot, str] = {}
        """Texts refused, each where it was typed: (group, meeting, field id or
        ``cell:MEMBER:COLUMN``). It stays in its line while that group, meeting and cell are
        shown, and is back when they are shown again; another group's or meeting's lines
        show their own values, never it (as the workshop's ``StepView.refused`` per group)."""
        self.reasons: dict[Slot, str] = {}
        """Why each text in :attr:`refused` was refused: said again when its line is shown
        again (the focus back in it, its meeting or cell opened again)."""
        self.shown: tuple[str | None, str | None] | None = None
        """The group and meeting the lines were last filled for."""
        self.cell_slot: Slot | None = None
        """The cell the cell line holds a text for."""

    def compose(self) -> ComposeResult:
        kinds = [(t(f"meeting_kind.{kind}"), kind) for kind in ("meeting", "visit")]
        with Horizontal(id="fu-new", classes="entry"):
            yield TextField(compact=True, id="fu-date")  # its hint: :meth:`_hint_date`
            yield ChoiceSelect(kinds, allow_blank=False, compact=True, id="fu-kind")
        yield Static(id="fu-heading", classes="fu-heading")
        yield DataTable(id="fu-members", cursor_type="cell", zebra_stripes=True)
        with Horizontal(id="fu-cell-line", classes="entry"):
            yield Static(id="fu-cell-label")
            yield TextField(
                placeholder=t("tui.followup.meeting.amount_hint"), compact=True, id="fu-cell"
            )
        with Horizontal(classes="entry"):
            yield TextField(
                placeholder=t("tui.followup.meeting.problem"), compact=True, id="fu-problem"
            )
            yield TextField(
                placeholder=t("tui.followup.meeting.action"), compact=True, id="fu-action"
            )
        with Horizontal(classes="entry"):
            for name in ("sales", "costs", "notes"):
                yield Static(
                    t(f"tui.followup.meeting.{name}_label"),
                    classes="fu-label",
                    id=f"fu-{name}-label",
                )
                yield TextField(
                    placeholder=t(f"tui.followup.meeting.{name}"), compact=True, id=f"fu-{name}"
                )
        # the group's payment to its lender, on a line of its own (shown for a group that has
        # a lender loan): which loan, when there are several, and the amount
        with Horizontal(classes="entry", id="fu-lender-line"):
            yield Static(classes="fu-label", id="fu-lender-label")
            # no blank choice: a payment is always for one of the loans (set when shown)
            yield ChoiceSelect(
                [(t("plan.funding.loan"), "")], allow_blank=False, compact=True, id="fu-lender-loan"
            )
            yield TextField(compact=True, id="fu-lender")
        yield MeetingLines(id="fu-listing")
        yield KeyHint("tui.followup.meeting.keys", id="fu-meeting-keys", classes="form-hint")

    # -- rendering ----------------------------------------------------------------------
    @property
    def meeting(self) -> Meeting | None:
        group = self.group
        if group is None:
            return None
        meetings = group.followup.meetings
        found = next((m for m in meetings if m.id == self.meeting_id), None)
        return found or (meetings[-1] if meetings else None)

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        meeting = self.meeting
        self.meeting_id = meeting.id if meeting is not None else None
        moved = self.shown != (group_id, self.meeting_id)
        if moved:
            self._move_entry_lines(self.shown, (group_id, self.meeting_id))
        self.shown = (group_id, self.meeting_id)
        self._hint_date(ws, group_id)
        table = self.query_one("#fu-members", DataTable)
        heading = self.query_one("#fu-heading", Static)
        if group is None or meeting is None:
            heading.update(t("tui.followup.meeting.none"))
            table.clear(columns=True)
            self._list_lines(ws, None)
            for name in ("sales", "costs", "lender", "notes"):  # never another group's meeting
                self._set_unless_focused(f"#fu-{name}", "", moved)
            self._show_lender(None)
            self._label_cell()
            return
        heading.update(self._heading(ws, group, meeting))
        columns = [t("tui.followup.col.member"), t("tui.followup.col.present")]
        columns += [t(f"tui.followup.col.{name}") for name in fu.AMOUNT_FIELDS]
        rows = [(r.participant_id, self._row(ws, r, meeting.led_by_id)) for r in meeting.members]
        fill(table, columns, rows)
        for name in ("sales", "costs"):
            value = getattr(meeting, name)
            self._set_unless_focused(f"#fu-{name}", format_number(value) if value else "", moved)
        self._set_unless_focused("#fu-notes", meeting.notes, moved)
        loan = self._show_lender(group)
        paid = meeting.paid_to(loan.id) if loan is not None else 0
        self._set_unless_focused("#fu-lender", format_number(paid) if paid else "", moved)
        self._list_lines(ws, meeting)
        self._label_cell()

    def _hint_date(self, ws: Workshop, group_id: str | None) -> None:
        """The new meeting's date hint: an example a month after the group's last meeting (not
        a day of another year), and that nothing typed is today."""
        today = self.session.clock().date()
        day = fu.example_day(ws, group_id, today) if group_id is not None else today
        hint = t("tui.followup.meeting.new_date", example=day.strftime("%d-%m-%Y"))
        self.query_one("#fu-date", Input).placeholder = hint

    def _move_entry_lines(
        self, before: tuple[str | None, str | None] | None, now: tuple[str | None, str | None]
    ) -> None:
        """Another meeting shown: an entry line holding the text refused for the meeting
        before shows the one refused for this meeting, if any (kept per meeting as the other
        lines are). A text typed and not yet entered stays: :meth:`commit_pending` adds it
        to its meeting before another is shown, so it is only ever one the mentor sees."""
        for name in ENTRY_LINES:
            line = self.query_one(f"#{name}", Input)
            was = self.refused.get((*before, name)) if before is not None else None
            if line.value and line.value != was:
                continue
            held = self.refused.get((*now, name))
            line.value = held or ""
            line.set_class(held is not None, notices.REFUSED)

    def _show_lender(self, group: BusinessGroup | None) -> LenderLoan | None:
        """The lender loan the meeting's payment field records, the field shown only for a
        group that has one. With several, a choice beside it says which one is recorded
        (the first until another is chosen): each is paid, and followed, on its own."""
        loans = [x for x in group.capital.loans if x.principal] if group else []
        field = self.query_one("#fu-lender", Input)
        label = self.query_one("#fu-lender-label", Static)
        choice = self.query_one("#fu-lender-loan", ChoiceSelect)
        self.query_one("#fu-lender-line").display = bool(loans)
        choice.display = len(loans) > 1
        if not loans:
            return None
        loan = loans[0]
        if len(loans) > 1:
            options = [(_loan_name(x, loans), x.id) for x in loans]
            if not choice.offers(options):
                choice.set_options(options)
            loan = next((x for x in loans if x.id == choice.value), loan)
            if choice.value != loan.id:
                choice.value = loan.id
        lender = loan.lender or t("plan.funding.loan")
        field.placeholder = t("tui.followup.meeting.lender", lender=lender)
        label.update(
            t("tui.followup.meeting.lender_label_many")
            if len(loans) > 1
            else t("tui.followup.meeting.lender_label", lender=lender)
        )
        return loan

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another lender loan chosen: the payment field shows what the meeting paid it."""
        if event.select.id != "fu-lender-loan":
            return
        event.stop()
        meeting = self.meeting
        loan = self._show_lender(self.group)
        if meeting is None or loan is None:
            return
        paid = meeting.paid_to(loan.id)
        # another loan: the line shows its payment, or the text refused for it (as another
        # meeting's lines do); a text refused for the loan before stays with that loan
        self._set_unless_focused("#fu-lender", format_number(paid) if paid else "", moved=True)

    def _slot(self, name: str) -> Slot:
        """Where a text typed in the line ``name`` is for: this group and meeting, and for the
        lender's payment the loan chosen (refused for one loan, it is never paid to another)."""
        if name == "fu-lender":
            loan = self._chosen_loan()
            name = f"fu-lender:{loan.id}" if loan is not None else name
        return (self.group_id, self.meeting_id, name)

    def _chosen_loan(self) -> LenderLoan | None:
        """The lender loan the payment line records: the one chosen, else the group's first."""
        group = self.group
        loans = [x for x in group.capital.loans if x.principal] if group else []
        value = self.query_one("#fu-lender-loan", ChoiceSelect).value
        return next((x for x in loans if x.id == value), loans[0] if loans else None)

    def _set_unless_focused(self, selector: str, value: str, moved: bool = False) -> None:
        """Show ``value`` in a line, unless the mentor is typing there or it holds the text it
        refused for this meeting; on another group or meeting (``moved``) always: the line
        shows that meeting's value, or the text refused there before."""
        field = self.query_one(selector, Input)
        slot = self._slot(field.id or "")
        held = self.refused.get(slot)
        if moved:
            if held is not None:
                self.call_later(self._say_refused, field)  # its meeting shown again
            value = held if held is not None else value
        elif self.typing_in(field):
            return  # typing not yet kept; with none pending, an undo's value shows here too
        elif held is not None:
            if held == field.value:
                return  # refused as it stands: kept in its line until corrected
            del self.refused[slot]  # typed over or taken back
        if field.value != value:
            field.value = value
        field.set_class(held is not None and held == value, notices.REFUSED)

    def holds_refused(self, field: Input) -> bool:
        """Does ``field`` show the text it refused for this meeting (or cell)? Then it keeps
        its error border when another edit is kept (:func:`pra.tui.notices.unmark_refused`)."""
        slot = self.cell_slot if field.id == "fu-cell" else self._slot(field.id or "")
        return slot is not None and field.value != "" and self.refused.get(slot) == field.value

    def _refused(self, field: Input, kept: bool, reason: str | None = None) -> None:
        """Remember ``field``'s text as refused for this meeting, and why (``reason``, else the
        session's last refusal), or forget it once kept."""
        slot = self.cell_slot if field.id == "fu-cell" else self._slot(field.id or "")
        if slot is None:
            return
        if kept:
            self.refused.pop(slot, None)
            self.reasons.pop(slot, None)
        else:
            self.refused[slot] = field.value
            self.reasons[slot] = reason or self.session.last_error or ""

    def _say_refused(self, field: Input) -> None:
        """A line holding the text it refused is shown again: its sentence is said again."""
        if not field.is_attached or not self.holds_refused(field):
            return
        slot = self.cell_slot if field.id == "fu-cell" else self._slot(field.id or "")
        reason = self.reasons.get(slot) if slot is not None else None
        if reason:
            notices.refused(self.app, field)
            self.notify(reason, severity="error")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The focus back in a line holding a refused text: why it was refused is said again."""
        super().on_descendant_focus(event)
        widget = event.widget
        if isinstance(widget, Input) and self.holds_refused(widget):
            self._say_refused(widget)

    def _heading(self, ws: Workshop, group: BusinessGroup, meeting: Meeting) -> str:
        """The meeting, who came and the money in; under it the fund's balance after the
        meeting (what the treasurer holds) and, when loans were handed over, the cash given
        to the borrowers (the loans less what was kept; review rev15 F9)."""
        from pra.plan.followup import fund_balance
        from pra.plan.followup.handover import meeting_money

        meetings = group.followup.meetings
        present = len(meeting.present_ids())
        money = meeting_money(group, meeting)
        head = t(
            "tui.followup.meeting.heading",
            n=meetings.index(meeting) + 1,
            count=len(meetings),
            date=format_date(meeting.date),
            kind=t(f"meeting_kind.{meeting.kind}"),
            present=present,
            members=len(meeting.members),
            money_in=format_rupiah(money.money_in),
        )
        balance = format_rupiah(fund_balance(ws, group, meeting.date).actual)
        cash = (
            t(
                "tui.followup.meeting.cash_lent",
                balance=balance,
                cash=format_rupiah(money.cash_out),
            )
            if money.lent
            else t("tui.followup.meeting.cash", balance=balance)
        )
        return f"{head}\n{cash}"

    def _row(self, ws: Workshop, row: MemberRecord, leader: str | None) -> list[Text]:
        person = ws.participant(row.participant_id)
        name = person.name if person is not None else row.participant_id
        if row.participant_id == leader:
            name = t("tui.followup.meeting.leader_mark", name=name)
        tick = "[x]" if row.present else "[ ]"
        cells = [name, tick, *(_cell(getattr(row, field)) for field in fu.AMOUNT_FIELDS)]
        return [Text(cell) for cell in cells]  # never read as markup: "[x]", a name with "["

    def _list_lines(self, ws: Workshop, meeting: Meeting | None) -> None:
        """The problems (``p:INDEX``) and follow-ups (``a:ID``) as options, the highlight kept."""
        from pra.plan.followup.actions import action_people

        listing = self.query_one("#fu-listing", MeetingLines)
        group = self.group
        options = []
        if meeting is not None and group is not None:
            for i, text in enumerate(meeting.problems, 1):
                line = t("tui.followup.meeting.problem_line", n=i, text=text)
                options.append(Option(Text(line), id=f"p:{i - 1}"))
            for i, action in enumerate(meeting.actions, 1):
                who = ", ".join(action_people(ws, group, action, t("edit.followup.mentor_word")))
                due = format_date(action.due) if action.due else ""
                detail = " · ".join(part for part in (who, due) if part)
                mark = "✓" if action.done else "○"
                line = f"{mark} " + t("tui.followup.meeting.action_line", n=i, text=action.text)
                line += f" — {detail}" if detail else ""
                line += f" ({t('tui.followup.meeting.done')})" if action.done else ""
                options.append(Option(Text(line), id=f"a:{action.id}"))
        highlighted = listing.highlighted
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = min(highlighted or 0, len(options) - 1)
        listing.display = bool(options)

    def remove_line(self, ref: str) -> None:
        """Remove the problem or follow-up ``ref`` (an option id of the list); a toast says it."""
        meeting = self.meeting
        if meeting is None:
            return
        mid = meeting.id
        kind, _, key = ref.partition(":")
        if kind == "p" and key.isdigit() and int(key) < len(meeting.problems):
            index = int(key)
            said = t("tui.followup.meeting.problem_removed", text=meeting.problems[index])
            self.removed(lambda ws, gid: fu.remove_problem(ws, gid, mid, index), said)
        elif kind == "a":
            action = next((a for a in meeting.actions if a.id == key), None)
            if action is not None:
                said = t("tui.followup.meeting.action_removed", text=action.text)
                self.removed(lambda ws, gid: fu.remove_action(ws, gid, mid, key), said)

    def toggle_done(self, action_id: str) -> None:
        """The follow-up ``action_id`` kept (done), or not after all; a toast says which, and
        that Ctrl+Z undoes it (the report's "Selesai" column follows it)."""
        meeting = self.meeting
        action = next((a for a in meeting.actions if a.id == action_id), None) if meeting else None
        if meeting is None or action is None:
            return
        mid = meeting.id
        key = "action_not_done" if action.done else "action_done"
        said = t(f"tui.followup.meeting.{key}", text=action.text)
        if self.change(lambda ws, gid: fu.toggle_action_done(ws, gid, mid, action_id), said):
            self.notify(f"{said} {undo_hint(self.screen)}", timeout=8)

    # -- the cell line --------------------------------------------------------------------
    def _current(self) -> tuple[str, fu.AmountField | None] | None:
        """The member under the table's cursor and the money column it is on (if one)."""
        table = self.query_one("#fu-members", DataTable)
        meeting = self.meeting
        if meeting is None or not meeting.members or table.row_count == 0:
            return None
        row = min(table.cursor_row, len(meeting.members) - 1)
        return meeting.members[row].participant_id, amount_column(table.cursor_column)

    def _label_cell(self) -> None:
        current = self._current()
        label = self.query_one("#fu-cell-label", Static)
        field = self.query_one("#fu-cell", Input)
        pid, column = current if current is not None else ("", None)
        slot = self._slot(f"cell:{pid}:{column}") if column is not None else None
        if slot != self.cell_slot:
            # the line edits another cell now: its text (refused there, or typed and left
            # with Escape) stays with that cell; this one shows what was refused in it
            self.cell_slot = slot
            held = self.refused.get(slot) if slot is not None else None
            field.value = held or ""
            field.set_class(held is not None, notices.REFUSED)
            if held is not None:
                self.call_later(self._say_refused, field)  # its cell shown again
        if column is None:
            label.update(t("tui.followup.meeting.cell_none"))
            field.placeholder = t("tui.followup.meeting.amount_hint")
            return
        person = self.ws.participant(pid)
        label.update(
            t(
                "tui.followup.meeting.cell",
                member=person.name if person is not None else pid,
                column=t(f"tui.followup.col.{column}"),
            )
        )
        meeting = self.meeting
        row = (
            next((r for r in meeting.members if r.participant_id == pid), None) if meeting else None
        )
        value = getattr(row, column) if row is not None else 0
        field.placeholder = format_number(value) if value else t("tui.followup.meeting.amount_hint")

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        self._label_cell()
        self.refresh_bindings()  # Del (clear the amount) is offered on a money column only

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter on a member: the tick column ticks, a money column opens its cell line."""
        event.stop()
        field = self.query_one("#fu-cell", Input)
        if amount_column(event.coordinate.column) is None:
            self.action_toggle_present()
        elif field.value.strip() and not self.holds_refused(field):
            # typed faster than the focus moved: the amount and its Enter reached the table
            if self._commit_cell() and not self._move(1):
                self.query_one("#fu-members", DataTable).focus()
        else:
            field.focus()  # to type the amount, or correct the one refused in this cell

    def typing_target(self, widget: Widget, character: str) -> bool:
        """On the member table: the space bar ticks; on a money column a typed key starts
        the amount (a letter too, so ``50rb`` and a mistyped ``o`` land where they can be read).

        On the attendance column any other key (a letter, a digit, a mark) starts a
        sentence: it goes to the meeting's notes line, which takes the focus, so the
        rest of the sentence — its spaces too — is text there and ticks no one.
        """
        if widget.id != "fu-members":
            return False
        current = self._current()
        if current is None:
            return False
        if current[1] is None:
            if character == " ":
                self.action_toggle_present()
            else:
                if character.isdigit():
                    # an amount typed on the wrong column ("15rb"): no money column is guessed,
                    # the digits go to the notes like any sentence, and the notice says so
                    self.notify(t("tui.followup.meeting.digits_to_notes"), severity="warning")
                notes = self.query_one("#fu-notes", Input)
                if notes.value.strip():
                    # a new sentence after the notes already there, set apart from them
                    # ("Kompak, pesanan seragam mulai masuk; 2 orang datang terlambat")
                    notes.value = notes.value.rstrip()
                    character = (" " if notes.value.endswith(";") else "; ") + character
                notes.cursor_position = len(notes.value)
                notes.insert_text_at_cursor(character)
                notes.focus()
            return True
        if character == " ":
            return False
        # appended, never replacing: keys typed faster than the focus moves all land in
        # the cell line in order (it is emptied whenever an amount is kept or given up);
        # first the line is made the one of the cell under the cursor (moved a moment ago)
        self._label_cell()
        field = self.query_one("#fu-cell", Input)
        field.cursor_position = len(field.value)
        field.insert_text_at_cursor(character)
        field.focus()
        return True

    def _commit_cell(self) -> bool:
        """Keep what the cell line holds (empty: the amount stays as it was)."""
        field = self.query_one("#fu-cell", Input)
        current = self._current()
        meeting_id = self.meeting_id
        text = field.value
        pid, column = current if current is not None else ("", None)
        if column is None or meeting_id is None or not text.strip():
            field.value = ""
            self._refused(field, kept=True)
            return True
        try:
            value = fu.parse_amount(text)
        except PraError as error:
            notices.refused(self.app, field)
            self.notify(error.message(), severity="error")
            self._refused(field, kept=False, reason=error.message())
            return False
        field.value = ""
        self._refused(field, kept=True)
        absent = pid not in self.meeting.present_ids() if self.meeting is not None else False
        done = self.change(
            lambda ws, gid: fu.set_amount(ws, gid, meeting_id, pid, column, text),
            t("tui.followup.meeting.amount_set"),
        )
        if done and value and absent:  # sent with a neighbour (titip): she stays absent
            self.notify(t(f"tui.followup.meeting.absent_{column}", name=self._member_name(pid)))
        return True

    def _member_name(self, participant_id: str) -> str:
        person = self.ws.participant(participant_id)
        return person.name if person is not None else participant_id

    def _move(self, delta: int) -> bool:
        """Move the table's cursor ``delta`` members; ``False`` at either end."""
        table = self.query_one("#fu-members", DataTable)
        row = table.cursor_row + delta
        if not 0 <= row < table.row_count:
            return False
        table.move_cursor(row=row, column=table.cursor_column, animate=False)
        self._label_cell()
        return True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        field_id = event.input.id
        if field_id == "fu-cell":
            if self._commit_cell() and not self._move(1):
                self.query_one("#fu-members", DataTable).focus()
        elif field_id == "fu-date":
            self._add_meeting(event.input)
        elif field_id == "fu-problem":
            self._add_line(event.input, fu.add_problem, "tui.followup.meeting.problem_added")
        elif field_id == "fu-action":
            self._add_line(event.input, fu.add_action_line, "tui.followup.meeting.action_added")
        elif field_id in MEETING_LINES:
            self._keep_field(event.input)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """Sales, costs, the payment to the lender and notes keep their text when the focus
        leaves them."""
        if event.input.id in MEETING_LINES:
            with notices.about(event.input):
                self._keep_field(event.input)

    def pending(self) -> list[Input]:
        """The focused field, and every entry line holding a problem or follow-up not yet
        entered: left with the text in it, Enter there later added it to the meeting shown
        then (another group's, after F3)."""
        fields = super().pending()
        for name in ENTRY_LINES:
            line = self.query_one(f"#{name}", Input)
            if line.value.strip() and line not in fields:
                fields.append(line)
        return fields

    def keep(self, field: Input) -> None:
        """Every line of the meeting is kept for this meeting (:meth:`FollowUpPane.commit_pending`):
        sales, costs, the lender's payment and notes as their blur keeps them, a problem or
        follow-up line and an amount in the cell line as their Enter does."""
        if field.id in MEETING_LINES:
            self._keep_field(field)
        elif field.id == "fu-problem":
            self._add_line(field, fu.add_problem, "tui.followup.meeting.problem_added")
        elif field.id == "fu-action":
            self._add_line(field, fu.add_action_line, "tui.followup.meeting.action_added")
        elif field.id == "fu-cell":
            self._commit_cell()

    def _keep_field(self, field: Input) -> None:
        meeting = self.meeting
        if meeting is None or field.id is None:
            return
        name = field.id.removeprefix("fu-")
        if name == "lender":
            self._keep_lender(meeting, field)
            return
        now = getattr(meeting, name)
        shown = (format_number(now) if now else "") if name != "notes" else now
        mid, value = meeting.id, field.value
        if self.refused.get(self._slot(field.id)) == value:
            return  # refused as it stands, and said when it was: not refused again
        kept = value.strip() == (shown or "").strip() or self.change(
            lambda ws, gid: fu.update_meeting(ws, gid, mid, **{name: value}),
            t(f"tui.followup.meeting.{name}_set"),
        )
        # an edit that changed nothing (``274rb`` for ``274.000``) is not a refusal
        kept = kept or self.session.last_error is None
        self._refused(field, kept)
        if kept:
            _kept(field)

    def _keep_lender(self, meeting: Meeting, field: Input) -> None:
        loan = self._show_lender(self.group)
        if loan is None:
            return
        paid = meeting.paid_to(loan.id)
        mid, lid, value = meeting.id, loan.id, field.value
        if self.refused.get(self._slot(field.id or "")) == value:
            return  # refused as it stands, and said when it was: not refused again
        kept = value.strip() == (format_number(paid) if paid else "") or self.change(
            lambda ws, gid: fu.set_lender_payment(ws, gid, mid, lid, value),
            t("tui.followup.meeting.lender_set"),
        )
        # an edit that changed nothing (``274rb`` for ``274.000``) is not a refusal
        kept = kept or self.session.last_error is None
        self._refused(field, kept)
        if kept:
            _kept(field)

    def _add_meeting(self, field: Input) -> None:
        gid = self.group_id
        if gid is None:
            return
        self.commit_pending()  # a problem or follow-up typed is the meeting shown until now's
        kind = self.query_one("#fu-kind", Select).value
        typed = field.value
        today = self.session.clock().date()
        done = self.change(
            lambda ws, g: fu.add_meeting(
                ws, g, typed, "visit" if kind == "visit" else "meeting", today=today
            ),
            t("tui.followup.meeting.added"),
        )
        if done:
            field.value = ""
            group = self.session.workshop.group(gid)
            self.meeting_id = group.followup.meetings[-1].id if group else None
            self.refresh_pane(gid)
            table = self.query_one("#fu-members", DataTable)
            table.move_cursor(row=0, column=ATTENDANCE, animate=False)
            table.focus()

    def _add_line(self, field: Input, edit: fu.LineEdit, label: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.notify(t("tui.followup.meeting.none"), severity="warning")
            return
        typed = field.value
        if not typed.strip():
            return
        if self.refused.get(self._slot(field.id or "")) == typed:
            return  # refused as it stands, and said when it was: not refused again
        kept = self.change(lambda ws, gid: edit(ws, gid, meeting_id, typed), t(label))
        self._refused(field, kept)  # refused: it stays with this meeting (:meth:`show`)
        if kept:
            field.value = ""

    # -- actions ------------------------------------------------------------------------
    def action_toggle_present(self) -> None:
        """Tick or untick the member under the cursor, and say which way and whom.

        The only member present stays ticked (a meeting has someone present): the
        chair a new meeting ticks is the usual case, so the sentence says why she is.
        """
        current = self._current()
        meeting = self.meeting
        if current is None or meeting is None:
            return
        pid, meeting_id = current[0], meeting.id
        name = self._member_name(pid)
        present = meeting.present_ids()
        if present == (pid,):
            key = "only_present_leader" if meeting.led_by_id == pid else "only_present"
            self.notify(t(f"tui.followup.meeting.{key}", name=name), severity="warning")
            return
        done = self.change(
            lambda ws, gid: fu.toggle_present(ws, gid, meeting_id, pid),
            t("tui.followup.meeting.present_set"),
        )
        if not done:
            return
        if pid not in present:
            said = t("tui.followup.meeting.now_present", name=name)
        elif meeting.led_by_id == pid:
            said = t("tui.followup.meeting.now_absent_leader", name=name)
        else:
            said = t("tui.followup.meeting.now_absent", name=name)
        self.notify(f"{said} {undo_hint(self.screen)}")

    def action_clear_amount(self) -> None:
        """Del on a money cell: that member's amount is cleared, said with the key that undoes it."""
        current = self._current()
        meeting = self.meeting
        if current is None or meeting is None:
            return
        pid, column = current
        if column is None:
            return
        mid = meeting.id
        row = next((r for r in meeting.members if r.participant_id == pid), None)
        amount = getattr(row, column) if row is not None else 0
        if not amount:
            return
        said = t(
            "tui.followup.meeting.amount_cleared",
            member=self._member_name(pid),
            column=t(f"tui.followup.col.{column}"),
            amount=format_rupiah(amount),
        )
        self.removed(lambda ws, gid: fu.set_amount(ws, gid, mid, pid, column, 0), said)

    def action_remove_meeting(self) -> None:
        from pra.plan.followup.handover import meeting_money

        meeting, group = self.meeting, self.group
        if meeting is None or group is None:
            return
        if self.screen.focused is not self.query_one("#fu-members"):
            return
        mid = meeting.id
        said = t(
            "tui.followup.meeting.removed",
            date=format_date(meeting.date),
            present=len(meeting.present_ids()),
            money_in=format_rupiah(meeting_money(group, meeting).money_in),
        )
        self.meeting_id = None
        self.removed(lambda ws, gid: fu.remove_meeting(ws, gid, mid), said)

    def action_lead(self) -> None:
        """The member under the cursor led the meeting; on the leader again: the mentor did."""
        current = self._current()
        meeting = self.meeting
        if current is None or meeting is None:
            return
        pid, mid = current[0], meeting.id
        name = self._member_name(pid)
        if pid not in meeting.present_ids():
            self.notify(t("tui.followup.meeting.lead_absent", name=name), severity="warning")
            return
        leader = None if meeting.led_by_id == pid else pid
        said = (
            t("tui.followup.meeting.led_by", name=name)
            if leader
            else t("tui.followup.meeting.led_by_mentor")
        )
        if self.change(lambda ws, gid: fu.update_meeting(ws, gid, mid, led_by_id=leader), said):
            self.notify(said)

    def action_meeting(self, delta: int) -> None:
        group = self.group
        meeting = self.meeting
        if group is None or meeting is None:
            return
        self.commit_pending()
        meetings = group.followup.meetings
        index = max(0, min(len(meetings) - 1, meetings.index(meeting) + delta))
        self.meeting_id = meetings[index].id
        self.refresh_pane(self.group_id)

    def action_cell_move(self, delta: int) -> None:
        """↑/↓ in the cell line: keep the amount and go to the member above or below."""
        if self.screen.focused is self.query_one("#fu-cell") and self._commit_cell():
            self._move(delta)

    def action_leave_cell(self) -> None:
        field = self.query_one("#fu-cell", Input)
        if self.screen.focused is field:
            field.value = ""
            self._refused(field, kept=True)  # given up: nothing refused left in that cell
            self.query_one("#fu-members", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The tick and the removal are offered while the member table has the focus (Del
        only on a money column, where it clears the amount); ↑/↓
        move between members only from the amount line (elsewhere they are the widget's)."""
        if action in {"toggle_present", "remove_meeting", "lead"}:
            return self.screen.focused is self.query_one("#fu-members")
        if action == "clear_amount":
            current = self._current()
            return (
                self.screen.focused is self.query_one("#fu-members")
                and current is not None
                and current[1] is not None
            )
        if action == "cell_move":
            return self.screen.focused is self.query_one("#fu-cell")
        return True

    def focus_first(self) -> None:
        """The new meeting's date, always: typed at once after F4 it is a date, never keys on
        the last meeting's table (digits lost, Enter unticking a member of an old meeting)."""
        self.screen.set_focus(self.query_one("#fu-date", Input))

"""Step 7, pledges (janji hati): what each member gives the group, and whether it was kept.

The totals (money, goods, labour, kept, without a value) come from
:func:`pra.plan.capital.capital_summary`, the same figures the capital plan
and the printed plan use. A pledge is saved at once (``urgent``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static

from pra.edit import pledges as edits
from pra.edit.base import find
from pra.edit.capital import number_text, parse_rupiah
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.model.groups import PledgeKind
from pra.plan.capital import capital_summary
from pra.plan.formatting import format_rupiah
from pra.tui.steps.base import register
from pra.tui.steps.group_base import (
    ChoiceField,
    Field,
    GroupStepView,
    RowOps,
    entry_form,
    member_options,
    set_choices,
)
from pra.tui.widgets.field import TextField
from pra.tui.widgets.table import Cell, current_key, fill

FORM = "pledge-form"


def _values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    p = find(group.pledges, ref)
    return {
        "member": p.participant_id,
        "kind": p.kind,
        "description": p.description,
        "value": "" if p.value is None else number_text(p.value),
    }


def line_hint(ws: Workshop | None, group: BusinessGroup | None) -> str:
    """The pledge line's example, naming the group's first member ("Rohani" was named in
    every workshop) and a labour pledge in that member's skill ("tenaga menjahit" was the
    example in a food group too), or the catalogue's name and neutral words when the group
    has no member."""
    if ws is None or group is None:
        name = t("tui.pledges.example_name")
        return t("tui.pledges.line_hint", name=name, labour=t("edit.pledges.labour_any"))
    return t(
        "tui.pledges.line_hint",
        name=edits.example_name(ws, group.id),
        labour=edits.example_labour(ws, group.id),
    )


def every_said(ws: Workshop, group_id: str, text: str) -> str | None:
    """The sentence a money pledge paid again and again ("uang 10.000 setiap bulan") is
    entered with: the own contribution counts one payment. ``None`` for any other line."""
    try:
        line = edits.parse_pledge(ws, group_id, text)
        value = parse_rupiah(line.value)
    except PraError:
        return None
    if not line.every or value is None:
        return None
    return t("tui.pledges.every_said", every=line.every, value=format_rupiah(value))


def added_said(ws: Workshop, group_id: str, text: str) -> str:
    """The undo label of a pledge line entered, with :func:`every_said` when it applies."""
    said = t("tui.pledges.added", name=text.strip())
    every = every_said(ws, group_id, text)
    return said if every is None else f"{said} · {every}"


def _name(ws: Workshop, group: BusinessGroup, ref: str) -> str:
    pledge = find(group.pledges, ref)
    person = ws.participant(pledge.participant_id)
    return t("tui.remove.pledge", name=person.name if person else pledge.participant_id)


@register
class PledgesView(GroupStepView):
    step = PraStep.PLEDGES

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "kept", t("tui.pledges.key_kept")),
        Binding("ctrl+k", "kind", t("tui.pledges.key_kind")),
    ]
    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "pledge-table": RowOps(
            edits.remove_pledge, edits.move_pledge, FORM, _values, urgent=True, name=_name
        ),
    }
    HINTS: ClassVar[Mapping[str, str]] = {FORM: "tui.pledges.hint"}
    TYPE_INTO: ClassVar[Mapping[str, str]] = {
        # "Fatimah: uang 20.000" typed on the table is a pledge line (rev14: it went into
        # the form's "Janji" box and Enter saved it for the form's member, without a value)
        "pledge-table": "pledge-line",
    }

    def compose(self) -> ComposeResult:
        yield Static(id="pledge-head", classes="box-title")
        refusal = Static(id="pledge-line-refusal", classes="message")
        refusal.display = False
        yield refusal
        yield TextField(placeholder=line_hint(None, None), id="pledge-line")
        yield from self.form_hint(FORM)
        kinds = [(t(f"pledge_kind.{k}"), k) for k in edits.KINDS]
        yield from entry_form(
            FORM,
            [
                Field("member", t("tui.pledges.member_hint"), 20, [("–", "")]),
                Field("kind", t("tui.pledges.kind_hint"), 12, kinds),
                Field("description", t("tui.pledges.description_hint")),
                Field("value", t("tui.pledges.value_hint"), 14),
            ],
        )
        yield DataTable(id="pledge-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="pledge-total", classes="summary")

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        set_choices(self.query_one(f"#{FORM}-member", ChoiceField), member_options(ws, group))
        self.query_one("#pledge-line", Input).placeholder = line_hint(ws, group)
        self.query_one("#pledge-head", Static).update(
            t("tui.pledges.head", group=group.name, n=len(group.pledges))
        )
        kept, open_ = f"✓ {t('tui.pledges.kept')}", f"○ {t('tui.pledges.open')}"
        rows: list[tuple[str, list[Cell]]] = []
        for i, p in enumerate(group.pledges, 1):
            person = ws.participant(p.participant_id)
            rows.append(
                (
                    p.id,
                    [
                        str(i),
                        person.name if person else p.participant_id,
                        format_rupiah(p.value)
                        if p.value is not None
                        else t("tui.pledges.no_value"),
                        kept if p.kept else open_,
                        t(f"pledge_kind.{p.kind}"),
                        p.description or "–",
                    ],
                )
            )
        table = self.query_one("#pledge-table", DataTable)
        if table.styles.margin.right:
            # beside the notes (F1 below 160 columns, pra.tcss) six columns do not fit: who
            # pledged what, as the pledge line writes it (wrapped), and its value, both whole
            # (rev17-facil: the pledges' text lay under the notes)
            fill(
                table,
                [t("tui.pledges.col_description"), t("tui.pledges.col_value")],
                [
                    (
                        key,
                        [t("tui.pledges.beside_notes", member=cells[1], pledge=cells[5]), cells[2]],
                    )
                    for key, cells in rows
                ],
                wrap=(0,),
            )
            self._show_total(group)
            return
        fill(
            table,
            [
                t("tui.group.col_no"),
                t("tui.pledges.col_member"),
                t("tui.pledges.col_value"),
                t("tui.pledges.col_kept"),
                t("tui.pledges.col_kind"),
                t("tui.pledges.col_description"),
            ],
            rows,
            wrap=(5,),
        )
        self._show_total(group)

    def _show_total(self, group: BusinessGroup) -> None:
        summary = capital_summary(group)
        text = t(
            "tui.pledges.total",
            money=format_rupiah(summary.own_money),
            goods=format_rupiah(summary.own_goods),
            labour=format_rupiah(summary.own_labour),
            total=format_rupiah(summary.own_total),
            kept=format_rupiah(summary.kept_value),
        )
        if summary.unvalued_pledges:
            text += "\n" + t("tui.pledges.unvalued", n=summary.unvalued_pledges)
        self.query_one("#pledge-total", Static).update(text)

    def focus_first(self) -> None:
        self.query_one("#pledge-line", Input).focus()

    def _added_said(self, text: str) -> str:
        group = self.group
        if group is None:
            return t("tui.pledges.added", name=text.strip())
        return added_said(self.session.workshop, group.id, text)

    def commit_pending(self) -> None:
        """Ctrl+Q with a pledge line typed but not entered: add it when it reads, as every
        line typed is entered on quitting (the CLI then says what was entered: the app has
        closed). A line that does not read stays, its sentence shown as on Enter, and
        :meth:`unkept` names it: the first Ctrl+Q stays and says it (rev13c: it was thrown
        away unsaid). So do the lines typed for another group and left with F3."""
        line = self.query_one("#pledge-line", Input)
        text = line.value
        if text.strip():
            self._enter_line(line, text)
        for group_id, (typed, _) in self.drafts.items():
            held = typed.get("pledge-line", "")
            if held.strip() and self.edit(
                partial(edits.add_pledge_line, group_id=group_id, text=held),
                label=added_said(self.ws, group_id, held),
                urgent=True,
            ):
                del typed["pledge-line"]
        super().commit_pending()  # the form below the line

    def unkept(self) -> tuple[str, ...]:
        """Each pledge line typed and refused (this group's, another group's left with F3), and
        the pledge form's refused entry (:meth:`GroupStepView.unkept`)."""
        said = list(super().unkept())
        line = self.query_one("#pledge-line", Input).value
        lines = [(self.group_id, line)] if line.strip() else []
        lines += [
            (g, typed["pledge-line"])
            for g, (typed, _) in self.drafts.items()
            if typed.get("pledge-line", "").strip()
        ]
        for group_id, text in lines:
            group = self.ws.group(group_id) if group_id else None
            name = group.name if group is not None else group_id or "–"
            said.append(t("tui.pledges.unkept", group=name, text=text.strip()))
        return tuple(said)

    def _enter_line(self, line: Input, text: str) -> None:
        """Add the pledge ``text`` reads; refused, it stays and its sentence shows above it."""
        group_id = self.group_id
        every = None if group_id is None else every_said(self.session.workshop, group_id, text)
        added = self.change(
            lambda ws, g: edits.add_pledge_line(ws, g, text),
            self._added_said(text),
            urgent=True,
        )
        if added and every is not None:
            # said when entered (rev14: only the ^z notice said it)
            self.notify(every, timeout=8)
        refusal = self.query_one("#pledge-line-refusal", Static)
        refusal.update("" if added else self.session.last_error or "")
        refusal.display = not added and bool(self.session.last_error)
        if added:
            line.value = ""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """A pledge in one line (``Rohani: uang 50.000``); the form below is the base's."""
        if event.input.id != "pledge-line":
            return
        event.stop()
        event.prevent_default()
        text = event.input.value
        if text.strip():
            self._enter_line(event.input, text)

    def on_input_changed(self, event: Input.Changed) -> None:
        """The line emptied (Ctrl+U, erased): the sentence refusing what it held goes too."""
        if event.input.id == "pledge-line" and not event.value.strip():
            refusal = self.query_one("#pledge-line-refusal", Static)
            refusal.update("")
            refusal.display = False

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        member, description, value = values["member"], values["description"], values["value"]
        kind = cast(PledgeKind, values["kind"] or "money")
        name = description or t(f"pledge_kind.{kind}")
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_pledge(
                    ws, g, member, kind=kind, description=description, value=value
                ),
                t("tui.pledges.added", name=name),
                urgent=True,
            )
        changes: dict[str, object] = {"kind": kind, "description": description, "value": value}
        group = self.group
        before = find(group.pledges, row_id).participant_id if group is not None else None
        if member != before:  # someone who left the group stays until another is chosen
            changes["participant_id"] = member
        return self.change(
            lambda ws, g: edits.update_pledge(ws, g, row_id, **changes),
            t("tui.group.changed", name=name),
            urgent=True,
        )

    def typing_target(self, widget: Widget) -> Widget | None:
        """A sentence typed on the closed member dropdown ("Ismail: alat gunting 35.000") is
        a pledge in the pledge line's own form: it goes there (the other dropdown's typing
        goes to the field beside it)."""
        if widget.id == f"{FORM}-member":
            return self.query_one("#pledge-line", Input)
        return super().typing_target(widget)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """^t and ^k act on the highlighted pledge: offered (footer, notes) only while the
        table has the focus, never on the pledge line or the form's dropdowns."""
        if action in {"kept", "kind"}:
            focused = self.screen.focused if self.is_attached else None
            return focused is not None and focused.id == "pledge-table"
        return super().check_action(action, parameters)

    def _selected(self) -> str | None:
        return current_key(self.query_one("#pledge-table", DataTable))

    def action_kept(self) -> None:
        ref = self._selected()
        if ref is not None and self.screen.focused is self.query_one("#pledge-table"):
            self.change(
                lambda ws, g: edits.toggle_kept(ws, g, ref), t("tui.pledges.key_kept"), urgent=True
            )

    def action_kind(self) -> None:
        ref = self._selected()
        if ref is not None and self.screen.focused is self.query_one("#pledge-table"):
            self.change(
                lambda ws, g: edits.cycle_kind(ws, g, ref), t("tui.pledges.key_kind"), urgent=True
            )

"""Step 10, capital and the revolving fund (modal dan dana bergulir), with the arithmetic.

Four tabs: the fund rules (stimulus per member, dues, service fee, loan term,
deductions) with the member's share worked out line by line; the budget (RAB)
against the group's capital; the repayment schedule of one loan; and the
revolving fund (who borrows first, the rounds, the rules in the group's
words). Every figure comes from :mod:`pra.plan.fund`, :mod:`pra.plan.capital`
and :mod:`pra.plan.revolving` and is re-computed on every change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Final, cast

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import (
    DataTable,
    Input,
    Label,
    OptionList,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
)

from pra.edit import capital as edits
from pra.edit.base import find
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.model.capital import DeductionKind, FundingSource
from pra.plan.capital import capital_summary
from pra.plan.effective_rate import effective_rate
from pra.plan.formatting import format_date, format_percent, format_rupiah, format_short_date
from pra.plan.fund import member_share, repayment_schedule
from pra.plan.revolving import group_fund
from pra.tui.keys import KeyHint
from pra.tui.session import Session
from pra.tui.steps.base import register
from pra.tui.steps.group_base import (
    Field,
    GroupStepView,
    PlainScroll,
    RowOps,
    entry_form,
    fill_options,
    names_of,
)
from pra.tui.widgets.table import Cell, fill

DEDUCTION_FORM: Final = "deduction-form"
BUDGET_FORM: Final = "budget-form"
RULE_FORM: Final = "rule-form"


def _deduction_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    d = find(group.capital.deductions, ref)
    return {
        "label": d.label,
        "kind": d.kind,
        "amount": edits.deduction_amount_text(d),
        "frequency": d.frequency,
    }


def _budget_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    b = find(group.capital.budget, ref)
    return {
        "item": b.item,
        "quantity": str(b.quantity),
        "unit": b.unit,
        "price": edits.number_text(b.unit_price),
        "source": b.source,
    }


def _remove_rule(ws: Workshop, group_id: str, ref: str) -> Workshop:
    return edits.remove_rule(ws, group_id, int(ref.removeprefix("rule-")))


def _rule_name(ws: Workshop, group: BusinessGroup, ref: str) -> str:
    return f"“{group.capital.rules[int(ref.removeprefix('rule-'))]}”"


@register
class CapitalView(GroupStepView):
    step = PraStep.CAPITAL

    TYPE_INTO: ClassVar[Mapping[str, str]] = {"rule-list": f"{RULE_FORM}-text"}

    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "deduction-table": RowOps(
            edits.remove_deduction, edits.move_deduction, DEDUCTION_FORM, _deduction_values
        ),
        "budget-table": RowOps(
            edits.remove_budget_line, edits.move_budget_line, BUDGET_FORM, _budget_values
        ),
        "rule-list": RowOps(_remove_rule, name=_rule_name),
    }
    HINTS: ClassVar[Mapping[str, str]] = {
        DEDUCTION_FORM: "tui.capital.deduction_hint",
        BUDGET_FORM: "tui.capital.budget_hint",
        RULE_FORM: "tui.capital.rule_hint",
    }

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.rendered: dict[str, str] = {}
        """What each plan field last showed: a field being typed in is left alone."""

    def compose(self) -> ComposeResult:
        kinds = [(t(f"deduction_kind.{k}"), k) for k in edits.DEDUCTION_KINDS]
        frequencies = [(t(f"tui.capital.{f}"), f) for f in edits.FREQUENCIES]
        sources = [(t(f"tui.capital.source_{s}"), s) for s in edits.SOURCES]
        with TabbedContent(id="cap-tabs"):
            with TabPane(t("tui.capital.tab_fund"), id="tab-fund"), PlainScroll():
                yield KeyHint(id="cap-head", classes="box-title")
                with Grid(id="cap-form"):
                    for name in edits.PLAN_FIELDS:
                        yield Label(t(f"tui.capital.{name}"))
                        field = Input(
                            placeholder=t(f"tui.capital.{name}_hint"),
                            id=f"cap-{name}",
                            compact=True,
                        )
                        field.styles.margin = 0  # the app's stylesheet spaces inputs out
                        yield field
                yield Static(t("tui.capital.deductions"), classes="box-title")
                yield self.form_hint(DEDUCTION_FORM)
                yield from entry_form(
                    DEDUCTION_FORM,
                    [
                        Field("label", t("tui.capital.label_hint")),
                        Field("kind", t("tui.capital.kind_hint"), 15, kinds),
                        Field("amount", t("tui.capital.amount_hint"), 12),
                        Field("frequency", t("tui.capital.frequency_hint"), 14, frequencies),
                    ],
                )
                yield DataTable(id="deduction-table", cursor_type="row")
                yield Static(id="share-lines", classes="arithmetic")
            with TabPane(t("tui.capital.tab_budget"), id="tab-budget"), PlainScroll():
                yield Static(id="budget-head", classes="box-title")
                yield self.form_hint(BUDGET_FORM)
                yield from entry_form(
                    BUDGET_FORM,
                    [
                        Field("item", t("tui.capital.item_hint")),
                        Field("quantity", t("tui.capital.quantity_hint"), 6),
                        Field("unit", t("tui.capital.unit_hint"), 8),
                        Field("price", t("tui.capital.price_hint"), 12),
                        Field("source", t("tui.capital.source_hint"), 12, sources),
                    ],
                )
                yield DataTable(id="budget-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="capital-lines", classes="arithmetic")
            with TabPane(t("tui.capital.tab_repayment"), id="tab-repayment"), PlainScroll():
                yield Static(id="repayment-lines", classes="arithmetic")
                yield DataTable(id="repayment-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.capital.tab_revolving"), id="tab-revolving"), Horizontal():
                with Vertical(classes="half"):
                    yield KeyHint("tui.capital.first_round_title", classes="box-title")
                    yield SelectionList[str](id="first-round")
                    yield Static(id="rounds", classes="summary")
                with Vertical(classes="half"):
                    yield Static(t("tui.capital.rules"), classes="box-title")
                    yield self.form_hint(RULE_FORM)
                    yield from entry_form(RULE_FORM, [Field("text", t("tui.capital.rule_text"))])
                    yield OptionList(id="rule-list")

    def focus_first(self) -> None:
        self.query_one("#cap-stimulus_per_member", Input).focus()

    # -- rendering ----------------------------------------------------------------------
    def _sized(self, table_id: str) -> DataTable[Cell]:
        """A table as tall as its rows (wrapped ones too): the tab scrolls as a whole, not each table."""
        table: DataTable[Cell] = self.query_one(f"#{table_id}", DataTable)
        table.styles.height = "auto"
        return table

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        self._show_fund(group)
        self._show_budget(group)
        self._show_repayment(group)
        self._show_revolving(ws, group)

    def _show_fund(self, group: BusinessGroup) -> None:
        plan = group.capital
        self.query_one("#cap-head", KeyHint).say(
            "tui.capital.head", group=group.name, n=len(group.member_ids)
        )
        for name in edits.PLAN_FIELDS:
            field = self.query_one(f"#cap-{name}", Input)
            if field.has_focus and field.value != self.rendered.get(name, ""):
                continue
            field.value = self.rendered[name] = edits.plan_field_text(plan, name)
        share = member_share(plan)
        amounts = {d.deduction_id: d.amount for d in (*share.deductions, *share.monthly)}
        rows: list[tuple[str, list[Cell]]] = [
            (
                d.id,
                [
                    d.label,
                    t(f"deduction_kind.{d.kind}"),
                    format_percent(d.percent)
                    if d.percent is not None
                    else format_rupiah(d.amount or 0),
                    t(f"tui.capital.{d.frequency}"),
                    format_rupiah(amounts.get(d.id, 0)),
                ],
            )
            for d in plan.deductions
        ]
        fill(
            self._sized("deduction-table"),
            [
                t("tui.capital.col_label"),
                t("tui.capital.col_kind"),
                t("tui.capital.col_rate"),
                t("tui.capital.col_frequency"),
                t("tui.capital.col_per_member"),
            ],
            rows,
            wrap=(0,),  # the deduction's name wraps; an amount never does
        )
        lines = [line.text() for line in share.lines]
        lines.append(share.formula())
        lines += [f"⚠ {w.text()}" for w in share.warnings]
        self.query_one("#share-lines", Static).update("\n".join(lines))

    def _show_budget(self, group: BusinessGroup) -> None:
        summary = capital_summary(group)
        self.query_one("#budget-head", Static).update(
            t("tui.capital.budget_head", total=format_rupiah(summary.budget_total))
        )
        rows: list[tuple[str, list[Cell]]] = [
            (
                r.line_id,
                [
                    str(i),
                    r.item,
                    f"{r.quantity} {r.unit}".strip(),
                    format_rupiah(r.unit_price),
                    format_rupiah(r.total),
                    t(f"tui.capital.source_{r.source}"),
                ],
            )
            for i, r in enumerate(summary.budget, 1)
        ]
        fill(
            self._sized("budget-table"),
            [
                t("tui.group.col_no"),
                t("tui.capital.col_item"),
                t("tui.capital.col_quantity"),
                t("tui.capital.col_price"),
                t("tui.capital.col_total"),
                t("tui.capital.col_source"),
            ],
            rows,
            wrap=(1, 5),  # the item and where it comes from wrap; an amount never does
        )
        # one line per funding source (planned, available, short or spare) before the totals
        lines = [line.text() for line in summary.reading()]
        self.query_one("#capital-lines", Static).update("\n".join(lines))

    def _show_repayment(self, group: BusinessGroup) -> None:
        repayment = repayment_schedule(group.capital, group.calendar.start)
        rate = effective_rate(group.capital)
        lines = (*repayment.lines, *(rate.lines() if rate else ()))
        self.query_one("#repayment-lines", Static).update("\n".join(n.text() for n in lines))
        rows: list[tuple[str, list[Cell]]] = [
            (
                str(r.month),
                [
                    str(r.month),
                    format_short_date(r.due_date) if r.due_date else "–",
                    format_rupiah(r.principal),
                    format_rupiah(r.service_fee),
                    format_rupiah(r.dues + r.other),
                    format_rupiah(r.total),
                    format_rupiah(r.remaining),
                ],
            )
            for r in repayment.rows
        ]
        fill(
            self._sized("repayment-table"),
            [
                t("tui.capital.col_month"),
                t("tui.capital.col_due"),
                t("tui.capital.col_principal"),
                t("tui.capital.col_fee"),
                t("tui.capital.col_dues"),
                t("tui.capital.col_pay"),
                t("tui.capital.col_remaining"),
            ],
            rows,
            wrap=(1,),  # the due date wraps if it must ("1 Sep / 2004"); an amount never does
        )

    def _show_revolving(self, ws: Workshop, group: BusinessGroup) -> None:
        first = set(group.capital.first_round_ids)
        people = self.query_one("#first-round", SelectionList)
        keep = people.highlighted
        people.clear_options()
        for pid in group.member_ids:
            person = ws.participant(pid)
            if person is not None:
                on = pid in first
                people.add_option((f"{'✓' if on else '·'} {person.name}", pid, on))
        if people.option_count:
            people.highlighted = min(keep or 0, people.option_count - 1)
        ledger = group_fund(group)
        lines = [
            t(
                "tui.capital.round",
                n=r.number,
                month=r.month,
                date=format_date(r.date) if r.date else "–",
                count=len(r.member_ids),
                names=names_of(ws, r.member_ids),
            )
            for r in ledger.rounds
        ]
        if not ledger.waiting:  # as the printed plan: only once everyone has had a turn
            lines.append(
                t(
                    "tui.capital.fund_end",
                    months=len(ledger.rows) - 1,
                    balance=format_rupiah(ledger.balance),
                )
            )
        lines += [f"⚠ {w.text()}" for w in ledger.warnings]
        if not first:
            lines.insert(0, t("tui.capital.everyone_first"))
        self.query_one("#rounds", Static).update("\n".join(lines))
        fill_options(
            self.query_one("#rule-list", OptionList),
            [(f"rule-{i}", f"{i + 1}. {rule}") for i, rule in enumerate(group.capital.rules)],
        )

    # -- input ------------------------------------------------------------------------
    def _keep(self, field: Input) -> bool:
        name = (field.id or "").removeprefix("cap-")
        group = self.group
        if name not in edits.PLAN_FIELDS or group is None:
            return False
        if field.value == edits.plan_field_text(group.capital, name):
            return True
        text = field.value
        return self.change(
            lambda ws, g: edits.set_plan_field(ws, g, name, text), t(f"tui.capital.{name}")
        )

    def commit_pending(self) -> None:
        field = self.focused_input()
        if field is not None and (field.id or "").startswith("cap-"):
            self._keep(field)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not (event.input.id or "").startswith("cap-"):
            return  # the entry forms are handled by GroupStepView
        event.stop()
        event.prevent_default()
        if self._keep(event.input):
            self.screen.focus_next()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if (event.input.id or "").startswith("cap-"):
            group = self.group
            if not self._keep(event.input) and group is not None:
                name = (event.input.id or "").removeprefix("cap-")
                event.input.value = edits.plan_field_text(group.capital, name)

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        pid = str(event.selection.value)
        self.change(
            lambda ws, g: edits.toggle_first_round(ws, g, pid), t("tui.capital.first_round")
        )

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        if form_id == DEDUCTION_FORM:
            label, amount, frequency = values["label"], values["amount"], values["frequency"]
            kind = cast(DeductionKind, values["kind"] or "other")
            if row_id is None:
                return self.change(
                    lambda ws, g: edits.add_deduction(
                        ws, g, label, amount, kind=kind, frequency=frequency
                    ),
                    t("tui.group.added", name=label),
                )
            return self.change(
                lambda ws, g: edits.update_deduction(
                    ws, g, row_id, label, amount, kind=kind, frequency=frequency
                ),
                t("tui.group.changed", name=label),
            )
        if form_id == BUDGET_FORM:
            item = values["item"]
            source = cast(FundingSource, values["source"] or "stimulus")
            quantity, unit, price = values["quantity"], values["unit"], values["price"]
            if row_id is None:
                return self.change(
                    lambda ws, g: edits.add_budget_line(
                        ws, g, item, quantity=quantity, unit=unit, unit_price=price, source=source
                    ),
                    t("tui.group.added", name=item),
                )
            return self.change(
                lambda ws, g: edits.update_budget_line(
                    ws,
                    g,
                    row_id,
                    item,
                    quantity=quantity,
                    unit=unit,
                    unit_price=price,
                    source=source,
                ),
                t("tui.group.changed", name=item),
            )
        text = values["text"]
        return self.change(
            lambda ws, g: edits.add_rule(ws, g, text), t("tui.group.added", name=text)
        )

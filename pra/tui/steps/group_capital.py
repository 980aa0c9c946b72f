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
from typing import Any, ClassVar, Final, cast

from textual.app import ComposeResult
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import (
    DataTable,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
)

from pra.edit import budget_line, funding
from pra.edit import capital as edits
from pra.edit.base import find
from pra.errors import PraError
from pra.i18n import t
from pra.model import BusinessGroup, Grant, LenderLoan, OwnCapital, PraStep, Workshop
from pra.model.capital import DeductionKind
from pra.plan.business import rate_handover
from pra.plan.capital import capital_summary
from pra.plan.effective_rate import effective_rate
from pra.plan.formatting import format_date, format_percent, format_rupiah, format_short_date
from pra.plan.fund import member_share, repayment_schedule
from pra.plan.ledger import funding_ledger
from pra.plan.lender import group_lender_schedule
from pra.plan.revolving import fund_start, group_fund
from pra.plan.sources import source_name
from pra.tui.keys import KeyHint, undo_hint
from pra.tui.session import Session
from pra.tui.steps.base import register
from pra.tui.steps.group_base import (
    ChoiceField,
    Field,
    GroupStepView,
    PlainScroll,
    RowOps,
    entry_form,
    fill_options,
    names_of,
    set_choices,
)
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingBox
from pra.tui.widgets.table import Cell, fill
from pra.tui.widgets.ticklist import TickList
from pra.tui.widgets.whole_line import WholeLine

DEDUCTION_FORM: Final = "deduction-form"
BUDGET_FORM: Final = "budget-form"
RULE_FORM: Final = "rule-form"
SOURCE_WIDTH: Final = 24
"""The budget form's choice of source: "(belum ditentukan)" whole (12 columns cut it to "(belum")."""
SOURCE_FORM: Final = "source-form"
REFUSALS: Final = {BUDGET_FORM: "budget-line-refusal", SOURCE_FORM: "source-line-refusal"}
"""The line above each one-line form saying why the line typed there was not kept: it stays
until the line is entered, emptied or refused again (a toast alone goes before it is read)."""
SOURCE_NONE: Final = "tui.capital.source_none"
"""The refusal of a budget line in a group with no funding source yet."""
PREPAID: Final = ("", "materials", "fixed_costs")
"""The budget form's choice of what a line pays for: an asset or one-off cost, or a running
cost paid ahead (``BudgetLine.prepaid``)."""
LONG_TERM_MONTHS: Final = 36
"""A repayment term longer than this many months is kept, but questioned (``102`` for ``10``
typed then ``2``): a group's revolving loan is repaid within a year or two."""
QUANTITY_WIDTH: Final = 6
"""The budget form's quantity: "120" and the cursor after it whole (5 columns showed "20")."""
PREPAID_WIDTH: Final = 12
"""The choice whole ("bulanan" and its arrow), leaving the item's hint whole at 100x30."""
TABLE_LEAST: Final = 6
"""A tab's table is at least this many lines (header and a few rows) when little room is left
below the lines above it; the tab scrolls to the rest."""
REPLACED_ON_FOCUS: Final = (*edits.NUMBER_FIELDS, "repayment_day")
"""Plan fields whose shown value a key typed replaces (select on focus): the numbers, and the
due day ("tanggal 6" + ``7`` gave "tanggal 67", refused); the free-text savings adds to its text."""


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
        "source": b.source_id or "",
        "prepaid": b.prepaid or "",
    }


def source_options(group: BusinessGroup) -> list[tuple[str, str]]:
    """The budget form's choice of source: not decided, then each of the group's sources."""
    return [
        (t("plan.funding.none"), ""),
        *((source_name(s).text(), s.id) for s in group.capital.sources),
    ]


def _source_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    source = find(group.capital.sources, ref)
    assert not isinstance(source, OwnCapital)  # own capital is edited on the fund tab
    return {"kind": source.kind, "text": funding.source_text(source)}


def _remove_source(ws: Workshop, group_id: str, ref: str) -> Workshop:
    return funding.remove_source(ws, group_id, ref)


def _source_row_name(ws: Workshop, group: BusinessGroup, ref: str) -> str:
    return source_name(find(group.capital.sources, ref)).text()


def _source_lines(group: BusinessGroup, ref: str) -> list[str]:
    items = [b.item for b in group.capital.budget if b.source_id == ref]
    return [t("tui.capital.sources.lines", n=len(items))] if items else []


def _source_detail(source: Grant | LenderLoan) -> str:
    if isinstance(source, Grant):
        return t(
            "tui.capital.sources.grant_detail",
            assets=format_rupiah(source.assets),
            revolving=format_rupiah(source.revolving),
        )
    return funding.source_text(source).split(", ", 2)[-1]


def _remove_rule(ws: Workshop, group_id: str, ref: str) -> Workshop:
    return edits.remove_rule(ws, group_id, int(ref.removeprefix("rule-")))


def _rule_name(ws: Workshop, group: BusinessGroup, ref: str) -> str:
    return f"“{group.capital.rules[int(ref.removeprefix('rule-'))]}”"


def _source_cell(group: BusinessGroup, source_id: str | None) -> str:
    source = group.capital.source(source_id)
    return source_name(source).text() if source is not None else t("plan.funding.none")


def _prepaid_line(group: BusinessGroup) -> str | None:
    """The budget lines that pay a running cost ahead, by number and kind: their money stays
    in the opening cash (said under the table, which keeps its columns)."""
    found = {
        kind: [
            str(i)
            for i, b in enumerate(group.capital.budget, 1)
            # a line the members buy is never in the group's cash (their stock: loan_use)
            if b.prepaid == kind and not b.member_loans
        ]
        for kind in PREPAID[1:]
    }
    parts = [
        t(
            "tui.capital.prepaid.part",
            kind=t(f"tui.capital.prepaid.{kind}_long"),
            rows=", ".join(rows),
        )
        for kind, rows in found.items()
        if rows
    ]
    return t("tui.capital.prepaid.line", parts="; ".join(parts)) if parts else None


@register
class CapitalView(GroupStepView):
    step = PraStep.CAPITAL
    TABS = "cap-tabs"

    TYPE_INTO: ClassVar[Mapping[str, str]] = {
        "rule-list": f"{RULE_FORM}-text",
        "first-round": f"{RULE_FORM}-text",  # the members ticked for the first round
    }

    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "deduction-table": RowOps(
            edits.remove_deduction, edits.move_deduction, DEDUCTION_FORM, _deduction_values
        ),
        "budget-table": RowOps(
            edits.remove_budget_line, edits.move_budget_line, BUDGET_FORM, _budget_values
        ),
        "rule-list": RowOps(_remove_rule, name=_rule_name),
        "source-table": RowOps(
            _remove_source,
            form=SOURCE_FORM,
            values=_source_values,
            name=_source_row_name,
            also=_source_lines,
        ),
    }
    HINTS: ClassVar[Mapping[str, str]] = {
        DEDUCTION_FORM: "tui.capital.deduction_hint",
        BUDGET_FORM: "tui.capital.budget_hint",
        RULE_FORM: "tui.capital.rule_hint",
        SOURCE_FORM: "tui.capital.sources.hint",
    }

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.rendered: dict[str, str] = {}
        """What each plan field last showed: a field being typed in is left alone."""
        self.until_source: str | None = None
        """The group whose budget line was refused for want of a funding source: the sentence
        above the line goes once that group has one (it said "belum punya sumber dana" beside
        the source just recorded, rev17-facil)."""

    def compose(self) -> ComposeResult:
        kinds = [(t(f"deduction_kind.{k}"), k) for k in edits.DEDUCTION_KINDS]
        frequencies = [(t(f"tui.capital.{f}"), f) for f in edits.FREQUENCIES]
        sources = [(t("plan.funding.none"), "")]
        prepaid = [(t(f"tui.capital.prepaid.{k or 'none'}"), k) for k in PREPAID]
        source_kinds = [(t(f"tui.capital.sources.kind_{k}"), k) for k in funding.KINDS]
        with TabbedContent(id="cap-tabs"):
            with TabPane(t("tui.capital.tab_fund"), id="tab-fund"), PlainScroll():
                yield KeyHint(id="cap-head", classes="box-title")
                with Grid(id="cap-form"):
                    for name in edits.PLAN_FIELDS:
                        yield Label(t(f"tui.capital.{name}"))
                        field = TextField(
                            placeholder=t(f"tui.capital.{name}_hint"),
                            id=f"cap-{name}",
                            compact=True,
                        )
                        field.styles.margin = 0  # the app's stylesheet spaces inputs out
                        # a number or a day typed replaces the one shown ("0", "10",
                        # "tanggal 6"), never adds to it
                        field.replace_on_focus = name in REPLACED_ON_FOCUS
                        yield WholeLine(field)  # a long rule is shown whole under it
                yield self.refusal_line("cap-refusal")
                yield Static(t("tui.capital.deductions"), classes="box-title")
                yield from self.form_hint(DEDUCTION_FORM)
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
                yield from self.form_hint(BUDGET_FORM)
                yield self.line_refusal(REFUSALS[BUDGET_FORM])
                yield from entry_form(
                    BUDGET_FORM,
                    [
                        Field("item", t("tui.capital.item_hint")),
                        # as narrow as their hints: room for what a line pays for, and the
                        # item's hint whole at 100x30
                        Field("quantity", t("tui.capital.quantity_hint"), QUANTITY_WIDTH),
                        Field("unit", t("tui.capital.unit_hint"), 8),
                        Field("price", t("tui.capital.price_hint"), 10),
                        Field("source", t("tui.capital.source_hint"), SOURCE_WIDTH, sources),
                        Field("prepaid", t("tui.capital.prepaid_hint"), PREPAID_WIDTH, prepaid),
                    ],
                )
                yield DataTable(id="budget-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="capital-lines", classes="arithmetic")
            with TabPane(t("tui.capital.tab_repayment"), id="tab-repayment"), PlainScroll():
                # the tab's first focus (F5/F6): it opens on its first line, never scrolled
                # down to where the schedule's cursor was left
                yield ReadingBox(id="repayment-lines", classes="arithmetic")
                yield DataTable(id="repayment-table", cursor_type="row", zebra_stripes=True)
                # each lender's own schedule, as the printed plan has it
                yield Static(t("tui.capital.lender.heading"), id="lender-head", classes="box-title")
                yield Static(id="lender-lines", classes="arithmetic")
                yield DataTable(id="lender-table", cursor_type="row", zebra_stripes=True)
            # one column: side by side, the focused list's border ran into the rules' header
            # and a long list of rounds was cut at the bottom; the tab scrolls as a whole
            with TabPane(t("tui.capital.tab_revolving"), id="tab-revolving"), PlainScroll():
                yield KeyHint("tui.capital.first_round_title", classes="box-title")
                yield TickList[str](id="first-round")
                yield Static(id="rounds", classes="summary")
                yield Static(t("tui.capital.rules"), classes="box-title rules-title")
                yield from self.form_hint(RULE_FORM)
                yield from entry_form(RULE_FORM, [Field("text", t("tui.capital.rule_text"))])
                yield OptionList(id="rule-list")
            with TabPane(t("tui.capital.sources.tab"), id="tab-sources"), PlainScroll():
                yield Static(id="source-head", classes="box-title")
                yield from self.form_hint(SOURCE_FORM)
                yield self.line_refusal(REFUSALS[SOURCE_FORM])
                yield from entry_form(
                    SOURCE_FORM,
                    [
                        Field("kind", t("tui.capital.sources.kind_hint"), 14, source_kinds),
                        # the first kind's example (a grant): the kind chosen changes it
                        Field("text", t(f"tui.capital.sources.text_hint_{funding.KINDS[0]}")),
                    ],
                )
                yield DataTable(id="source-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="ledger-lines", classes="arithmetic")

    def tab_target(self, forward: bool) -> Widget | None:
        """Tab and Shift+Tab on the sources tab go round its own parts in reading order: the
        kind, the line, then the table of sources (when it has any). Tab from the line went on
        to the table, the step list and the tabs' strip, where the next keys changed the tab."""
        focused = self.screen.focused
        pane = self.query_one("#tab-sources")
        if focused is None or pane not in focused.ancestors_with_self:
            return None
        table = self.query_one("#source-table", DataTable)
        stops: list[Widget] = [
            self.query_one(f"#{SOURCE_FORM}-kind"),
            self.query_one(f"#{SOURCE_FORM}-text"),
            *([table] if table.row_count else []),
        ]
        here = next(
            (i for i, w in enumerate(stops) if w is focused or w in focused.ancestors), None
        )
        if here is None:
            return stops[0]
        return stops[(here + (1 if forward else -1)) % len(stops)]

    def focus_first(self) -> None:
        self.query_one("#cap-stimulus_per_member", Input).focus()

    # -- rendering ----------------------------------------------------------------------
    def _sized(self, table_id: str) -> DataTable[Cell]:
        """A table as tall as its rows (wrapped ones too): the tab scrolls as a whole, not each table."""
        table: DataTable[Cell] = self.query_one(f"#{table_id}", DataTable)
        table.styles.height = "auto"
        self.call_after_refresh(self._fit_below, table)
        return table

    def _fit_below(self, table: DataTable[Cell]) -> None:
        """A long table ends on the screen, below the lines above it: its rows scroll inside
        it, so its last row and the entry line above can be seen together (a line added at
        the end of a long RAB was below the screen, rev17-facil 2)."""
        pane = next((a for a in table.ancestors if isinstance(a, PlainScroll)), None)
        if pane is None or not table.display or not pane.size.height:
            return
        top = table.region.y - pane.region.y + int(pane.scroll_y)
        room = max(pane.size.height - top, TABLE_LEAST)
        if table.styles.max_height is None or table.styles.max_height.value != room:
            table.styles.max_height = room

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        waiting = ws.group(self.until_source) if self.until_source else None
        if waiting is not None and waiting.capital.sources:
            self._say_refused(BUDGET_FORM, "")  # what it asked for is done
        self._show_fund(group)
        choice = self.query_one(f"#{BUDGET_FORM}-source", ChoiceField)
        set_choices(choice, source_options(group))
        if BUDGET_FORM not in self.editing and not choice.value and len(group.capital.sources) == 1:
            choice.value = group.capital.sources[0].id  # the only source, shown in the form
        self._show_budget(group)
        self._show_repayment(group)
        self._show_revolving(ws, group)
        self._show_sources(group)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # a table filled while its tab was hidden had no width to wrap its text to
        if event.pane.id == "tab-sources":
            self.call_after_refresh(self._show_sources_now)

    def _show_sources_now(self) -> None:
        group = self.group
        if group is not None:
            self._show_sources(group)

    def _show_sources(self, group: BusinessGroup) -> None:
        plan = group.capital
        # grants and loans; the own capital is edited on the fund tab (dues, savings rule)
        rows: list[tuple[str, list[Cell]]] = [
            (
                s.id,
                [
                    source_name(s).text(),
                    format_rupiah(s.amount if isinstance(s, Grant) else s.principal),
                    _source_detail(s),
                ],
            )
            for s in plan.sources
            if not isinstance(s, OwnCapital)
        ]
        self.query_one("#source-head", Static).update(
            t("tui.capital.sources.head", group=group.name, n=len(rows))
        )
        table: DataTable[Cell] = self.query_one("#source-table", DataTable)
        table.styles.height = "auto"  # wrapped rows take several lines: as tall as they are
        fill(
            table,
            [
                t("tui.capital.sources.col_source"),
                t("tui.capital.sources.col_amount"),
                t("tui.capital.sources.col_detail"),
            ],
            rows,
            wrap=(0, 2),
            narrow=(0, 1),  # beside the notes (F1): the source and its amount
        )
        ledger = funding_ledger(group, {p.id: p.name for p in self.ws.participants})
        lines = [
            t(
                "tui.capital.sources.ledger_line",
                source=entry.name.text(),
                amount=format_rupiah(entry.money_in),
                # a deduction by its own name, as the printed plan names it
                uses="; ".join(f"{u.notice.text()} {format_rupiah(u.amount)}" for u in entry.uses),
            )
            for entry in ledger.sources
        ]
        lines += [f"⚠ {c.text()}" for c in ledger.checks]
        self.query_one("#ledger-lines", Static).update("\n".join(lines))

    def _show_fund(self, group: BusinessGroup) -> None:
        plan = group.capital
        self.query_one("#cap-head", KeyHint).say(
            "tui.capital.head", group=group.name, n=len(group.member_ids)
        )
        for name in edits.PLAN_FIELDS:
            field = self.query_one(f"#cap-{name}", Input)
            if self.typing_in(field) and field.value != self.rendered.get(name, ""):
                continue
            if self.holds_refused(field):
                continue  # not kept: the text stays beside the sentence that says why
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
            narrow=(0, 4),  # beside the notes (F1): the deduction and what each member pays
        )
        lines = share.said()
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
                    _source_cell(group, r.source_id),
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
            narrow=(0, 1, 4),  # beside the notes (F1): the line, its item and its total
        )
        # one line per funding source (planned, available, short or spare) before the totals
        lines = [line.text() for line in summary.reading()]
        if (prepaid := _prepaid_line(group)) is not None:
            lines.insert(0, prepaid)
        self.query_one("#capital-lines", Static).update("\n".join(lines))

    def _show_repayment(self, group: BusinessGroup) -> None:
        self._show_lenders(group)
        plan = group.capital
        table = self.query_one("#repayment-table", DataTable)
        # a new workshop's cash unit is Rp 1: say where instalments payable in cash are set
        unit = (
            [t("tui.capital.lender.to_the_rupiah", field=t("tui.capital.cash_unit"))]
            if plan.cash_unit == 1 and (plan.stimulus_per_member or plan.loans)
            else []
        )
        if not plan.stimulus_per_member:
            # no member borrows yet: a sentence saying what fills it, not ten rows of Rp 0
            table.display = False
            self.query_one("#repayment-lines", Static).update(
                "\n".join([t("tui.capital.lender.no_member_loan"), *unit])
            )
            return
        table.display = True
        repayment = repayment_schedule(plan, fund_start(group))
        handed, assumed = rate_handover(group)
        rate = effective_rate(plan, handed, assumed=assumed)
        lines = [n.text() for n in (*repayment.lines, *(rate.lines() if rate else ()))]
        self.query_one("#repayment-lines", Static).update("\n".join([*lines, *unit]))
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
                # weekly: one row a week, numbered
                t("tui.capital.col_week" if repayment.weekly else "tui.capital.col_month"),
                t("tui.capital.col_due"),
                t("tui.capital.col_principal"),
                t("tui.capital.col_fee"),
                t("tui.capital.col_dues"),
                t("tui.capital.col_pay"),
                t("tui.capital.col_remaining"),
            ],
            rows,
            wrap=(1,),  # the due date wraps if it must ("1 Sep / 2004"); an amount never does
            narrow=(0, 1, 5),  # beside the notes (F1): when, and what is paid then
        )

    def _show_lenders(self, group: BusinessGroup) -> None:
        """Each lender loan's instalments (:func:`pra.plan.lender.group_lender_schedule`, the
        figures the printed plan shows), in the group's cash unit, dated from the hand-over."""
        loans = group.capital.loans
        for widget_id in ("lender-head", "lender-lines", "lender-table"):
            self.query_one(f"#{widget_id}").display = bool(loans)
        if not loans:
            return
        lines: list[str] = []
        rows: list[tuple[str, list[Cell]]] = []
        for loan in loans:
            schedule = group_lender_schedule(group, loan)
            name = source_name(loan).text()
            lines.append(
                t(
                    "tui.capital.lender.line",
                    source=name,
                    principal=format_rupiah(loan.principal),
                    count=len(schedule.instalments),
                    frequency=t(f"tui.capital.lender.{loan.frequency}"),
                    rate=format_percent(loan.rate_percent),
                    method=t(f"tui.capital.lender.{loan.method}"),
                    disbursed=format_date(schedule.disbursed)
                    if schedule.disbursed
                    else t("tui.capital.lender.undated"),
                    interest=format_rupiah(schedule.total_interest),
                    total=format_rupiah(schedule.total_paid),
                )
            )
            rows += [
                (
                    f"{loan.id}-{i.number}",
                    [
                        loan.lender or name,
                        str(i.number),
                        format_short_date(i.due) if i.due else "–",
                        format_rupiah(i.principal),
                        format_rupiah(i.interest),
                        format_rupiah(i.total),
                        format_rupiah(i.remaining),
                    ],
                )
                for i in schedule.instalments
            ]
        self.query_one("#lender-lines", Static).update("\n".join(lines))
        fill(
            self._sized("lender-table"),
            [
                t("tui.capital.lender.col_loan"),
                t("tui.capital.lender.col_number"),
                t("tui.capital.col_due"),
                t("tui.capital.col_principal"),
                t("tui.capital.lender.col_interest"),
                t("tui.capital.col_pay"),
                t("tui.capital.col_remaining"),
            ],
            rows,
            wrap=(0, 2),  # the lender's name and the date wrap; an amount never does
            narrow=(1, 2, 5),  # beside the notes (F1): which instalment, when, how much
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
                people.add_option((person.name, pid, on))
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
        """Keep a plan field's text; ``False`` if it was refused (it stays, with its sentence)."""
        name = (field.id or "").removeprefix("cap-")
        group = self.group
        if name not in edits.PLAN_FIELDS or group is None:
            return False
        text = field.value
        changed = text != edits.plan_field_text(group.capital, name)
        kept = self.keep_field(
            field,
            changed=changed,
            apply=lambda: self.change(
                lambda ws, g: edits.set_plan_field(ws, g, name, text), t(f"tui.capital.{name}")
            ),
        )
        after = self.group
        if kept and changed and name == "loan_term_months" and after is not None:
            months = after.capital.loan_term_months
            if months > LONG_TERM_MONTHS:
                years, rest = divmod(months, 12)
                self.notify(
                    t("tui.capital.long_term", months=months, years=years, rest=rest)
                    + f" {undo_hint(self.screen)}",
                    severity="warning",
                    timeout=10,
                )
        return kept

    def commit_pending(self) -> None:
        field = self.focused_input()
        if field is not None and (field.id or "").startswith("cap-"):
            self._keep(field)
        super().commit_pending()  # a budget line, deduction or rule typed but not entered

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not (event.input.id or "").startswith("cap-"):
            return  # the entry forms are handled by GroupStepView
        event.stop()
        event.prevent_default()
        if self._keep(event.input):
            self.screen.focus_next()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if (event.input.id or "").startswith("cap-"):
            self._keep(event.input)

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        event.stop()
        pid = str(event.selection.value)
        self.change(
            lambda ws, g: edits.toggle_first_round(ws, g, pid), t("tui.capital.first_round")
        )

    def refused_why(self) -> str:
        """The refusals shown above the budget and source lines, for what Ctrl+Q says of a line
        still typed (rev18-facil: it said "alasannya dalam pemberitahuan saat Enter" of a line
        never entered, refused only at Ctrl+Q)."""
        shown = [self.query_one(f"#{r}", Static) for r in REFUSALS.values()]
        return " ".join(
            str(r.content).strip() for r in shown if r.display and str(r.content).strip()
        )

    def _say_refused(self, form_id: str, sentence: str, *, until_source: bool = False) -> None:
        """The sentence refusing the line typed in ``form_id`` (the budget line, a funding
        source), right above it (:data:`REFUSALS`); ``""`` hides it. ``until_source``: it
        asks for a funding source, and goes when the group has one (:attr:`until_source`)."""
        self.say_line_refused(REFUSALS[form_id], sentence)
        if form_id == BUDGET_FORM:
            self.until_source = self.group_id if until_source else None

    def on_select_changed(self, event: Select.Changed) -> None:
        """The source line's example follows the kind chosen (rev17-facil: with "bantuan"
        chosen the field showed a loan's example)."""
        if event.select.id != f"{SOURCE_FORM}-kind" or event.value not in funding.KINDS:
            return
        text = self.query_one(f"#{SOURCE_FORM}-text", Input)
        text.placeholder = t(f"tui.capital.sources.text_hint_{event.value}")

    def on_input_changed(self, event: Input.Changed) -> None:
        """A line emptied (Ctrl+U, erased, Esc): the sentence refusing it goes too."""
        parent = event.input.parent
        form_id = parent.id if parent is not None else None
        typed = parent is not None and any(
            isinstance(w, Input) and w.value.strip() for w in parent.children
        )  # a choice never counts: the source's kind always has one
        if form_id in REFUSALS and not typed:
            self._say_refused(form_id, "")

    def _say_prepaid(self, item: str, prepaid: str) -> None:
        """A line marked (or no longer marked) as paying a running cost ahead: said, with the
        key that takes it back (where its money goes changes on the cash flow)."""
        undo = undo_hint(self.screen)
        if prepaid:
            kind = t(f"tui.capital.prepaid.{prepaid}_long")
            self.notify(t("tui.capital.prepaid.said", item=item, kind=kind, undo=undo))
        else:
            self.notify(t("tui.capital.prepaid.said_none", item=item, undo=undo))

    def _source_for_new_line(self, item: str) -> str | None:
        """The source of a new budget line entered with none chosen: the group's only one;
        with several, ``None`` and the source's list opened with a sentence asking which;
        with none, refused with a sentence saying where one is recorded. Every rupiah of
        the RAB comes from a named source (a line "belum ditentukan" printed money from
        nowhere)."""
        group = self.group
        sources = group.capital.sources if group is not None else ()
        if len(sources) == 1:
            return sources[0].id
        if not sources:  # refused, said in a toast and above the line
            raise PraError(SOURCE_NONE, item=item)
        choice = self.query_one(f"#{BUDGET_FORM}-source", ChoiceField)
        choice.focus()
        choice.enter_on_choice = True  # the choice made in the list adds the line
        choice.action_show_overlay()
        self.notify(t("tui.capital.source_needed", item=item), severity="warning")
        return None

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
        if form_id == SOURCE_FORM:
            done = self._submit_source(values, row_id)
            self._say_refused(SOURCE_FORM, "" if done else self.session.last_error or "")
            return done
        if form_id == BUDGET_FORM:
            try:
                done = self._submit_budget(values, row_id)
            except PraError as error:
                self._say_refused(
                    BUDGET_FORM, error.message(), until_source=error.key == SOURCE_NONE
                )
                raise
            self._say_refused(BUDGET_FORM, "" if done else self.session.last_error or "")
            return done
        text = values["text"]
        added = self.change(
            lambda ws, g: edits.add_rule(ws, g, text), t("tui.group.added", name=text)
        )
        if added:  # the new rule in view under its field (the tab scrolls as a whole)
            rules = self.query_one("#rule-list", OptionList)
            self.call_after_refresh(rules.scroll_visible, animate=False)
        return added

    def _submit_source(self, values: Mapping[str, str], row_id: str | None) -> bool:
        """A grant or a lender's loan from its line (:mod:`pra.edit.funding`)."""
        source_kind = cast(funding.SourceKind, values["kind"] or "grant")
        text = values["text"]
        if row_id is None:
            return self.change(
                lambda ws, g: funding.add_source(ws, g, source_kind, text),
                t("tui.group.added", name=text.split(",")[0]),
            )
        return self.change(
            lambda ws, g: funding.update_source(ws, g, row_id, source_kind, text),
            t("tui.group.changed", name=text.split(",")[0]),
        )

    def _submit_budget(self, values: Mapping[str, str], row_id: str | None) -> bool:
        """A budget line from the form; its item field may hold the whole line
        (``Mesin jahit Butterfly, 1, unit, 1.500.000``: :mod:`pra.edit.budget_line`)."""
        line = budget_line.with_fields(
            budget_line.parse_budget_line(values["item"]),
            quantity=values["quantity"],
            unit=values["unit"],
            price=values["price"],
        )
        item = line.item
        # the price read before a source is asked for: the line's own mistakes first
        edits.money_cell(line.price, field=edits.UNIT_PRICE, item=item)
        source = values["source"] or None
        if row_id is None and source is None:
            source = self._source_for_new_line(item)
            if source is None:
                return False  # asked (or refused), nothing typed lost
        prepaid = values["prepaid"]
        cells: dict[str, Any] = {
            "quantity": line.quantity,
            "unit": line.unit,
            "unit_price": line.price,
            "source_id": source,
            "prepaid": prepaid,
        }
        group = self.group
        before = find(group.capital.budget, row_id).prepaid if group and row_id else None
        if row_id is None:
            done = self.change(
                lambda ws, g: edits.add_budget_line(ws, g, item, **cells),
                t("tui.group.added", name=item),
            )
        else:
            done = self.change(
                lambda ws, g: edits.update_budget_line(ws, g, row_id, item, **cells),
                t("tui.group.changed", name=item),
            )
        if done and row_id is None:
            self._say_added()
        if done and (prepaid or None) != before:
            self._say_prepaid(item, prepaid)
        return done

    def _say_added(self) -> None:
        """The line just added, by its number, with the budget's new total: below a long
        table it is off the screen, and the room saw only the total move (rev17-facil)."""
        group = self.group
        if group is None or not group.capital.budget:
            return
        budget = group.capital.budget
        line = budget[-1]
        self.notify(
            t(
                "tui.capital.budget_added",
                n=len(budget),
                item=line.item,
                total=format_rupiah(line.quantity * line.unit_price),
                budget=format_rupiah(sum(b.quantity * b.unit_price for b in budget)),
                undo=undo_hint(self.screen),
            )
        )
        # and the table shows it (its rows scroll inside it, :meth:`_fit_below`): its last row
        table = self.query_one("#budget-table", DataTable)
        self.call_after_refresh(lambda: table.move_cursor(row=table.row_count - 1, scroll=True))

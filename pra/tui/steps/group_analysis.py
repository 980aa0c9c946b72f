"""Step 12, business analysis (analisis usaha): products, seasons, fixed costs, market, cash flow.

Four tabs. *Produk*: a product on one line (``Kue bolu, potong, 3.000,
1.400+300+100, 400``), the table of products with their profit in an ordinary
month, and the live summary: profit and loss, break-even, repayment capacity
and the months the cash cannot pay the instalments. *Musim dan biaya tetap*:
the months sales change, and the costs paid every month. *Pasar*: customers,
competitors, how the group sells, its market. *Arus kas*: the months from
the plan's start until every loan is repaid. Every figure comes from :mod:`pra.plan.business`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Final

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Label, OptionList, Static, TabbedContent, TabPane

from pra.edit import analysis as edits
from pra.edit.base import find
from pra.edit.capital import number_text
from pra.i18n import t
from pra.model import BusinessGroup, PraStep, Workshop
from pra.model.business import MARKET_LISTS, Season
from pra.plan.business import (
    BusinessPlan,
    analysis_start,
    business_plan,
    month_names,
)
from pra.plan.cash_summary import capacity_verdict
from pra.plan.formatting import format_date, format_number, format_rupiah
from pra.plan.sources import source_name
from pra.tui.keys import undo_hint
from pra.tui.steps.base import register
from pra.tui.steps.group_base import (
    HINT_PADDING,
    Field,
    GroupStepView,
    PlainScroll,
    RowOps,
    entry_form,
    fill_options,
)
from pra.tui.widgets.field import TextField
from pra.tui.widgets.reading import ReadingBox
from pra.tui.widgets.table import Cell, fill

PRODUCT_FORM: Final = "product-form"
PRODUCT_REFUSAL: Final = "product-line-refusal"
"""The line above the product line saying why the line typed there was not kept."""
SEASON_FORM: Final = "season-form"
CHANGE_WIDTH: Final = 24
"""Columns of a season's change field, wider when its example is longer."""
COST_FORM: Final = "cost-form"
MARKET_FORM: Final = "market-form"
SALES_START: Final = "sales-start"
"""The field of the day selling starts (a date or a step's number), kept on Enter or when left."""


def _product_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    return {"line": edits.product_line_text(find(group.analysis.products, ref))}


def _product_name(ws: Workshop, group: BusinessGroup, ref: str) -> str:
    return f"“{find(group.analysis.products, ref).name}”"


def _product_also(group: BusinessGroup, ref: str) -> list[str]:
    n = sum(1 for s in group.analysis.seasons if s.product_id == ref)
    return [t("tui.remove.seasons", n=n)] if n else []


def _season_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    season = find(group.analysis.seasons, ref)
    return {
        "label": season.label,
        "months": edits.months_text(season.months, season.follows),
        "change": edits.change_text(group.analysis, season),
    }


def _months_cell(season: Season) -> str:
    """``Okt, Nov``; a season moving with a feast says so: ``Okt, Nov · ikut Lebaran``."""
    months = ", ".join(month_names(season.months))
    if season.follows is None:
        return months
    return t(
        "tui.analysis.months_moving", months=months, feast=t(f"tui.analysis.feast_{season.follows}")
    )


def _cost_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    cost = find(group.analysis.fixed_costs, ref)
    return {"label": cost.label, "amount": number_text(cost.amount)}


def _market_values(group: BusinessGroup, ref: str) -> Mapping[str, str]:
    kind, index = edits.split_market_ref(ref)
    return {"kind": kind, "text": getattr(group.analysis, kind)[index]}


def _said_start(ws: Workshop, group_id: str, undo: str) -> str:
    """The toast for a day selling starts just kept: the day, or the step, and ``undo``
    (the key that undoes it, :func:`~pra.tui.keys.undo_hint`)."""
    analysis = find(ws.groups, group_id).analysis
    if analysis.sales_start is not None:
        value = format_date(analysis.sales_start)
    elif analysis.sales_step_id is not None:
        value = edits.sales_start_text(ws, group_id)
    else:
        return t("tui.analysis.sales_start_cleared", undo=undo)
    return t("tui.analysis.sales_start_set", value=value, undo=undo)


@register
class AnalysisView(GroupStepView):
    step = PraStep.ANALYSIS
    TABS = "analysis-tabs"

    ROWS: ClassVar[Mapping[str, RowOps]] = {
        "product-table": RowOps(
            edits.remove_product,
            edits.move_product,
            PRODUCT_FORM,
            _product_values,
            name=_product_name,
            also=_product_also,
        ),
        "season-table": RowOps(edits.remove_season, None, SEASON_FORM, _season_values),
        "cost-table": RowOps(edits.remove_fixed_cost, None, COST_FORM, _cost_values),
        "market-list": RowOps(edits.remove_market_item, None, MARKET_FORM, _market_values),
    }
    HINTS: ClassVar[Mapping[str, str]] = {
        PRODUCT_FORM: "tui.analysis.product_hint",
        SEASON_FORM: "tui.analysis.season_hint",
        COST_FORM: "tui.analysis.cost_hint",
        MARKET_FORM: "tui.analysis.market_hint",
    }

    def compose(self) -> ComposeResult:
        kinds = [(t(f"tui.analysis.list_{k}"), k) for k in MARKET_LISTS]
        with TabbedContent(id="analysis-tabs"):
            with TabPane(t("tui.analysis.tab_products"), id="tab-products"), PlainScroll():
                yield Static(id="analysis-head", classes="box-title")
                yield from self.form_hint(PRODUCT_FORM)
                yield self.line_refusal(PRODUCT_REFUSAL)
                yield from entry_form(
                    PRODUCT_FORM, [Field("line", t("tui.analysis.product_placeholder"))]
                )
                yield DataTable(id="product-table", cursor_type="row", zebra_stripes=True)
                # the verdict under the table: Tab reaches it and ↑/↓ scroll the tab (100x30)
                yield ReadingBox(id="analysis-summary", classes="summary")
            with TabPane(t("tui.analysis.tab_seasons"), id="tab-seasons"), PlainScroll():
                yield Static(t("tui.analysis.seasons"), classes="box-title")
                yield from self.form_hint(SEASON_FORM)
                yield from entry_form(
                    SEASON_FORM,
                    [
                        Field("label", t("tui.analysis.season_label_hint")),
                        Field("months", t("tui.analysis.season_months_hint"), 16),
                        Field("change", "", CHANGE_WIDTH),  # its example: the group's product
                    ],
                )
                yield DataTable(id="season-table", cursor_type="row", zebra_stripes=True)
                yield Static(id="cost-head", classes="box-title")
                yield from self.form_hint(COST_FORM)
                yield from entry_form(
                    COST_FORM,
                    [
                        Field("label", t("tui.analysis.cost_label_hint")),
                        Field("amount", t("tui.analysis.cost_amount_hint"), 16),
                    ],
                )
                yield DataTable(id="cost-table", cursor_type="row", zebra_stripes=True)
            with TabPane(t("tui.analysis.tab_market"), id="tab-market"), PlainScroll():
                yield Static(t("tui.analysis.market"), classes="box-title")
                yield from self.form_hint(MARKET_FORM)
                yield from entry_form(
                    MARKET_FORM,
                    [
                        Field("kind", t("tui.analysis.market_kind_hint"), 18, kinds),
                        Field("text", t("tui.analysis.market_text_hint")),
                    ],
                )
                yield OptionList(id="market-list")
            with TabPane(t("tui.analysis.tab_cash"), id="tab-cash"), PlainScroll():
                with Horizontal(id="sales-form"):
                    yield Label(t("tui.analysis.sales_start"))
                    yield TextField(
                        placeholder=t("tui.analysis.sales_start_hint"),
                        id=SALES_START,
                        compact=True,
                    )
                yield self.refusal_line("sales-refusal")
                yield ReadingBox(id="cash-lines", classes="summary")
                yield DataTable(id="cash-table", cursor_type="row", zebra_stripes=True)

    def focus_first(self) -> None:
        self.focus_form(PRODUCT_FORM)

    # -- rendering ----------------------------------------------------------------------
    def _table(self, table_id: str) -> DataTable[Cell]:
        """A table as tall as its rows (``pra.tcss``): the tab scrolls as a whole."""
        table: DataTable[Cell] = self.query_one(f"#{table_id}", DataTable)
        return table

    def show(self, ws: Workshop, group_id: str | None) -> None:
        group = self.group
        if group is None:
            return
        start = analysis_start(group, ws.info.date)
        plan = business_plan(group, start)
        self._show_products(group, plan, {p.id: p.name for p in ws.participants})
        self._show_seasons(group)
        self._show_market(group)
        self._show_sales_start(ws, group.id)
        self._show_cash(group, plan, dated=start is not None)

    def _show_products(
        self, group: BusinessGroup, plan: BusinessPlan, names: Mapping[str, str]
    ) -> None:
        self.query_one("#analysis-head", Static).update(
            t("tui.analysis.head", group=group.name, n=len(group.analysis.products))
        )
        lines = {line.product_id: line for line in plan.ordinary.products}
        rows: list[tuple[str, list[Cell]]] = []
        for i, p in enumerate(group.analysis.products, 1):
            line = lines[p.id]
            rows.append(
                (
                    p.id,
                    [
                        str(i),
                        # who runs it as her own business (#13), in the same cell
                        t(
                            "tui.analysis.product_by",
                            name=p.name,
                            who=", ".join(names.get(m, m) for m in p.member_ids),
                        )
                        if p.member_ids
                        else p.name,
                        p.unit or "–",
                        format_rupiah(p.price),
                        format_rupiah(p.unit_cost),
                        format_number(p.units_per_month),
                        format_rupiah(line.margin),
                    ],
                )
            )
        fill(
            self._table("product-table"),
            [
                t("tui.group.col_no"),
                t("tui.analysis.col_product"),
                t("tui.analysis.col_unit"),
                t("tui.analysis.col_price"),
                t("tui.analysis.col_cost"),
                t("tui.analysis.col_units"),
                t("tui.analysis.col_margin"),
            ],
            rows,
            wrap=(1,),
            narrow=(1, 3, 6),  # beside the notes (F1): the product, its price, its profit
        )
        # the verdict in the sentences page 1 and the printed analysis say (rev13-code F-c)
        verdict = capacity_verdict(group, plan, names)
        # the break-even with the instalments after the verdict: the verdict stays in sight
        debt = [n for n in plan.lines if n.key == "plan.business.line_break_even_debt"]
        said = [n for n in plan.lines[:-1] if n not in debt]
        summary = [n.text() for n in (*said, *verdict, *debt)]
        summary += [f"⚠ {w.text()}" for w in plan.warnings]
        self.query_one("#analysis-summary", Static).update("\n".join(summary))

    def _show_seasons(self, group: BusinessGroup) -> None:
        analysis = group.analysis
        product = edits.change_example(analysis) or t("tui.analysis.season_change_product")
        change = self.query_one(f"#{SEASON_FORM}-change", Input)
        change.placeholder = t("tui.analysis.season_change_hint", product=product)
        change.styles.width = max(CHANGE_WIDTH, cell_len(change.placeholder) + HINT_PADDING)
        names = {p.id: p.name for p in analysis.products}
        rows: list[tuple[str, list[Cell]]] = [
            (
                s.id,
                [
                    s.label,
                    _months_cell(s),
                    names.get(s.product_id or "", t("tui.analysis.all_products")),
                    f"{s.percent}%"
                    if s.percent is not None
                    else t("tui.analysis.units_value", n=format_number(s.units or 0)),
                ],
            )
            for s in analysis.seasons
        ]
        fill(
            self._table("season-table"),
            [
                t("tui.analysis.col_season"),
                t("tui.analysis.col_months"),
                t("tui.analysis.col_for"),
                t("tui.analysis.col_change"),
            ],
            rows,
            wrap=(0, 2),
            narrow=(0, 1, 3),  # beside the notes (F1): the season, its months, the change
        )
        total = sum(c.amount for c in analysis.fixed_costs)
        self.query_one("#cost-head", Static).update(
            t("tui.analysis.costs", total=format_rupiah(total))
        )
        fill(
            self._table("cost-table"),
            [t("tui.analysis.col_cost_label"), t("tui.analysis.col_amount")],
            [(c.id, [c.label, format_rupiah(c.amount)]) for c in analysis.fixed_costs],
            wrap=(0,),
            narrow=(0, 1),  # beside the notes (F1) both, the cost's name wrapped
        )

    def _show_market(self, group: BusinessGroup) -> None:
        rows = [
            (edits.market_ref(kind, i), f"{t(f'tui.analysis.list_{kind}')}: {item}")
            for kind in MARKET_LISTS
            for i, item in enumerate(getattr(group.analysis, kind))
        ]
        fill_options(self.query_one("#market-list", OptionList), rows)

    def _show_cash(self, group: BusinessGroup, plan: BusinessPlan, *, dated: bool) -> None:
        lines = [plan.lines[1].text()]
        if not dated:  # say what names the months rather than "Bulan 1, Bulan 2"
            lines.append(t("tui.analysis.cash.undated"))
        lines += [f"⚠ {w.text()}" for w in plan.warnings]
        if plan.assumed is not None:
            lines.append(plan.assumed.text())
        if plan.sales_note is not None:
            lines.append(plan.sales_note.text())
        lines += [n.text() for n in plan.repaid]
        lines.append(t("tui.analysis.cash.columns"))
        self.query_one("#cash-lines", Static).update("\n".join(lines))
        # the printed cash flow's columns in its words (``pra.export.analysis``), each lender's
        # instalments in a column of their own, so a lender's instalment is followed from the
        # screen to the page
        columns: list[tuple[str, list[int]]] = []
        if any(m.funding for m in plan.months):
            columns.append((t("export.analysis.col_funding"), [m.funding for m in plan.months]))
        columns += [
            (t("export.analysis.col_sales"), [m.sales for m in plan.months]),
            (t("export.analysis.col_cost_of_sales"), [m.cost_of_sales for m in plan.months]),
            (t("export.analysis.col_fixed_costs"), [m.fixed_costs for m in plan.months]),
            (
                t("export.analysis.col_instalments_dues"),
                [m.members_and_dues for m in plan.months],
            ),
        ]
        for k, loan in enumerate(group.capital.loans):
            name = loan.lender or source_name(loan).text()
            columns.append(
                (
                    t("export.analysis.col_lender", source=name),
                    [m.lenders[k] if k < len(m.lenders) else 0 for m in plan.months],
                )
            )
        columns.append((t("export.analysis.col_closing"), [m.closing for m in plan.months]))
        # amounts without "Rp" (the line above says so) and titles over up to three lines, so
        # that the printed columns fit beside each other at 100×30
        rows: list[tuple[str, list[Cell]]] = [
            (
                str(m.index),
                [
                    m.period.label(),
                    *(Text(format_number(values[i]), justify="right") for _, values in columns),
                ],
            )
            for i, m in enumerate(plan.months)
        ]
        titles = [t("export.analysis.col_month"), *(title for title, _ in columns)]
        widths = [max((len(cells[k]) for _, cells in rows), default=0) for k in range(len(titles))]
        # a second lender's column would push the closing cash past the right edge at 100×30
        # ("Kas akhi", "1.844.00"): with several lenders the titles take a fourth line instead
        most = 4 if len(group.capital.loans) > 1 else 3
        wrapped = [
            title_lines(title, width, most=most)
            for title, width in zip(titles, widths, strict=True)
        ]
        table = self._table("cash-table")
        table.header_height = max(title.count("\n") + 1 for title in wrapped)
        fill(table, wrapped, rows)

    def _show_sales_start(self, ws: Workshop, group_id: str) -> None:
        field = self.query_one(f"#{SALES_START}", TextField)
        if self.typing_in(field) and field.value != self.rendered_start:
            return  # being typed in: left alone until kept
        if self.holds_refused(field):
            return  # not kept: the text stays beside the sentence that says why
        shown = self.rendered_start = edits.sales_start_text(ws, group_id)
        if field.value != shown:
            field.value = shown
            field.cursor_position = len(shown)  # typing goes on at its end

    # -- input ------------------------------------------------------------------------
    rendered_start = ""
    """What the field of the day selling starts last showed."""

    def _keep_sales_start(self, field: Input) -> bool:
        """Keep the day selling starts; ``False`` if refused (it stays, with its sentence)."""
        group_id = self.group_id
        if group_id is None:
            return False
        text = field.value
        ws = self.session.workshop

        def apply() -> bool:
            done = self.change(
                lambda ws, g: edits.set_sales_start(ws, g, text), t("tui.analysis.sales_start")
            )
            if done:
                # what the field shows is what is kept: an undo puts the value before back
                self.rendered_start = field.value
                self.notify(_said_start(self.session.workshop, group_id, undo_hint(self.screen)))
            return done

        return self.keep_field(
            field, changed=text.strip() != edits.sales_start_text(ws, group_id), apply=apply
        )

    def commit_pending(self) -> None:
        field = self.focused_input()
        if field is not None and field.id == SALES_START:
            self._keep_sales_start(field)
        super().commit_pending()  # a product, season, cost or market line typed, not entered

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != SALES_START:
            return  # the entry forms are handled by GroupStepView
        event.stop()
        event.prevent_default()
        self._keep_sales_start(event.input)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if event.input.id == SALES_START:
            self._keep_sales_start(event.input)

    def _product(self, text: str, ref: str | None) -> bool:
        """Add or change the product ``text`` reads; refused, the line stays and its sentence
        shows above it, as step 8's and step 11's do (rev17-facil: a toast alone, gone in 4 s)."""
        name = text.split(",")[0].strip()
        if ref is None:
            done = self.change(
                lambda ws, g: edits.add_product_line(ws, g, text),
                t("tui.group.added", name=name),
            )
        else:
            done = self.change(
                lambda ws, g: edits.update_product_line(ws, g, ref, text),
                t("tui.group.changed", name=name),
            )
        self.say_line_refused(PRODUCT_REFUSAL, "" if done else self.session.last_error or "")
        return done

    def on_input_changed(self, event: Input.Changed) -> None:
        """The product line emptied (Ctrl+U, erased, Esc): the sentence refusing it goes too."""
        if event.input.id == f"{PRODUCT_FORM}-line" and not event.value.strip():
            self.say_line_refused(PRODUCT_REFUSAL, "")

    def leave_group(self) -> None:
        super().leave_group()  # the line typed goes aside with its group, and so does its refusal
        self.say_line_refused(PRODUCT_REFUSAL, "")

    def refused_why(self) -> str:
        """The refusal above the product line, for what Ctrl+Q says of the line still typed."""
        refusal = self.query_one(f"#{PRODUCT_REFUSAL}", Static)
        return str(refusal.content).strip() if refusal.display else ""

    def submit(self, form_id: str, values: Mapping[str, str], row_id: str | None) -> bool:
        if form_id == PRODUCT_FORM:
            return self._product(values["line"], row_id)
        if form_id == SEASON_FORM:
            label, months, change = values["label"], values["months"], values["change"]
            if row_id is None:
                return self.change(
                    lambda ws, g: edits.add_season(ws, g, label, months, change),
                    t("tui.group.added", name=label),
                )
            return self.change(
                lambda ws, g: edits.update_season(ws, g, row_id, label, months, change),
                t("tui.group.changed", name=label),
            )
        if form_id == COST_FORM:
            label, amount = values["label"], values["amount"]
            if row_id is None:
                return self.change(
                    lambda ws, g: edits.add_fixed_cost(ws, g, label, amount),
                    t("tui.group.added", name=label),
                )
            return self.change(
                lambda ws, g: edits.update_fixed_cost(ws, g, row_id, label, amount),
                t("tui.group.changed", name=label),
            )
        kind, text = values["kind"] or MARKET_LISTS[0], values["text"]
        if row_id is None:
            return self.change(
                lambda ws, g: edits.add_market_item(ws, g, kind, text),
                t("tui.group.added", name=text),
            )
        return self.change(
            lambda ws, g: edits.update_market_item(ws, g, row_id, kind, text),
            t("tui.group.changed", name=text),
        )


def title_lines(title: str, width: int, *, most: int = 3) -> str:
    """A column title over as many lines (at most ``most``) as keep it within its column's
    ``width`` (a longer word keeps its line): ``Angsuran anggota\ndan iuran``."""
    import textwrap

    at = max(width, *(len(word) for word in title.split()))
    while len(lines := textwrap.wrap(title, at)) > most:
        at += 1
    return "\n".join(lines)

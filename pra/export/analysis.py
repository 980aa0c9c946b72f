"""The business analysis (analisis usaha) of the printed plan.

Products with their price and cost per unit; the profit and loss of an
ordinary month, product by product, with the fixed costs; the seasons; the
cash flow from the plan's start until every loan's last instalment, with the
instalments and dues and a line per loan saying when it is repaid; the
break-even and the repayment capacity in sentences, each month the cash cannot
pay the instalments in bold; and the market lists. Every figure comes from
:func:`pra.plan.business.business_plan`; amounts are single words (``Rp`` and
the number joined by a no-break space), and the table fitter gives each column
at least its widest word, so no amount is split across lines.
"""

from __future__ import annotations

from typing import Any

from pra.export import sections
from pra.export.context import Context
from pra.export.tables import Cell, CellValue, Column
from pra.model.business import MARKET_LISTS
from pra.plan.business import (
    BusinessPlan,
    analysis_start,
    business_plan,
    month_names,
    season_placed,
)
from pra.plan.cash_summary import capacity_verdict
from pra.plan.makers import Makers, makers, makers_intro


def analysis_section(ctx: Context, heading: str) -> None:
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    analysis = group.analysis
    if analysis.is_empty:
        w.empty()
        return
    plan = business_plan(group, analysis_start(group, ctx.ws.info.date))
    # the seasons before the ordinary month's profit and loss: printed after it, their few
    # lines were left alone on the page before the landscape cash flow (rev14-lender 7)
    if analysis.products:
        _products(ctx)
    if analysis.seasons:
        _seasons(ctx, plan)
    if analysis.products:
        _profit_and_loss(ctx, plan)
        _cash_flow(ctx, plan)
        w.heading(ctx.t("export.analysis.heading_capacity"), 2)
        names = {p.id: p.name for p in ctx.ws.participants}
        verdict = capacity_verdict(group, plan, names)
        found = makers(group, plan)
        if found is None:
            w.lines(ctx.notice(n) for n in (*plan.lines[2:-1], *verdict))
        else:  # members' own businesses: one row each, then the verdict (#13)
            # the break-even lines may stay at a page's foot: kept with the sentence that
            # introduces the table and the table, the whole block moved and left Tri Astha's
            # cash-flow page 297 pt empty
            w.lines(ctx.notice(n) for n in plan.lines[2:-1])
            w.lines([ctx.notice(makers_intro(found))], keep_together=False)
            _makers(ctx, found)
            w.lines(ctx.notice(n) for n in verdict)
        for warning in plan.warnings:
            w.paragraph(ctx.notice(warning), bold=True)
    _market(ctx)


def _products(ctx: Context) -> None:
    group = ctx.group
    assert group is not None
    ctx.writer.heading(ctx.t("export.analysis.heading_products"), 2)
    rows: list[tuple[CellValue, ...]] = [
        (
            ctx.number(i),
            p.name,
            p.unit,
            ctx.rupiah(p.price),
            ctx.rupiah(p.materials),
            ctx.rupiah(p.labour),
            ctx.rupiah(p.packaging),
            ctx.rupiah(p.unit_cost),
        )
        for i, p in enumerate(group.analysis.products, start=1)
    ]
    ctx.writer.table(
        [
            Column(0.8, "center"),
            Column(3.6),
            Column(1.6),
            Column(2.0, "right"),
            Column(2.0, "right"),
            Column(2.0, "right"),
            Column(2.0, "right"),
            Column(2.1, "right"),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.analysis.col_product"),
            ctx.t("export.col.unit"),
            Cell(ctx.t("export.analysis.col_price"), align="right"),
            Cell(ctx.t("export.analysis.col_materials"), align="right"),
            Cell(ctx.t("export.analysis.col_labour"), align="right"),
            Cell(ctx.t("export.analysis.col_packaging"), align="right"),
            Cell(ctx.t("export.analysis.col_unit_cost"), align="right"),
        ],
        rows,
    )


def _profit_and_loss(ctx: Context, plan: BusinessPlan) -> None:
    group = ctx.group
    assert group is not None
    w = ctx.writer
    w.heading(ctx.t("export.analysis.heading_pnl"), 2)
    pnl = plan.ordinary
    rows: list[tuple[CellValue, ...]] = [
        (
            p.name,
            f"{ctx.number(p.units)} {p.unit}".strip(),
            ctx.rupiah(p.sales),
            ctx.rupiah(p.cost),
            ctx.rupiah(p.margin),
        )
        for p in pnl.products
    ]
    rows.append(
        (
            Cell(ctx.t("export.total"), bold=True),
            "",
            Cell(ctx.rupiah(pnl.sales), bold=True, align="right"),
            Cell(ctx.rupiah(pnl.cost_of_sales), bold=True, align="right"),
            Cell(ctx.rupiah(pnl.margin), bold=True, align="right"),
        )
    )
    for cost in group.analysis.fixed_costs:
        rows.append(
            (
                ctx.t("export.analysis.fixed_cost", label=cost.label),
                "",
                "",
                "",
                ctx.rupiah(-cost.amount),
            )
        )
    rows.append(
        (
            Cell(ctx.t("export.analysis.profit_month"), bold=True, span=4),
            Cell(ctx.rupiah(pnl.profit), bold=True, align="right"),
        )
    )
    w.table(
        [
            Column(4.6),
            Column(2.4, "right"),
            Column(3.0, "right"),
            Column(3.0, "right"),
            Column(3.0, "right"),
        ],
        [
            ctx.t("export.analysis.col_product"),
            Cell(ctx.t("export.analysis.col_sold_month"), align="right"),
            Cell(ctx.t("export.analysis.col_sales"), align="right"),
            Cell(ctx.t("export.analysis.col_cost_of_sales"), align="right"),
            Cell(ctx.t("export.analysis.col_margin"), align="right"),
        ],
        rows,
    )


def _makers(ctx: Context, found: Makers) -> None:
    """Usaha | Dijalankan oleh | Laba sebulan | Per orang | Dibayar peminjam | Sisa: each
    business run by members against what one of its borrowers pays (a shortfall as
    ``kurang Rp …``, in bold)."""
    rows: list[tuple[CellValue, ...]] = [
        (
            b.name,
            ctx.names(b.member_ids),
            ctx.rupiah(b.profit),
            ctx.rupiah(b.per_member),
            ctx.rupiah(b.payment),
            ctx.rupiah(b.left)
            if b.left >= 0
            else Cell(
                ctx.t("export.analysis.maker_short", amount=ctx.rupiah(-b.left)),
                bold=True,
                align="right",
            ),
        )
        for b in found.businesses
    ]
    ctx.writer.table(
        [
            Column(3.6),
            Column(3.2),
            Column(2.4, "right"),
            Column(2.3, "right"),
            Column(2.3, "right"),
            Column(2.3, "right"),
        ],
        [
            ctx.t("export.analysis.col_maker_business"),
            ctx.t("export.analysis.col_maker_run_by"),
            Cell(ctx.t("export.analysis.col_maker_profit"), align="right"),
            Cell(ctx.t("export.analysis.col_maker_per_person"), align="right"),
            Cell(ctx.t("export.analysis.col_maker_paid"), align="right"),
            Cell(ctx.t("export.analysis.col_maker_left"), align="right"),
        ],
        rows,
        lead=1,  # its introducing sentence only
    )


def _seasons(ctx: Context, plan: BusinessPlan) -> None:
    """Each season with its months; one moving with Ramadan or Lebaran with the months it
    falls in, year by year, in the cash flow (``Nov 2003, Okt 2004``)."""
    group = ctx.group
    assert group is not None
    analysis = group.analysis
    names = {p.id: p.name for p in analysis.products}
    ctx.writer.paragraph("", "Table Text")
    ctx.writer.lead(ctx.t("export.analysis.seasons"))
    items = []
    for s in analysis.seasons:
        what = names.get(s.product_id or "", ctx.t("export.analysis.all_products"))
        change = (
            ctx.t("export.analysis.season_percent", percent=ctx.number(s.percent))
            if s.percent is not None
            else ctx.t("export.analysis.season_units", units=ctx.number(s.units or 0))
        )
        months = ", ".join(month_names(s.months, ctx.lang))
        if s.follows is None:
            items.append(
                ctx.t(
                    "export.analysis.season", label=s.label, months=months, what=what, change=change
                )
            )
            continue
        placed = season_placed(s, plan.months)
        if placed:
            months = ", ".join(
                f"{name} {day.year}"
                for name, day in zip(
                    month_names(tuple(d.month for d in placed), ctx.lang), placed, strict=True
                )
            )
        items.append(
            ctx.t(
                "export.analysis.season_moving",
                label=s.label,
                months=months,
                feast=ctx.t(f"export.analysis.feast_{s.follows}"),
                what=what,
                change=change,
            )
        )
    ctx.writer.bullets(items)


def _cash_flow(ctx: Context, plan: BusinessPlan) -> None:
    """The months in one table, on a landscape page when the amounts are too wide for a
    portrait one (a month's sales, payments and closing cash on one row); in two or three
    tables only when they are too wide even for landscape: an amount is never split across
    lines."""
    w = ctx.writer
    months = plan.months

    def total(values: list[int]) -> Cell:
        return Cell(ctx.rupiah(sum(values)), bold=True, align="right")

    columns: list[tuple[str, list[CellValue], Cell | str]] = [
        (
            ctx.t("export.analysis.col_sales"),
            [ctx.rupiah(m.sales) for m in months],
            total([m.sales for m in months]),
        ),
        (
            ctx.t("export.analysis.col_cost_of_sales"),
            [ctx.rupiah(m.cost_of_sales) for m in months],
            total([m.cost_of_sales for m in months]),
        ),
        (
            ctx.t("export.analysis.col_fixed_costs"),
            [ctx.rupiah(m.fixed_costs) for m in months],
            total([m.fixed_costs for m in months]),
        ),
        (
            ctx.t("export.analysis.col_instalments_dues"),
            [ctx.rupiah(m.members_and_dues) for m in months],
            total([m.members_and_dues for m in months]),
        ),
    ]
    # each lender's instalments in a column of their own, named after the lender, so that
    # the lender can follow them apart from what the members pay into their fund
    lenders = _lender_names(ctx)
    for k, name in enumerate(lenders):
        columns.append(
            (
                ctx.t("export.analysis.col_lender", source=name),
                [ctx.rupiah(m.lenders[k]) for m in months],
                total([m.lenders[k] for m in months]),
            )
        )
    # the money still set aside for costs paid ahead: a month whose closing cash is below
    # it is short by the difference, the shortfall rule of the sentences below and of page 1
    # (rev14-lender 6: Penjahit's September, 113.000 closing against 420.000 set aside, read
    # as an ordinary month); said under the table, month by month, the short months' closing
    # cash in bold (a column of its own turned the table landscape)
    kept = plan.reserve or (0,) * len(months)
    columns.append(
        (
            ctx.t("export.analysis.col_closing"),
            [
                Cell(
                    ctx.rupiah(m.closing),
                    bold=m.closing < 0 or (m.repayments > 0 and m.closing < k),
                )
                for m, k in zip(months, kept, strict=True)
            ],
            "",
        )
    )
    funded = any(m.funding for m in months)
    if funded:  # a grant or loan handed over after the first month comes in its month
        columns.insert(
            0,
            (
                ctx.t("export.analysis.col_funding"),
                [ctx.rupiah(m.funding) for m in months],
                total([m.funding for m in months]),
            ),
        )
    # ``Sep 2003``: short month names, so the amounts keep their width
    labels: list[CellValue] = [m.period.label(ctx.lang) for m in months]
    widths = [labels, *([*cells, end] for _, cells, end in columns)]
    wide = w.usable_width() + sections.A4_HEIGHT_EMU - sections.A4_WIDTH_EMU
    landscape = not _fits(ctx, widths) and _fits(ctx, widths, wide)
    w.heading(ctx.t("export.analysis.heading_cash"), 2)
    if landscape:
        # the heading and the opening cash by source end the portrait page, one paragraph
        # kept whole: the last rows or lines of the section above were left alone there
        # (Jaya Bersama: 4 season lines; in English, two rows of the profit and loss)
        _keep_lines(w.paragraph(ctx.notice(plan.lines[1])))
        sections.start_landscape(w.doc)
    else:
        w.paragraph(ctx.notice(plan.lines[1]), keep_with_next=True)
    parts = [columns] if _fits(ctx, widths) else [columns[:3], columns[3:]]
    if len(parts) > 1 and not _fits(ctx, [labels, *([*c, e] for _, c, e in parts[1])]):
        # several lenders: the payments in two tables too, the closing cash with the last
        middle = (len(parts[1]) + 1) // 2
        parts = [parts[0], parts[1][:middle], parts[1][middle:]]
    for part in parts:
        header: list[CellValue] = [ctx.t("export.analysis.col_month")]
        header += [Cell(title, align="right") for title, _, _ in part]
        rows: list[list[CellValue]] = [
            [labels[i], *(cells[i] for _, cells, _ in part)] for i in range(len(months))
        ]
        rows.append([Cell(ctx.t("export.total"), bold=True), *(end for _, _, end in part)])
        # the total with three months above it, never one (rev14-lender 7: "Agu 2004" and
        # Jumlah alone on the next page)
        w.table([Column(2.2), *(Column(2.8, "right") for _ in part)], header, rows, keep_tail=4)
    # how the first month of sales was counted; the table runs until every loan is repaid:
    # say so, loan by loan
    notes = (plan.sales_note, *plan.repaid) if plan.sales_note else plan.repaid
    if plan.assumed is not None:  # the hand-over day the months count from, while undated
        notes = (plan.assumed, *notes)
    if ctx.group is not None and any(m.instalments for m in months):
        # members' instalments paid from the business for loans that bought nothing in it (#13)
        from pra.plan.loan_use import repaid_from_profit

        unused = repaid_from_profit(ctx.group)
        notes = (*notes, unused) if unused is not None else notes
    lines = [ctx.notice(n) for n in notes]
    if any(kept):
        lines.append(_reserve_line(ctx, plan))
    # notes, not sums: the first stays with the table's total, the others may go on to the
    # next page (kept whole with the table's tail they left Sedap Malam's page 12 200 pt empty)
    w.lines(lines[:1])
    w.lines(lines[1:], keep_together=False)
    formula = ctx.t(
        "export.analysis.cash_flow_formula",
        funding=ctx.t("export.analysis.cash_flow_formula_funding") if funded else "",
        lenders="".join(
            ctx.t("export.analysis.cash_flow_formula_lender", source=name) for name in lenders
        ),
    )
    why = ["cash_flow_prepaid"]
    if any(m.instalments for m in months):
        why.append("cash_flow_members")
        from pra.plan.loan_use import own_goods

        # what the members' loans buy is theirs, its output not in the sales plan (rev15-lender
        # 2): said in the note beside the members' instalments, which keeps the table and its
        # notes on the page (a bullet of its own left a page of Sedap Malam 200 pt empty)
        if ctx.group is not None and own_goods(ctx.group) is not None:
            why.append("cash_flow_members_own")
    if lenders:
        why.append("cash_flow_lenders")
    w.note(" ".join([formula, *(ctx.t(f"export.analysis.{key}") for key in why)]))
    if landscape:
        sections.end_landscape(w.doc)


def _reserve_line(ctx: Context, plan: BusinessPlan) -> str:
    """What is still set aside at each month's end, months of the same amount together
    (``Agu 2003 sampai Okt 2003 Rp 420.000, Nov 2003 sampai Jul 2004 Rp 0``)."""
    runs: list[tuple[str, str, int]] = []
    for m, k in zip(plan.months, plan.reserve, strict=True):
        label = m.period.label(ctx.lang)
        if runs and runs[-1][2] == k:
            runs[-1] = (runs[-1][0], label, k)
        else:
            runs.append((label, label, k))
    parts = [
        ctx.t("export.analysis.reserve_run", first=first, last=last, amount=ctx.rupiah(k))
        if first != last
        else ctx.t("export.analysis.reserve_month", month=first, amount=ctx.rupiah(k))
        for first, last, k in runs
    ]
    return ctx.t("export.analysis.cash_flow_reserve", parts=", ".join(parts))


def _lender_names(ctx: Context) -> list[str]:
    """Each lender loan's lender (``BMM``), or its name when the lender is not said."""
    from pra.plan.sources import source_name

    assert ctx.group is not None
    return [loan.lender or ctx.notice(source_name(loan)) for loan in ctx.group.capital.loans]


def _fits(ctx: Context, columns: list[list[CellValue]], width: int | None = None) -> bool:
    """Whether the widest word of every column fits beside the others on the page (or in
    ``width`` EMU)."""
    from pra.export.measure import widest_word
    from pra.export.tables import CELL_MARGIN_TWIPS, TWIPS_PER_EMU

    w = ctx.writer
    size = w.font_size(w.style_id("Table Text"))
    need = sum(
        widest_word([c.text if isinstance(c, Cell) else c for c in column], size, bold=True)
        + 2 * CELL_MARGIN_TWIPS
        + 20
        for column in columns
    )
    return need <= (width or w.usable_width()) // TWIPS_PER_EMU


def _market(ctx: Context) -> None:
    group = ctx.group
    assert group is not None
    lists = [(kind, getattr(group.analysis, kind)) for kind in MARKET_LISTS]
    if not any(items for _, items in lists):
        return
    w = ctx.writer
    w.heading(ctx.t("export.analysis.heading_market"), 2)
    for kind, items in lists:
        if items:
            w.lead(ctx.t(f"export.analysis.market_{kind}"))
            w.bullets(items)


def _keep_lines(paragraph: Any) -> None:
    """``paragraph`` (an oxml ``w:p``) printed on one page, never split by a page break."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.find(qn("w:pPr")).insert(1, OxmlElement("w:keepLines"))

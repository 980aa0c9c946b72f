"""The progress report's money: the fund's ledger for the period, then the business's figures.

The ledger adds up (:func:`pra.plan.followup.fund_period.fund_period`): the
opening balance, each kind of money in (the stimulus when it arrives, what members
hand over, the deductions kept from the loans handed over), the loans handed
over whole, and the closing balance, which is the fund's balance the report
compares with the plan. The business's sales and costs, as the group reports them,
are not the fund's money: they follow in a table of their own, with the group's
repayments to its lenders in the period as money out beside the costs (the plan's
cash flow pays them from the profit), each beside what its schedule made due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import BusinessGroup, Workshop
from pra.model.followup import Meeting
from pra.plan.followup import GroupProgress


def _bold(text: str) -> Cell:
    return Cell(text, bold=True)


def money_section(
    ctx: Context,
    ws: Workshop,
    group: BusinessGroup,
    meetings: Sequence[Meeting],
    progress: GroupProgress,
    first: dt.date,
) -> None:
    """The fund's ledger from ``first`` to the report's day, then the business reported."""
    from pra.export.report_sources import grant_lines, handover_line
    from pra.plan.followup.fund_period import fund_period

    w = ctx.writer
    w.heading(ctx.t("export.report.h.money"))
    ledger = fund_period(ws, group, first, progress.on)
    for line in grant_lines(ctx, group, progress.on):
        w.paragraph(line)
    if (handover := handover_line(ctx, group, progress.on)) is not None:
        w.paragraph(handover)

    rows: list[tuple[str | Cell, ...]] = [
        (
            _bold(ctx.t("export.report.opening", date=ctx.date(first - dt.timedelta(days=1)))),
            _bold(ctx.rupiah(ledger.opening)),
        ),
        (_bold(ctx.t("export.report.money_in")), ""),
    ]
    if ledger.stimulus:
        rows.append((ctx.t("export.report.source.stimulus"), ctx.rupiah(ledger.stimulus)))
    rows += [
        (ctx.t(f"export.report.source.{kind}"), ctx.rupiah(amount))
        for kind, amount in ledger.paid_in
        if amount or kind == "instalment"
    ]
    rows += [
        (
            ctx.t("export.report.source.withheld", label=label)
            if label
            else ctx.t("export.report.source.withheld_all"),
            ctx.rupiah(amount),
        )
        for label, amount in ledger.withheld
    ]
    rows.append((_bold(ctx.t("export.report.total_in")), _bold(ctx.rupiah(ledger.money_in))))
    rows.append((_bold(ctx.t("export.report.money_out")), ""))
    rows.append((ctx.t("export.report.source.loan_out"), ctx.rupiah(ledger.lent)))
    rows.append((_bold(ctx.t("export.report.total_out")), _bold(ctx.rupiah(ledger.money_out))))
    rows.append(
        (
            _bold(ctx.t("export.report.closing", date=ctx.date(progress.on))),
            _bold(ctx.rupiah(ledger.closing)),
        )
    )
    w.table(
        [Column(3), Column(2, "right")],
        [ctx.t("export.report.col.source"), Cell(ctx.t("export.report.col.amount"), align="right")],
        rows,
    )
    fund = progress.fund
    planned = ctx.rupiah(fund.planned) if fund.planned is not None else ctx.t("export.none")
    w.paragraph(
        ctx.t(
            "export.report.fund",
            date=ctx.date(progress.on),
            actual=ctx.rupiah(fund.actual),
            planned=planned,
        )
    )
    business_section(ctx, group, meetings, first, progress.on)


def business_section(
    ctx: Context,
    group: BusinessGroup,
    meetings: Sequence[Meeting],
    first: dt.date,
    last: dt.date,
) -> None:
    """The business's money of the period as the meetings report it: sales, costs, the profit;
    with a lender loan, the group's repayments to each lender as money out beside the costs
    (as the plan's cash flow pays them from the profit), each with what its schedule made
    due within the period, so money in less money out is what the business kept."""
    from pra.plan.followup import lender_periods
    from pra.plan.sources import source_name

    sales = sum(m.sales or 0 for m in meetings)
    costs = sum(m.costs or 0 for m in meetings)
    lenders = lender_periods(group, first, last)
    if not (sales or costs or lenders):
        return

    profit = (_bold(ctx.t("export.report.source.profit")), _bold(ctx.rupiah(sales - costs)))
    header: list[str | Cell] = [
        ctx.t("export.report.col.source"),
        Cell(ctx.t("export.report.col.amount"), align="right"),
    ]
    if not lenders:
        w = ctx.writer
        w.note(ctx.t("export.report.business"), keep_with_next=True)
        w.table(
            [Column(3), Column(2, "right")],
            header,
            [
                (ctx.t("export.report.source.sales"), ctx.rupiah(sales)),
                (ctx.t("export.report.source.costs"), ctx.rupiah(costs)),
                profit,
            ],
        )
        return
    repaid = sum(p.paid for p in lenders)
    rows: list[tuple[str | Cell, ...]] = [
        (_bold(ctx.t("export.report.money_in")), ""),
        (ctx.t("export.report.source.sales"), ctx.rupiah(sales)),
        (_bold(ctx.t("export.report.total_in")), _bold(ctx.rupiah(sales))),
        (_bold(ctx.t("export.report.money_out")), ""),
        (ctx.t("export.report.source.costs"), ctx.rupiah(costs)),
    ]
    for period in lenders:
        due = ctx.rupiah(period.due) if period.dated else ctx.t("export.report.lender_unknown")
        name = ctx.notice(source_name(period.loan))
        rows.append(
            (
                ctx.t("export.report.source.lender_paid", source=name, due=due),
                ctx.rupiah(period.paid),
            )
        )
    if len(lenders) > 1:
        due_total = (
            ctx.rupiah(sum(p.due for p in lenders))
            if all(p.dated for p in lenders)
            else ctx.t("export.report.lender_unknown")
        )
        rows.append((ctx.t("export.report.source.lenders_paid", due=due_total), ctx.rupiah(repaid)))
    rows += [
        (_bold(ctx.t("export.report.total_out")), _bold(ctx.rupiah(costs + repaid))),
        profit,
        (
            _bold(ctx.t("export.report.source.after_lenders")),
            _bold(ctx.rupiah(sales - costs - repaid)),
        ),
    ]
    ctx.writer.note(ctx.t("export.report.business_lenders"), keep_with_next=True)
    ctx.writer.table([Column(3), Column(2, "right")], header, rows)


def lender_section(ctx: Context, group: BusinessGroup, on: dt.date) -> None:
    """Each lender loan (BMM, koperasi, bank) the group had by ``on``: the instalments its
    schedule makes due and their sum, what the group paid it at its meetings, the arrears, the
    last due day (:func:`pra.plan.followup.lender_statuses`); then each loan only planned by
    then (disbursed later, or undated and not repaid), named apart as not yet disbursed."""
    from pra.plan.followup import lender_statuses
    from pra.plan.formatting import format_short_date
    from pra.plan.sources import source_name

    every = lender_statuses(group, on)
    if not every:
        return
    w = ctx.writer
    w.heading(ctx.t("export.report.h.lender"))
    # a loan disbursed after ``on`` (or undated and not repaid yet) is not the group's debt
    # yet: named apart, never among the loans taken
    planned = [
        ctx.t(
            "export.report.lender_planned",
            source=ctx.notice(source_name(s.loan)),
            amount=ctx.rupiah(s.loan.principal),
            date=ctx.date(s.disbursed),
        )
        if s.disbursed is not None
        else ctx.t(
            "export.report.lender_planned_undated",
            source=ctx.notice(source_name(s.loan)),
            amount=ctx.rupiah(s.loan.principal),
        )
        for s in every
        if not s.taken
    ]
    statuses = [s for s in every if s.taken]
    if not statuses:
        w.lines(planned)
        return
    w.lead(ctx.t("export.report.lender_lead", date=ctx.date(on)))
    rows: list[tuple[str | Cell, ...]] = []
    undated: list[str] = []
    for status in statuses:
        loan = status.loan
        if not status.dated:
            # no disbursement date, no schedule: unknown, never "0 due, no arrears"
            unknown = ctx.t("export.report.lender_unknown")
            name = ctx.notice(source_name(loan))
            paid = ctx.rupiah(status.paid)
            rows.append(
                (name, ctx.rupiah(loan.principal), unknown, unknown, paid, unknown, unknown)
            )
            undated.append(ctx.t("export.report.lender_undated", source=name))
            continue
        rows.append(
            (
                ctx.notice(source_name(loan)),
                ctx.rupiah(loan.principal),
                ctx.t(
                    "export.report.lender_count",
                    count=ctx.number(status.instalments_due),
                    of=ctx.number(status.instalments),
                ),
                ctx.rupiah(status.due),
                ctx.rupiah(status.paid),
                ctx.rupiah(status.arrears),
                format_short_date(status.last_due, ctx.lang)
                if status.last_due
                else ctx.t("export.none"),
            )
        )
    w.table(
        [
            Column(2.4),
            Column(2.0, "right"),
            Column(1.7, "center"),
            Column(2.0, "right"),
            Column(2.0, "right"),
            Column(2.0, "right"),
            Column(1.9),
        ],
        [
            ctx.t("export.report.col.source"),
            Cell(ctx.t("export.report.col.borrowed"), align="right"),
            Cell(ctx.t("export.report.col.lender_instalments"), align="center"),
            Cell(ctx.t("export.report.col.due"), align="right"),
            Cell(ctx.t("export.report.col.paid"), align="right"),
            Cell(ctx.t("export.report.col.arrears"), align="right"),
            ctx.t("export.report.col.lender_last"),
        ],
        rows,
    )
    w.lines(undated + planned)

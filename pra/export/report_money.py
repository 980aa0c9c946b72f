"""The progress report's money: the fund's ledger for the period, then the business's figures.

The ledger adds up (:func:`pra.plan.followup.fund_period.fund_period`): the
opening balance, each kind of money in (the stimulus when it arrives, what members
hand over, the deductions kept from the loans handed over), the loans handed
over whole, and the closing balance, which is the fund's balance the report
compares with the plan. The business's sales and costs, as the group reports them,
are not the fund's money: they follow in a table of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import BusinessGroup, Workshop
from pra.model.followup import Meeting
from pra.plan.followup import GroupProgress


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
    for line in grant_lines(ctx, group):
        w.paragraph(line)
    if (handover := handover_line(ctx, group)) is not None:
        w.paragraph(handover)

    def bold(text: str) -> Cell:
        return Cell(text, bold=True)

    rows: list[tuple[str | Cell, ...]] = [
        (
            bold(ctx.t("export.report.opening", date=ctx.date(first - dt.timedelta(days=1)))),
            bold(ctx.rupiah(ledger.opening)),
        ),
        (bold(ctx.t("export.report.money_in")), ""),
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
    rows.append((bold(ctx.t("export.report.total_in")), bold(ctx.rupiah(ledger.money_in))))
    rows.append((bold(ctx.t("export.report.money_out")), ""))
    rows.append((ctx.t("export.report.source.loan_out"), ctx.rupiah(ledger.lent)))
    rows.append((bold(ctx.t("export.report.total_out")), bold(ctx.rupiah(ledger.money_out))))
    rows.append(
        (
            bold(ctx.t("export.report.closing", date=ctx.date(progress.on))),
            bold(ctx.rupiah(ledger.closing)),
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
    sales = sum(m.sales or 0 for m in meetings)
    costs = sum(m.costs or 0 for m in meetings)
    if not (sales or costs):
        return
    w.note(ctx.t("export.report.business"), keep_with_next=True)
    w.table(
        [Column(3), Column(2, "right")],
        [ctx.t("export.report.col.source"), Cell(ctx.t("export.report.col.amount"), align="right")],
        [
            (ctx.t("export.report.source.sales"), ctx.rupiah(sales)),
            (ctx.t("export.report.source.costs"), ctx.rupiah(costs)),
            (bold(ctx.t("export.report.source.profit")), bold(ctx.rupiah(sales - costs))),
        ],
    )


def lender_section(ctx: Context, group: BusinessGroup, on: dt.date) -> None:
    """Each lender loan (BMM, koperasi, bank) by its schedule up to ``on``: instalments due, their
    sum, the principal the schedule leaves owed, the last due day. The meetings record the
    members' payments to the group, not the group's to the lender: paid says "not recorded"."""
    from pra.plan.formatting import format_short_date
    from pra.plan.lender import group_lender_schedule
    from pra.plan.sources import source_name

    loans = [loan for loan in group.capital.loans if loan.principal]
    if not loans:
        return
    w = ctx.writer
    w.heading(ctx.t("export.report.h.lender"))
    w.lead(ctx.t("export.report.lender_lead", date=ctx.date(on)))
    rows: list[tuple[str | Cell, ...]] = []
    for loan in loans:
        schedule = group_lender_schedule(group, loan)
        due = [i for i in schedule.instalments if i.due is not None and i.due <= on]
        last = schedule.instalments[-1].due if schedule.instalments else None
        rows.append(
            (
                ctx.notice(source_name(loan)),
                ctx.rupiah(loan.principal),
                ctx.t(
                    "export.report.lender_count",
                    count=ctx.number(len(due)),
                    of=ctx.number(len(schedule.instalments)),
                ),
                ctx.rupiah(sum(i.total for i in due)),
                ctx.t("export.report.lender_not_recorded"),
                ctx.rupiah(due[-1].remaining if due else loan.principal),
                format_short_date(last, ctx.lang) if last else ctx.t("export.none"),
            )
        )
    w.table(
        [
            Column(2.6),
            Column(2.0, "right"),
            Column(1.8, "center"),
            Column(2.2, "right"),
            Column(1.8, "center"),
            Column(2.2, "right"),
            Column(2.2),
        ],
        [
            ctx.t("export.report.col.source"),
            Cell(ctx.t("export.report.col.borrowed"), align="right"),
            Cell(ctx.t("export.report.col.lender_instalments"), align="center"),
            Cell(ctx.t("export.report.col.due"), align="right"),
            Cell(ctx.t("export.report.col.paid"), align="center"),
            Cell(ctx.t("export.report.col.lender_owed"), align="right"),
            ctx.t("export.report.col.lender_last"),
        ],
        rows,
    )

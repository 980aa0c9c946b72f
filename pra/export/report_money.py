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
        # the ledger adds up only read whole: never its "Uang keluar" alone at a page's foot
        # (rev15 P3), and the fund's figure under it on the same page
        keep_whole=True,
        keep_with_next=True,
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
    if (gap := gap_line(ctx, group, progress)) is not None:
        w.paragraph(gap)
    business_section(ctx, group, meetings, first, progress.on)


def gap_line(ctx: Context, group: BusinessGroup, progress: GroupProgress) -> str | None:
    """What makes the actual balance differ from the plan's, part by part, adding up to the
    difference (:func:`pra.plan.followup.fund_gap.fund_gap`); ``None`` when they agree."""
    from pra.plan.followup.fund_gap import fund_gap
    from pra.plan.formatting import MINUS

    gap = fund_gap(group, progress)
    if gap is None:
        return None
    parts = list(gap.parts) + ([("rest", gap.rest)] if gap.rest else [])
    text = ""
    for i, (key, amount) in enumerate(parts):
        if key == "dues" and amount < 0:
            key = "dues_short"
        term = ctx.t(f"export.report.gap_part.{key}", amount=ctx.rupiah(abs(amount)))
        sign = MINUS if amount < 0 else "+"
        text += (f"{MINUS} " if amount < 0 else "") + term if i == 0 else f" {sign} {term}"
    return ctx.t("export.report.gap", difference=ctx.rupiah(gap.difference), parts=text)


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


def lender_section(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """Each lender loan (BMM, koperasi, bank) the group had by ``last``, over the period: the
    instalments its schedule makes due within it and their sum, what the group paid it at the
    period's meetings, and the running arrears at both ends of the period (all due less all
    paid, as of that day), so the arrears at the end follow from those at the start
    (:func:`pra.plan.followup.lender_period`); then each loan only planned by then (disbursed
    later, or undated and not repaid), named apart as not yet disbursed."""
    from pra.plan.followup import lender_period
    from pra.plan.formatting import format_short_date
    from pra.plan.sources import source_name

    every = [
        lender_period(group, loan, first, last) for loan in group.capital.loans if loan.principal
    ]
    if not every:
        return
    w = ctx.writer
    w.heading(ctx.t("export.report.h.lender"))
    # a loan disbursed after ``last`` (or undated and not repaid yet) is not the group's debt
    # yet: named apart, never among the loans taken
    planned = [
        ctx.t(
            "export.report.lender_planned",
            source=ctx.notice(source_name(p.loan)),
            amount=ctx.rupiah(p.loan.principal),
            date=ctx.date(p.after.disbursed),
        )
        if p.after.disbursed is not None
        else ctx.t(
            "export.report.lender_planned_undated",
            source=ctx.notice(source_name(p.loan)),
            amount=ctx.rupiah(p.loan.principal),
        )
        for p in every
        if not p.after.taken
    ]
    periods = [p for p in every if p.after.taken]
    if not periods:
        w.lines(planned)
        return
    start = first - dt.timedelta(days=1)
    lead = ctx.t(
        "export.report.lender_lead_period",
        first=ctx.date(first),
        last=ctx.date(last),
        start=ctx.date(start),
    )
    if any(p.dated and (p.ahead_before or p.ahead) for p in periods):
        lead += " " + ctx.t("export.report.lender_lead_ahead")
    w.lead(lead)
    rows: list[tuple[str | Cell, ...]] = []
    notes: list[str] = []
    for period in periods:
        loan = period.loan
        name = ctx.notice(source_name(loan))
        amount = ctx.rupiah(loan.principal)
        if not period.dated:
            # no disbursement date, no schedule: unknown, never "0 due, no arrears"
            unknown = ctx.t("export.report.lender_unknown")
            source = ctx.t("export.report.lender_source", source=name, amount=amount)
            rows.append((source, unknown, unknown, unknown, ctx.rupiah(period.paid), unknown))
            notes.append(ctx.t("export.report.lender_undated", source=name))
            continue
        last_due = period.after.last_due
        source = (
            ctx.t(
                "export.report.lender_source_last",
                source=name,
                amount=amount,
                last=format_short_date(last_due, ctx.lang),
            )
            if last_due
            else ctx.t("export.report.lender_source", source=name, amount=amount)
        )
        rows.append(
            (
                source,
                _instalment_numbers(ctx, period.numbers, period.after.instalments),
                ctx.rupiah(period.arrears_before),
                ctx.rupiah(period.due),
                ctx.rupiah(period.paid),
                ctx.rupiah(period.arrears),
            )
        )
        for day, ahead in ((start, period.ahead_before), (last, period.ahead)):
            if ahead:
                notes.append(
                    ctx.t(
                        "export.report.lender_ahead",
                        source=name,
                        date=ctx.date(day),
                        amount=ctx.rupiah(ahead),
                    )
                )
    w.table(
        [
            Column(3.0),
            Column(2.3, "center"),
            Column(2.1, "right"),
            Column(2.1, "right"),
            Column(2.1, "right"),
            Column(2.1, "right"),
        ],
        [
            ctx.t("export.report.col.lender_loan"),
            Cell(ctx.t("export.report.col.lender_instalments_period"), align="center"),
            Cell(
                ctx.t("export.report.col.arrears_on", date=format_short_date(start, ctx.lang)),
                align="right",
            ),
            Cell(ctx.t("export.report.col.due_period"), align="right"),
            Cell(ctx.t("export.report.col.paid_period"), align="right"),
            Cell(
                ctx.t("export.report.col.arrears_on", date=format_short_date(last, ctx.lang)),
                align="right",
            ),
        ],
        rows,
    )
    w.lines(notes + planned)


def _instalment_numbers(ctx: Context, numbers: tuple[int, int] | None, of: int) -> str:
    """Which of the schedule's instalments fell due within the period: "ke-14–26 dari 52"."""
    if numbers is None:
        return ctx.t("export.report.lender_numbers_none", of=ctx.number(of))
    first, last = numbers
    if first == last:
        return ctx.t("export.report.lender_number", n=ctx.number(first), of=ctx.number(of))
    return ctx.t(
        "export.report.lender_numbers",
        first=ctx.number(first),
        last=ctx.number(last),
        of=ctx.number(of),
    )

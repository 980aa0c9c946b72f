"""The money story by source in the printed plan, the lender's schedule, and the summary.

- :func:`summary_block`: on the first page, what a program officer or a lender
  reads first — the group and its business, the money asked for and from whom,
  the members' own contribution, to whom the plan is submitted, the
  repayment in one sentence per loan, and the repayment capacity from the
  business analysis (:mod:`pra.plan.business`) in one sentence.
- :func:`sources_section`: one table per funding source — what came in, each use
  (``pra.plan.ledger``), and for a lender loan what goes back to the lender —
  with the ledger's check sentences in bold.
- :func:`lender_section`: each lender loan's instalments with their dates.
"""

from __future__ import annotations

from decimal import Decimal

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import Grant, LenderLoan
from pra.plan.capital import CapitalSummary
from pra.plan.fund import repayment_schedule
from pra.plan.ledger import funding_ledger
from pra.plan.lender import LenderSchedule, group_lender_schedule
from pra.plan.revolving import fund_start
from pra.plan.sources import source_name


def _repayment_sentence(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    rows = schedule.instalments
    first, last = rows[0], rows[-1]
    when = (
        ctx.t("export.funding.weekday", day=ctx.t(f"export.funding.day_{loan.due_day}"))
        if loan.frequency == "weekly"
        else ctx.t("export.funding.day_of_month", day=loan.due_day)
    )
    rate = schedule.effective_yearly()
    return ctx.t(
        "export.funding.repayment",
        source=ctx.notice(source_name(loan)),
        count=len(rows),
        frequency=ctx.t(f"export.funding.{loan.frequency}"),
        when=when,
        start=ctx.date(first.due) if first.due else ctx.t("export.funding.undated"),
        amount=ctx.rupiah(first.total),
        last=ctx.rupiah(last.total),
        total=ctx.rupiah(schedule.total_paid),
        rate=ctx.percent(Decimal(str(round(rate * 100, 1))) if rate is not None else 0),
    )


def _capacity_sentence(ctx: Context) -> str:
    """The analysis' repayment capacity in one sentence, or that the analysis is still empty."""
    from pra.plan.business import analysis_start, business_plan

    group = ctx.group
    assert group is not None
    if not group.analysis.products:
        return ctx.t("export.funding.capacity_none")
    plan = business_plan(group, analysis_start(group, ctx.ws.info.date))
    return ctx.notice(plan.lines[-1])


def summary_block(ctx: Context, summary: CapitalSummary) -> None:
    """The one-page summary under the cover lines (see the module docstring)."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    plan = group.capital
    w.paragraph(ctx.t("export.funding.summary_title"), "Cover Line", bold=True)
    members = ctx.t("export.funding.summary_group", members=len(group.member_ids))
    business = group.business or ctx.t("export.funding.no_business")
    lines = [f"{business}; {members}"]
    asked = [
        ctx.t(
            "export.funding.asked_grant",
            amount=ctx.rupiah(s.amount),
            giver=s.giver or ctx.t("export.funding.unnamed"),
        )
        if isinstance(s, Grant)
        else ctx.t(
            "export.funding.asked_loan",
            amount=ctx.rupiah(s.principal),
            lender=s.lender or ctx.t("export.funding.unnamed"),
        )
        for s in plan.sources
        if isinstance(s, Grant | LenderLoan)
    ]
    lines.append(
        ctx.t("export.funding.asked", sources="; ".join(asked))
        if asked
        else ctx.t("export.funding.asked_none")
    )
    ledger = funding_ledger(group)
    own = sum(e.money_in for e in ledger.sources if e.kind == "own") or summary.own_total
    lines.append(ctx.t("export.funding.own", amount=ctx.rupiah(own)))
    to = [s.giver for s in plan.grants if s.giver] + [s.lender for s in plan.loans if s.lender]
    if to or ctx.ws.info.partner:
        lines.append(
            ctx.t(
                "export.funding.submitted_to",
                to=", ".join(dict.fromkeys(to or [ctx.ws.info.partner])),
            )
        )
    if plan.stimulus_per_member > 0 and plan.grants:
        rows = repayment_schedule(plan, fund_start(group)).rows
        lines.append(
            ctx.t(
                "export.funding.member_repayment",
                loan=ctx.rupiah(plan.stimulus_per_member),
                count=len(rows),
                amount=ctx.rupiah(rows[0].principal + rows[0].service_fee),
                last=ctx.rupiah(rows[-1].principal + rows[-1].service_fee),
                start=ctx.date(rows[0].due_date) if rows[0].due_date else "",
            )
        )
    for loan in plan.loans:
        schedule = group_lender_schedule(group, loan)
        if schedule.instalments:
            lines.append(_repayment_sentence(ctx, loan, schedule))
    lines.append(_capacity_sentence(ctx))
    for line in lines:
        w.paragraph(line, "Cover Line")


def sources_section(ctx: Context, heading: str) -> None:
    """One table per source: in, uses, and to whom a loan goes back; then the checks."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    ledger = funding_ledger(group)
    if not ledger.sources:
        return
    w.heading(heading, 2)
    columns = [Column(11.0), Column(5.0, "right")]
    for entry in ledger.sources:
        name = ctx.notice(entry.name)
        rows: list[tuple[str | Cell, ...]] = [
            (ctx.t("export.funding.in"), ctx.rupiah(entry.money_in))
        ]
        rows += [(ctx.t(f"plan.ledger.use_{u.key}"), ctx.rupiah(u.amount)) for u in entry.uses]
        if entry.kind == "loan":
            rows.append(
                (
                    Cell(
                        ctx.t(
                            "export.funding.repaid_to",
                            lender=entry.repaid_to or ctx.t("export.funding.unnamed"),
                        ),
                        bold=True,
                    ),
                    Cell(ctx.rupiah(entry.repaid), bold=True),
                )
            )
        w.table(columns, [Cell(name, bold=True), ""], rows)
        w.paragraph("", "Table Text")
    if ledger.sources and any(e.kind == "grant" for e in ledger.sources):
        w.note(ctx.t("export.funding.grant_note"))
    for check in ledger.checks:
        w.paragraph(ctx.notice(check), bold=True)


def lender_section(ctx: Context) -> None:
    """Each lender loan's instalments: number, date, principal, interest, payment, balance."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    for loan in group.capital.loans:
        schedule = group_lender_schedule(group, loan)
        if not schedule.instalments:
            continue
        w.heading(ctx.t("export.funding.lender_heading", source=ctx.notice(source_name(loan))), 2)
        w.paragraph(_repayment_sentence(ctx, loan, schedule))
        if loan.joint_liability:
            w.paragraph(ctx.t("export.funding.joint"))
        rows: list[tuple[str | Cell, ...]] = [
            (
                ctx.number(i.number),
                ctx.date(i.due) if i.due else "",
                ctx.rupiah(i.principal),
                ctx.rupiah(i.interest),
                ctx.rupiah(i.total),
                ctx.rupiah(i.remaining),
            )
            for i in schedule.instalments
        ]
        rows.append(
            (
                "",
                Cell(ctx.t("export.total"), bold=True),
                Cell(ctx.rupiah(schedule.principal), bold=True),
                Cell(ctx.rupiah(schedule.total_interest), bold=True),
                Cell(ctx.rupiah(schedule.total_paid), bold=True),
                "",
            )
        )
        w.table(
            [
                Column(1.2, "center"),
                Column(4.0),
                Column(2.8, "right"),
                Column(2.6, "right"),
                Column(2.8, "right"),
                Column(3.0, "right"),
            ],
            [
                ctx.t("export.col.no"),
                ctx.t("export.funding.col_due"),
                Cell(ctx.t("export.funding.col_principal"), align="right"),
                Cell(ctx.t("export.funding.col_interest"), align="right"),
                Cell(ctx.t("export.funding.col_pay"), align="right"),
                Cell(ctx.t("export.funding.col_remaining"), align="right"),
            ],
            rows,
        )

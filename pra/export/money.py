"""Capital plan, fund rules and the repayment / rotation schedule, with their arithmetic.

Every figure comes from :mod:`pra.plan` (capital summary, member share,
repayment schedule, revolving fund) together with the sentences that show
how it was reached, so the treasurer can read the sums aloud and the group
can check them with a pencil.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from pra.export.context import Context
from pra.export.tables import Cell, CellValue, Column
from pra.model import CapitalPlan, LenderLoan
from pra.plan.capital import CapitalSummary
from pra.plan.effective_rate import effective_rate
from pra.plan.formatting import format_short_date
from pra.plan.fund import Repayment, by_month, member_share, monthly_charges, repayment_schedule
from pra.plan.notice import Money, Notice
from pra.plan.revolving import FundLedger, fund_start, group_fund, rotation_intro
from pra.plan.rounding import rounding_note, runs
from pra.plan.rule_received import received_conflicts
from pra.plan.sources import source_name

NBSP: Final = "\u00a0"


def has_fund(ctx: Context) -> bool:
    assert ctx.group is not None
    return ctx.group.capital.stimulus_per_member > 0


def capital_section(ctx: Context, heading: str, summary: CapitalSummary) -> None:
    """The budget (RAB) by line and source, then stimulus + own contribution against it."""
    w = ctx.writer
    w.heading(heading)
    w.heading(ctx.t("export.heading.budget"), 2)
    if summary.budget:
        rows: list[tuple[str | Cell, ...]] = [
            (
                ctx.number(i),
                r.item,
                ctx.number(r.quantity),
                r.unit,
                ctx.rupiah(r.unit_price),
                ctx.rupiah(r.total),
                # bought by the members with their loans, not by the group from the source (#13)
                ctx.t("export.source.member_loans")
                if r.member_loans
                else source_label(ctx, r.source, r.source_id),
            )
            for i, r in enumerate(summary.budget, start=1)
        ]
        rows.append(
            (
                "",
                Cell(ctx.t("export.total"), bold=True, span=4),
                Cell(ctx.rupiah(summary.budget_total), bold=True, align="right"),
                "",
            )
        )
        w.table(
            [
                Column(0.9, "center"),
                Column(3.5),
                Column(1.7, "right"),
                Column(1.8),
                Column(2.7, "right"),
                Column(2.9, "right"),
                Column(2.6),
            ],
            [
                ctx.t("export.col.no"),
                ctx.t("export.col.item"),
                Cell(ctx.t("export.col.quantity"), align="right"),
                ctx.t("export.col.unit"),
                Cell(ctx.t("export.col.unit_price"), align="right"),
                Cell(ctx.t("export.col.line_total"), align="right"),
                ctx.t("export.col.source"),
            ],
            rows,
        )
        # "Swadaya" said whole (#13): whose goods and whose cash pledges pay each line
        from pra.plan.ledger import own_line_sources

        assert ctx.group is not None
        own = own_line_sources(ctx.group, {p.id: p.name for p in ctx.ws.participants})
        if own:
            w.note(ctx.t("export.funding.own_by_line"), keep_with_next=True)
            w.lines((ctx.notice(n) for n in own), keep_together=True)
    else:
        w.empty()
    w.heading(ctx.t("export.heading.capital_sum"), 2)
    # each source against the budget lines it pays: a short source is not hidden by the total
    sources: list[tuple[CellValue, ...]] = [
        (
            source_label(ctx, s.source, _only_loan_id(ctx) if s.source == "loan" else None),
            ctx.rupiah(s.available),
            ctx.rupiah(s.planned),
            Cell(_balance(ctx, s.difference), bold=s.difference < 0),
        )
        for s in summary.sources
    ]
    sources.append(
        (
            Cell(ctx.t("export.total"), bold=True),
            Cell(ctx.rupiah(summary.capital_total), bold=True),
            Cell(ctx.rupiah(summary.budget_total), bold=True),
            Cell(_balance(ctx, summary.difference), bold=True),
        )
    )
    w.table(
        [Column(4.2), Column(3.6, "right"), Column(3.6, "right"), Column(4.6, "right")],
        [
            ctx.t("export.col.capital_source"),
            Cell(ctx.t("export.col.available"), align="right"),
            Cell(ctx.t("export.col.planned"), align="right"),
            Cell(ctx.t("export.col.balance"), align="right"),
        ],
        sources,
    )
    w.paragraph("", "Table Text")
    w.lines(ctx.notice(n) for n in summary.lines)


def source_label(ctx: Context, kind: str, source_id: str | None) -> str:
    """Who pays a budget line: "Pinjaman BMM" for a named lender's loan, else the kind.

    A lender reading the budget looks for its own name: "Pinjaman lembaga" left
    open which lender, and a group may borrow from two.
    """
    assert ctx.group is not None
    source = ctx.group.capital.source(source_id)
    if kind == "loan" and isinstance(source, LenderLoan) and source.lender.strip():
        return ctx.notice(source_name(source))
    return ctx.t(f"export.source.{kind}")


def _only_loan_id(ctx: Context) -> str | None:
    """The id of the group's loan when all its loans come from one lender, else ``None``."""
    assert ctx.group is not None
    loans = ctx.group.capital.loans
    lenders = {" ".join(loan.lender.split()).casefold() for loan in loans}
    return loans[0].id if loans and len(lenders) == 1 else None


def _balance(ctx: Context, difference: int) -> str:
    """``kurang Rp 425.000`` / ``lebih Rp 40.000`` / ``pas``."""
    if difference < 0:
        return ctx.notice(Notice("plan.capital.source.short", {"amount": Money(-difference)}))
    if difference > 0:
        return ctx.notice(Notice("plan.capital.source.over", {"amount": Money(difference)}))
    return ctx.notice(Notice("plan.capital.source.even"))


def fund_section(ctx: Context, heading: str) -> None:
    """What each member receives (the deductions line by line) and the fund's rules."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    plan = group.capital
    if not has_fund(ctx) and not plan.rules and not plan.voluntary_savings:
        w.empty()
        return
    if plan.grants:  # "the stimulus belongs to the group": never said of a lender's money
        ctx.render("fund_intro")
    share = member_share(plan)
    if has_fund(ctx):
        w.heading(ctx.t("export.heading.member_share"), 2)
        w.lines(ctx.notice(n) for n in share.lines)
        if share.deductions:
            w.note(ctx.t("export.label.formula", formula=share.formula(ctx.lang)))
        # a written rule naming another amount a member receives (Tri Astha's Rp 435.000 as
        # shipped until #13): said in bold, as pra check says it; no hedge when none does
        for hit in received_conflicts(group):
            w.paragraph(
                ctx.t(
                    "export.label.fund_rule_received",
                    n=hit.number,
                    said=ctx.rupiah(hit.said),
                    received=ctx.rupiah(hit.received),
                ),
                bold=True,
            )
        for warning in share.warnings:
            w.paragraph(ctx.notice(warning), bold=True)
    rules = []
    if plan.compulsory_dues:
        rules.append(
            ctx.notice(Notice("plan.fund.line_dues", {"amount": Money(plan.compulsory_dues)}))
        )
    if plan.voluntary_savings:
        rules.append(_voluntary_line(ctx, plan.voluntary_savings))
    if has_fund(ctx):
        rules.append(
            ctx.t("export.label.service_fee", percent=ctx.percent(plan.service_fee_percent))
        )
        rules.append(ctx.t("export.label.loan_term", months=ctx.number(plan.loan_term_months)))
        if plan.repayment_frequency == "weekly":
            day = plan.repayment_day
            rules.append(
                ctx.t("export.label.repayment_weekday", weekday=ctx.t(f"plan.fund.weekday_{day}"))
                if day is not None
                else ctx.t("export.label.repayment_weekly")
            )
        elif plan.repayment_day is not None:
            rules.append(ctx.t("export.label.repayment_day", day=plan.repayment_day))
        first = [m for m in dict.fromkeys(plan.first_round_ids) if m in group.member_ids]
        rules.append(
            ctx.t("export.label.first_round", names=ctx.names(first))
            if first
            else ctx.t("export.label.everyone_first")
        )
    w.bullets(rules)
    if plan.rules:
        w.lead(ctx.t("export.label.other_rules"))
        w.bullets(_rules_with_day_notes(ctx))


def _rules_with_day_notes(ctx: Context) -> list[str]:
    """The group's own fund rules, each that names another repayment day than the fund's
    followed by a note saying which day the plan's schedule uses (#13: "setiap tanggal 6"
    printed a few lines under "setiap minggu pada hari Senin";
    :func:`pra.plan.rule_days.rule_day_conflicts`, as in ``pra check``)."""
    from pra.plan.rule_days import due_notice, rule_day_conflicts, said_day_notice

    group = ctx.group
    assert group is not None
    plan = group.capital
    rules = list(plan.rules)
    for hit in rule_day_conflicts(group):
        rules[hit.number - 1] = ctx.t(
            "export.label.rule_day_note",
            rule=rules[hit.number - 1],
            said=ctx.notice(said_day_notice(hit)),
            due=ctx.notice(due_notice(plan, hit)),
        )
    return rules


def repayment_section(ctx: Context, heading: str) -> None:
    """One borrower's instalments month by month, and who borrows in which round."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    if not has_fund(ctx):
        w.empty()
        return
    plan = group.capital
    start = fund_start(group)
    repayment = repayment_schedule(plan, start)
    w.heading(ctx.t("export.heading.repayment_member"), 2)
    other = any(r.other for r in repayment.rows)
    columns = [
        Column(1.3, "center"),
        Column(3.2),
        Column(2.3, "right"),
        Column(1.8, "right"),
        Column(1.8, "right"),
        *([Column(1.8, "right")] if other else []),
        Column(2.3, "right"),
        Column(2.5, "right"),
    ]
    keys = ("principal", "fee", "dues", *(("other",) if other else ()), "payment", "remaining")
    totals = (
        repayment.total_principal,
        repayment.total_service_fee,
        repayment.total_dues,
        *((sum(r.other for r in repayment.rows),) if other else ()),
        repayment.total_paid,
    )

    def table(
        money: Callable[[int], str], date: Callable[[dt.date], str]
    ) -> tuple[list[CellValue], list[list[CellValue]]]:
        """The header and rows with amounts written by ``money`` (the header says "(Rp)" when
        the amounts do not) and due dates by ``date``."""
        bare = money(0) == ctx.number(0)
        header: list[CellValue] = [
            ctx.t("export.col.month"),
            ctx.t("export.col.due"),
            *[
                Cell(
                    ctx.t("export.col.in_rupiah", label=ctx.t(f"export.col.{k}"))
                    if bare
                    else ctx.t(f"export.col.{k}"),
                    align="right",
                )
                for k in keys
            ],
        ]
        if repayment.weekly:
            header[0:2] = [ctx.t("export.col.month_weekly"), ctx.t("export.col.due_weekly")]
            rows = _weekly_rows(ctx, plan, repayment, money, other=other)
        else:
            rows = [
                [
                    ctx.number(r.month),
                    date(r.due_date) if r.due_date else ctx.t("export.none"),
                    money(r.principal),
                    money(r.service_fee),
                    money(r.dues),
                    *([money(r.other)] if other else []),
                    money(r.total),
                    money(r.remaining),
                ]
                for r in repayment.rows
            ]
        rows.append(
            [
                Cell(ctx.t("export.total"), bold=True, span=2),
                *[Cell(money(v), bold=True, align="right") for v in totals],
                "",
            ]
        )
        return header, rows

    def whole(day: dt.date) -> str:  # a date on one line
        return ctx.date(day).replace(" ", NBSP)

    def short(day: dt.date) -> str:  # "6 Sep 2004", on one line
        return format_short_date(day, ctx.lang).replace(" ", NBSP)

    # The first of these ways that fits between the margins (Word cuts a word wider than its
    # column anywhere: "Rp 11.458.00 / 0", "Okto / ber"): the dates on one line; else broken
    # at their spaces; 8-digit amounts in 8 columns are wider than the page: "Rp" goes to the
    # header, then the months' names are shortened.
    ways: tuple[tuple[Callable[[int], str], Callable[[dt.date], str]], ...] = (
        (ctx.rupiah, whole),
        (ctx.rupiah, ctx.date),
        (ctx.number, whole),
        (ctx.number, short),
    )
    for money, date in ways:
        header, rows = table(money, date)
        if _fits(ctx, header, rows):
            break
    w.table(columns, header, rows)
    w.lines(ctx.notice(n) for n in repayment.lines)
    w.note(ctx.notice(rounding_note()))
    from pra.plan.business import rate_handover

    # undated, measured on the hand-over the cash flow assumes, and said so (#13)
    handed, assumed = rate_handover(group)
    rate = effective_rate(plan, handed, assumed=assumed)
    if rate is not None:
        w.lines(ctx.notice(n) for n in rate.lines())

    ledger = group_fund(group)
    w.heading(ctx.t("export.heading.rotation"), 2)
    if start is not None:
        w.paragraph(ctx.notice(rotation_intro(group.capital, start)))
    w.table(
        [Column(1.7, "center"), Column(1.5, "center"), Column(3), Column(9.5)],
        [
            ctx.t("export.col.round"),
            ctx.t("export.col.month"),
            ctx.t("export.col.date"),
            ctx.t("export.col.borrowers"),
        ],
        [
            (
                ctx.number(r.number),
                ctx.number(r.month),
                # one line: "1 September / 2003" read as two entries in a narrow column
                ctx.date(r.date).replace(" ", NBSP) or ctx.t("export.none"),
                ctx.names(r.member_ids),
            )
            for r in ledger.rounds
        ],
    )
    if ledger.rows and not ledger.waiting:
        w.paragraph(_rotation_end(ctx, ledger))
    from pra.plan.business import analysis_start
    from pra.plan.round_cash import rounds_caveat

    # the rounds and the balance above are not certain while the cash flow is short (the
    # sentence page 1 says; rev14-lender 3)
    names = {p.id: p.name for p in ctx.ws.participants}
    caveat = rounds_caveat(group, analysis_start(group, ctx.ws.info.date), names)
    if caveat is not None:
        w.paragraph(ctx.notice(caveat))
    if ledger.waiting:
        w.paragraph(ctx.t("export.label.waiting", names=ctx.names(ledger.waiting)))
    for warning in ledger.warnings:
        w.note(ctx.notice(warning))


def _counted(values: list[int], money: Callable[[int], str]) -> str:
    """Equal amounts in a row as one product, ``4 × Rp 13.000``; a different last one added:
    ``3 × Rp 39.500 + Rp 41.000`` (:func:`pra.plan.rounding.runs`)."""
    return " + ".join(
        f"{n}{NBSP}×{NBSP}{money(v)}" if n > 1 else money(v) for n, v in runs(tuple(values))
    )


def _weekly_rows(
    ctx: Context,
    plan: CapitalPlan,
    repayment: Repayment,
    money: Callable[[int], str],
    *,
    other: bool,
) -> list[list[CellValue]]:
    """Weekly instalments a month a row (:func:`pra.plan.fund.by_month`): the month, the days
    of its instalments, each part as ``4 × Rp 13.000``, what the month pays in all and the
    principal still owed after it."""
    from pra.plan.formatting import format_month

    rows: list[list[CellValue]] = []
    for n, weeks in enumerate(by_month(plan, repayment), start=1):
        days = [r.due_date for r in weeks if r.due_date is not None]
        if days:
            label = format_month(days[0], ctx.lang).replace(" ", NBSP)
            # the month is in the first column; the days on one line (#13: May's "3, 10, 17,
            # 24," / "31"), the table's fitting widens the column to them
            when = f",{NBSP}".join(str(d.day) for d in days)
        else:
            label = ctx.t("export.col.month_n", n=ctx.number(n))
            when = ctx.t("export.col.weeks", n=len(weeks))
        rows.append(
            [
                label,
                when,
                _counted([r.principal for r in weeks], money),
                _counted([r.service_fee for r in weeks], money),
                money(sum(r.dues for r in weeks)),
                *([_counted([r.other for r in weeks], money)] if other else []),
                money(sum(r.total for r in weeks)),
                money(weeks[-1].remaining),
            ]
        )
    return rows


def _fits(ctx: Context, header: list[CellValue], rows: list[list[CellValue]]) -> bool:
    """Whether the widest word of every column (the header's in bold) fits beside the others
    between the margins; a cell spanning columns is left out, as the table's fitting does."""
    from pra.export.measure import widest_in
    from pra.export.tables import CELL_MARGIN_TWIPS, TWIPS_PER_EMU

    w = ctx.writer
    sizes = (w.font_size(w.style_id("Table Heading")), w.font_size(w.style_id("Table Text")))
    need = [0] * len(header)
    for values, size, strong in ((header, sizes[0], True), *((r, sizes[1], False) for r in rows)):
        col = 0
        for v in values:
            cell = v if isinstance(v, Cell) else Cell(v)
            if cell.span <= 1 and col < len(need):
                wide = widest_in(cell.text, size, bold=strong or cell.bold)
                need[col] = max(need[col], wide + 2 * CELL_MARGIN_TWIPS + 20)
            col += max(1, cell.span)
    return sum(need) <= w.usable_width() // TWIPS_PER_EMU


def _rotation_end(ctx: Context, ledger: FundLedger) -> str:
    """What the revolving fund holds once every member has borrowed and repaid, with where each
    rupiah of it comes from: the starting capital, the fees, the dues and each deduction kept at
    hand-over by its own name (with every loan repaid, these add up to the balance)."""

    assert ctx.group is not None
    plan = ctx.group.capital
    loans = sum(len(r.member_ids) for r in ledger.rounds)
    kept = "".join(
        ctx.t("export.label.rotation_kept", label=d.label, amount=ctx.rupiah(d.amount * loans))
        for d in member_share(plan).deductions
        if d.amount
    )
    monthly = monthly_charges(plan)[1]
    # dated, the last instalment's day: "bulan ke-11" (the rotation table counts the hand-over
    # month as 0) read against "Lama angsuran: 12 bulan" as a second month count (#13)
    last = ledger.rows[-1]
    when = (
        ctx.t("export.label.rotation_repaid_on", date=ctx.date(last.due_dates[-1]))
        if last.due_dates
        else ctx.t("export.label.rotation_repaid_month", month=ctx.number(last.month))
    )
    return ctx.t(
        "export.label.rotation_end_monthly" if monthly else "export.label.rotation_end",
        when=when,
        balance=ctx.rupiah(ledger.balance),
        start=ctx.rupiah(ledger.stimulus_total),
        fees=ctx.rupiah(sum(r.fees_in for r in ledger.rows)),
        dues=ctx.rupiah(sum(r.dues_in for r in ledger.rows)),
        kept=kept,
    )


def _voluntary_line(ctx: Context, rule: str) -> str:
    """The voluntary-savings rule, labelled unless the group's words already start with the term.

    Groups often write "Simpanan sukarela setiap pertemuan …" into the field, which
    printed as "Simpanan sukarela: Simpanan sukarela setiap pertemuan …".
    """
    if rule.casefold().startswith(ctx.t("export.label.voluntary_term").casefold()):
        return rule
    return ctx.t("export.label.voluntary", rule=rule)

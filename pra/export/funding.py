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

import itertools
from decimal import Decimal

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import Grant, LenderLoan
from pra.plan.capital import CapitalSummary
from pra.plan.due_dates import add_months, months_and_days, undated_first_due
from pra.plan.fund import member_share, repayment_schedule
from pra.plan.ledger import funding_ledger
from pra.plan.lender import (
    LenderSchedule,
    first_interest,
    group_lender_schedule,
    rate_counted_notice,
    rounding_notice,
)
from pra.plan.lender_use import lender_use
from pra.plan.loan_use import summary_line
from pra.plan.notice import Notice
from pra.plan.revolving import FundLedger, RotationRound, fund_start
from pra.plan.rounding import runs_notice
from pra.plan.sources import source_name


def _placed(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> LenderSchedule:
    """The schedule as the cash flow places it (undated: on its assumed hand-over)."""
    from pra.plan.business import analysis_start, placed_lender_schedule

    group = ctx.group
    if group is None:
        return schedule
    return placed_lender_schedule(group, loan, analysis_start(group, ctx.ws.info.date))


def _effective(ctx: Context, placed: LenderSchedule) -> str:
    """The effective yearly rate of ``placed``, to one decimal (0 when there is none)."""
    rate = placed.effective_yearly()
    return ctx.percent(Decimal(str(round(rate * 100, 1))) if rate is not None else 0)


def _repayment_sentence(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    rows = schedule.instalments
    first, last = rows[0], rows[-1]
    when = _when(ctx, loan)
    # undated, the rate rests on the cash flow's assumed hand-over when the plan states one,
    # its first instalment on the loan's own day (#13: 34,5% "right when the grace ends", a
    # Thursday for a Monday loan, beside a cash flow paying from Monday 10 November: 33,7%)
    placed = _placed(ctx, loan, schedule)
    counted = rate_counted_notice(loan, schedule, placed)
    totals = [r.total for r in rows]
    return ctx.t(
        f"export.funding.repayment{_amounts_kind(schedule)}",
        source=ctx.notice(source_name(loan)),
        count=len(rows),
        frequency=ctx.t(f"export.funding.{loan.frequency}"),
        when=when,
        start=ctx.date(first.due)
        if first.due
        else ctx.notice(undated_first_due(loan.frequency, loan.due_day, loan.grace_months)),
        amount=ctx.rupiah(first.total),
        last=ctx.rupiah(last.total),
        low=ctx.rupiah(min(totals)),
        high=ctx.rupiah(max(totals)),
        total=ctx.rupiah(schedule.total_paid),
        rate=_effective(ctx, placed),
        counted=ctx.notice(counted) if counted is not None else "",
    )


def _amounts_kind(schedule: LenderSchedule) -> str:
    """What the instalments are, said as they are: all equal (``_even``), all equal but the
    last (``""``), falling (declining balance, ``_falling``), or else between the least and the
    most (``_varying``): the suffix of the sentence's key."""
    totals = [r.total for r in schedule.instalments]
    if len(set(totals)) == 1:
        return "_even"
    if len(set(totals[:-1])) == 1:
        return ""
    if all(a >= b for a, b in itertools.pairwise(totals)):
        return "_falling"
    return "_varying"


def _loan_brief(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    """Page 1's one sentence on a lender loan: amount, hand-over, rate, grace, liability, the
    instalments and the effective rate; the terms and how the rate is counted are said in full
    over the loan's schedule (#13: page 1 overflowed once a group had a loan)."""
    rows = schedule.instalments
    totals = [r.total for r in rows]
    amounts = ctx.t(
        f"export.funding.brief_amounts{_amounts_kind(schedule)}",
        amount=ctx.rupiah(rows[0].total),
        last=ctx.rupiah(rows[-1].total),
        low=ctx.rupiah(min(totals)),
        high=ctx.rupiah(max(totals)),
    )
    return ctx.t(
        "export.funding.loan_brief",
        source=ctx.notice(source_name(loan)),
        principal=ctx.rupiah(loan.principal),
        disbursed=ctx.t("export.funding.brief_handed", date=ctx.date(schedule.disbursed))
        if schedule.disbursed
        else ctx.t("export.funding.brief_undated"),
        rate=ctx.percent(loan.rate_percent),
        method=ctx.t(f"export.funding.brief_method_{loan.method}"),
        grace=ctx.t(f"export.funding.brief_grace_{loan.method}", months=loan.grace_months)
        if loan.grace_months
        else ctx.t("export.funding.no_grace"),
        joint=ctx.t(
            "export.funding.terms_joint" if loan.joint_liability else "export.funding.terms_single"
        ),
        count=len(rows),
        frequency=ctx.t(f"export.funding.{loan.frequency}"),
        when=_when(ctx, loan),
        start=ctx.date(rows[0].due)
        if rows[0].due
        else ctx.notice(undated_first_due(loan.frequency, loan.due_day, loan.grace_months)),
        until=ctx.t("export.funding.brief_until", date=ctx.date(rows[-1].due))
        if rows[-1].due
        else "",
        amounts=amounts,
        total=ctx.rupiah(schedule.total_paid),
        effective=_effective(ctx, _placed(ctx, loan, schedule)),
    )


def _when(ctx: Context, loan: LenderLoan) -> str:
    if loan.frequency == "weekly":
        return ctx.t("export.funding.weekday", day=ctx.t(f"export.funding.day_{loan.due_day}"))
    return ctx.t("export.funding.day_of_month", day=loan.due_day)


def _first_interest_sentence(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    """How the first instalment's interest is reached when it runs longer than one period (a
    declining loan first due 2 months after the hand-over); empty otherwise."""
    first = first_interest(loan, schedule)
    if first is None:
        return ""
    start = ctx.t(
        "export.funding.first_from_handover_grace"
        if first.grace
        else "export.funding.first_from_handover",
        date=ctx.date(first.start),
        months=loan.grace_months,
    )
    return ctx.t(
        f"export.funding.first_interest_{'week' if loan.frequency == 'weekly' else 'month'}",
        due=ctx.date(first.due),
        months=first.months,
        days=first.days,
        length=first.length,
        start=start,
        rate=ctx.percent(loan.rate_percent),
        owed=ctx.rupiah(loan.principal),
        amount=ctx.rupiah(first.amount),
    )


def _first_due_sentence(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    """Why the first instalment falls when it does after a grace period, the rule said (Jaya
    Bersama: handed over Monday 1 Sep 2003, one month's grace to Wednesday 1 Oct, the first
    Monday on or after it is 6 Oct); empty without grace, dates, or when the first interest's
    sentence already says it."""
    from pra.plan.due_dates import add_months

    rows = schedule.instalments
    if not loan.grace_months or schedule.disbursed is None or not rows or rows[0].due is None:
        return ""
    if first_interest(loan, schedule) is not None:
        return ""
    weekly = loan.frequency == "weekly"
    return ctx.t(
        "export.funding.first_due_weekly" if weekly else "export.funding.first_due_monthly",
        due=ctx.date(rows[0].due),
        months=loan.grace_months,
        handed=ctx.date(schedule.disbursed),
        grace_end=ctx.date(add_months(schedule.disbursed, loan.grace_months)),
        day=ctx.t(f"export.funding.day_{loan.due_day}") if weekly else loan.due_day,
    )


def _terms_sentence(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    """The loan's terms as agreed, so the interest and the first due date can be checked."""
    when = _when(ctx, loan)
    return ctx.t(
        "export.funding.terms",
        source=ctx.notice(source_name(loan)),
        principal=ctx.rupiah(loan.principal),
        rate=ctx.percent(loan.rate_percent),
        method=ctx.t(f"export.funding.method_{loan.method}"),
        interest=ctx.rupiah(schedule.total_interest),
        term=_term_said(ctx, loan, schedule),
        # a declining loan's interest runs through the grace too (#13)
        interest_months=loan.term_months + (loan.grace_months if loan.method != "flat" else 0),
        frequency=ctx.t(f"export.funding.{loan.frequency}"),
        when=when,
        disbursed=ctx.date(schedule.disbursed)
        if schedule.disbursed
        else ctx.t("export.funding.terms_undated"),
        grace=ctx.t(f"export.funding.grace_{loan.method}", months=loan.grace_months)
        if loan.grace_months
        else ctx.t("export.funding.no_grace"),
        joint=ctx.t(
            "export.funding.terms_joint" if loan.joint_liability else "export.funding.terms_single"
        ),
    )


def _term_said(ctx: Context, loan: LenderLoan, schedule: LenderSchedule) -> str:
    """The term as the schedule keeps it (#13, rev13-lender finding 9: "jangka 12 bulan" beside
    instalments to 27 September 2004, 12,9 months after the hand-over): the months of
    instalments after the grace, the months from the hand-over, and the first and last
    instalment's days when dated (Jaya Bersama: 12 months after a month's grace, 13 from
    1 September 2003; 52 Mondays from 6 October 2003 to 27 September 2004, inside the 12
    months from 1 October 2003)."""
    rows = schedule.instalments
    dates = (
        ctx.t("export.funding.term_dates", first=ctx.date(rows[0].due), last=ctx.date(rows[-1].due))
        if rows and rows[0].due and rows[-1].due
        else ""
    )
    disbursed = schedule.disbursed
    last = rows[-1].due if rows else None
    if disbursed is not None and last is not None and rows[0].due is not None:
        months = loan.term_months + loan.grace_months
        if last > add_months(disbursed, months):
            # rev13b-lender finding 3: no grace, due on the 31st, handed over 1 Sep 2003: the
            # first instalment 31 Oct 2003, the last 30 Sep 2004, not "12 bulan sejak dana
            # diserahkan": the months are said as the schedule keeps them
            span, days = months_and_days(disbursed, last)
            return ctx.t(
                "export.funding.term_span",
                count=len(rows),
                frequency=ctx.t(f"export.funding.{loan.frequency}"),
                first=ctx.date(rows[0].due),
                last=ctx.date(last),
                gap=(rows[0].due - disbursed).days,
                span=ctx.t("export.funding.span_days", months=span, days=days)
                if days
                else ctx.t("export.funding.span_months", months=span),
            )
    if loan.grace_months:
        return ctx.t(
            "export.funding.term_after_grace",
            term=loan.term_months,
            months=loan.grace_months,
            span=loan.term_months + loan.grace_months,
            dates=dates,
        )
    return ctx.t("export.funding.term_plain", term=loan.term_months, dates=dates)


def _capacity_sentence(ctx: Context) -> str:
    """The analysis' repayment capacity in one sentence, or that the analysis is still empty."""
    from pra.plan.business import analysis_start, business_plan
    from pra.plan.capacity_brief import capacity_brief, makers_brief
    from pra.plan.cash_summary import cash_notes, short_months
    from pra.plan.makers import makers

    group = ctx.group
    assert group is not None
    if not group.analysis.products:
        return ctx.t("export.funding.capacity_none")
    plan = business_plan(group, analysis_start(group, ctx.ws.info.date))
    # the verdict in one sentence from the same figures as the full verdict the analysis page
    # and the screen say (pra.plan.cash_summary.capacity_verdict), its arithmetic on the
    # analysis page (page 1 stays one page, #13); then what the cash flow shows: the months
    # short, the largest, after the last instalment, instalments before selling; page 1 has
    # no cash flow, where the other places say the hand-over day assumed
    cash = cash_notes(group, plan)
    short = bool(short_months(plan))
    where = ctx.t("export.analysis.heading_capacity")
    found = makers(group, plan)
    brief = (
        capacity_brief(plan, where, cash_short=short)
        if found is None
        else makers_brief(plan, found, {p.id: p.name for p in ctx.ws.participants}, where)
    )
    # a cash flow short in some month leads, as the gap to finance (rev14-lender 4)
    said = [*cash, brief] if short else [brief, *cash]
    if plan.assumed is not None:  # the hand-over day the months count from, while undated
        said.append(plan.assumed)
    return " ".join(ctx.notice(n) for n in said)


def _own_sentence(ctx: Context) -> str:
    """The own contribution, each part said: cash (savings, money pledges paid in), goods and
    labour in kind, money promised and not yet paid in, and the monthly dues."""
    from pra.plan.own import own_contribution

    group = ctx.group
    assert group is not None
    own = own_contribution(group)
    promised = (
        ctx.t("export.funding.own_promised", amount=ctx.rupiah(own.promised))
        if own.promised
        else ""
    )
    cash = [
        ctx.t(f"export.funding.own_{key}", amount=ctx.rupiah(amount))
        for key, amount in (("savings", own.savings), ("paid", own.paid_pledges))
        if amount
    ]
    parts = []
    if cash:
        parts.append(
            ctx.t("export.funding.own_cash", amount=ctx.rupiah(own.cash), what=", ".join(cash))
        )
    if own.in_kind:
        parts.append(ctx.t("export.funding.own_in_kind", amount=ctx.rupiah(own.in_kind)))
    outsiders = ""
    if own.outsiders:  # counted as the pledges' table counts it, said apart (rev16-lender 4)
        outsiders = ctx.t(
            "export.funding.own_outsiders",
            amount=ctx.rupiah(sum(value for _, value in own.outsiders)),
            who=ctx.names(who for who, _ in own.outsiders),
        )
    dues = group.capital.compulsory_dues
    return ctx.t(
        "export.funding.own",
        total=ctx.rupiah(own.total),
        outsiders=outsiders,
        parts=ctx.t("export.funding.own_and").join(parts) or ctx.t("export.funding.own_none"),
        promised=promised,
        dues=ctx.t("export.funding.own_dues", amount=ctx.rupiah(dues)) if dues else "",
    )


def _received_phrase(ctx: Context) -> str:
    """What a borrower gets in cash and why it is less than the loan (the deductions at
    hand-over, each named; savings said to stay the member's own); empty without deductions."""
    from pra.plan.fund import deduction_notice, member_share

    assert ctx.group is not None
    share = member_share(ctx.group.capital)
    if not share.deductions:
        return ""
    # the deduction's one sentence, as the capital plan says it (pra.plan.fund.deduction_notice)
    why = "; ".join(ctx.notice(deduction_notice(d)) for d in share.deductions if d.amount)
    return ctx.t("export.funding.received", received=ctx.rupiah(share.received), why=why)


def _monthly_phrase(ctx: Context, amount: int, last: int) -> str:
    """What a borrower pays each month besides principal and fee, each deduction by its name,
    and so what she pays in all a month (the dues apart); empty without monthly deductions."""
    from pra.plan.fund import REFUNDABLE_KINDS, member_share

    assert ctx.group is not None
    monthly = [d for d in member_share(ctx.group.capital).monthly if d.amount]
    if not monthly:
        return ""
    named = [
        ctx.t(
            "export.funding.round_monthly_saved"
            if d.kind in REFUNDABLE_KINDS
            else "export.funding.round_monthly_kept",
            label=d.label,
            amount=ctx.rupiah(d.amount),
        )
        for d in monthly
    ]
    joined = ctx.t("export.funding.own_and").join(
        [", ".join(named[:-1]), named[-1]] if len(named) > 1 else named
    )
    other = sum(d.amount for d in monthly)
    if ctx.group.capital.repayment_frequency == "weekly":
        # weekly: "per month" from the first and last weekly instalments was wrong (#13); what
        # she pays is counted per calendar month, from the first instalment's month to the last's
        from pra.plan.formatting import format_month
        from pra.plan.weekly_months import calendar_months, month_runs

        months = calendar_months(repayment_schedule(ctx.group.capital, fund_start(ctx.group)).rows)
        if not months:
            return ctx.t("export.funding.round_monthly_weekly_undated", deductions=joined)
        return ctx.t(
            "export.funding.round_monthly_weekly",
            deductions=joined,
            first=format_month(months[0].month, ctx.lang),
            last=format_month(months[-1].month, ctx.lang),
            n=ctx.number(len(months)),
            runs=", ".join(ctx.notice(n) for n in month_runs(months, [m.paid for m in months])),
        )
    return ctx.t(
        "export.funding.round_monthly",
        deductions=joined,
        total=ctx.rupiah(amount + other),
        last=ctx.t("export.funding.round_monthly_last", last=ctx.rupiah(last + other))
        if last != amount
        else "",
    )


def _round_sentences(ctx: Context) -> list[str]:
    """The revolving fund's rounds as its schedule has them: the first round (who, when, what
    each repays), then when the second starts and how many follow."""
    from pra.plan.formatting import format_month
    from pra.plan.revolving import group_fund

    group = ctx.group
    assert group is not None
    plan = group.capital
    fund = group_fund(group)
    rounds = fund.rounds
    rows = repayment_schedule(plan, fund_start(group)).rows
    if not rounds or not rows:
        return []

    def who(member_ids: tuple[str, ...]) -> str:
        if len(member_ids) == len(group.member_ids) > 1:
            return ctx.t("export.funding.round_everyone", n=len(member_ids))
        return ctx.names(member_ids)

    def month(round_: RotationRound) -> str:
        # undated, a round is its month after the hand-over, as the rounds table numbers it
        if round_.date is None:
            return ctx.t("export.funding.undated_round", month=ctx.number(round_.month))
        return format_month(round_.date, ctx.lang)

    first, *later = rounds
    paid = tuple(r.principal + r.service_fee for r in rows)
    amount, last = paid[0], paid[-1]
    # "(10 kali, terakhir Rp 55.000)" under Rp 55.000 a month reads as a different last one;
    # shared out from the first (a large cash unit), every run is said in order
    key = (
        "round_first_runs"
        if len(set(paid[:-1])) > 1
        else "round_first"
        if last != amount
        else "round_first_even"
    )
    found = [
        ctx.t(
            f"export.funding.{key}" + ("_weekly" if plan.repayment_frequency == "weekly" else ""),
            when=ctx.date(first.date) if first.date else ctx.t("export.funding.undated"),
            who=who(first.member_ids),
            n=len(first.member_ids),
            loan=ctx.rupiah(plan.stimulus_per_member),
            received=_received_phrase(ctx),
            count=len(rows),
            amount=ctx.rupiah(amount),
            last=ctx.rupiah(last),
            start=ctx.date(rows[0].due_date)
            if rows[0].due_date
            else ctx.notice(undated_first_due(plan.repayment_frequency, plan.repayment_day)),
            runs=ctx.notice(Notice("plan.fund.parts_runs", {"runs": runs_notice(paid)})),
            monthly=_monthly_phrase(ctx, amount, last),
        )
    ]
    if later:
        found.append(
            ctx.t(
                "export.funding.round_next_more" if len(later) > 1 else "export.funding.round_next",
                when=month(later[0]),
                who=who(later[0].member_ids),
                source=_second_round_source(ctx, fund, later[0].month),
                more=len(later) - 1,
                last=month(later[-1]),
            )
        )
    return found


def _second_round_source(ctx: Context, fund: FundLedger, at: int) -> str:
    """Where the second round's cash comes from: the instalments, fees and dues paid in by
    then when they are enough; else say that the deductions the fund kept at the first
    hand-over make up the rest (Sedap Malam, 6 Oct 2003: 126.000 principal + 15.000 fees +
    50.000 dues = 191.000 in, 225.000 lent: 150.000 of the members' simpanan pokok is there).
    Everything paid in from the fund's first month counts: weekly, the first round's
    instalments start in the hand-over month itself. What was kept is the first hand-over's
    deductions alone (the stimulus less the cash handed over), not that month's closing
    balance, which holds its instalments too. When the group's cash flow is short in a month
    up to the round, neither is asserted: the months are named (:mod:`pra.plan.round_cash`)."""
    from pra.plan.business import analysis_start
    from pra.plan.round_cash import unpaid_rounds

    group = ctx.group
    assert group is not None
    # the cash flow short by then: the instalments are not said to be back (rev13-lender 2)
    for hit in unpaid_rounds(group, analysis_start(group, ctx.ws.info.date)):
        if hit.round.month == at:
            reserve = Notice("plan.business.short_without_reserve") if hit.reserve else ""
            unpaid = Notice(
                "export.funding.round_source_unpaid", {"months": hit.months, "reserve": reserve}
            )
            return ctx.notice(unpaid)
    repaid = sum(r.principal_in + r.fees_in + r.dues_in for r in fund.rows[: at + 1])
    lent = fund.rows[at].lent
    first = fund.rows[0]
    if lent <= repaid:
        return ctx.t("export.funding.round_source_repaid")
    labels = ", ".join(d.label for d in member_share(group.capital).deductions if d.amount)
    return ctx.t(
        "export.funding.round_source_kept",
        lent=ctx.rupiah(lent),
        repaid=ctx.rupiah(repaid),
        kept=ctx.rupiah(first.opening - first.lent),
        labels=labels,
    )


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
    lines.append(_own_sentence(ctx))
    to = [s.giver for s in plan.grants if s.giver] + [s.lender for s in plan.loans if s.lender]
    if to or ctx.ws.info.partner:
        lines.append(
            ctx.t(
                "export.funding.submitted_to",
                to=", ".join(dict.fromkeys(to or [ctx.ws.info.partner])),
            )
        )
    if plan.stimulus_per_member > 0 and plan.grants:
        lines.extend(_round_sentences(ctx))
        use = summary_line(group)  # what the members' loans buy (#13), after the rounds in
        if use is not None:  # the same paragraph: page 1 has no line to spare
            lines[-1] = f"{lines[-1]} {ctx.notice(use)}"
    for loan in plan.loans:
        schedule = group_lender_schedule(group, loan)
        brief = (
            _loan_brief(ctx, loan, schedule)
            if schedule.instalments
            else _terms_sentence(ctx, loan, schedule)
        )
        # what the loan buys, in the same paragraph: page 1 has no line to spare (rev15-lender 4)
        lines.append(f"{brief} {ctx.notice(lender_use(group, loan))}")
    lines.append(_capacity_sentence(ctx))
    # body text, not the cover's large centred lines: the loan terms and the cash received
    # make the summary long, and it must stay on page 1
    for line in lines:
        w.paragraph(line)
    # a money plan that does not add up (members short of what their budget lines buy, a
    # budget above its source …) is said on page 1 too, in bold as under the sources' tables
    for check in funding_ledger(group).checks if plan.sources else ():
        w.paragraph(ctx.notice(check), bold=True)


def sources_section(ctx: Context, heading: str) -> None:
    """One table per source: in, uses, and to whom a loan goes back; then the checks."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    # the own capital's uses name whose pledges they are (#13)
    ledger = funding_ledger(group, {p.id: p.name for p in ctx.ws.participants})
    if not ledger.sources:
        return
    w.heading(heading, 2)
    columns = [Column(11.0), Column(5.0, "right")]
    for entry in ledger.sources:
        name = ctx.notice(entry.name)
        rows: list[tuple[str | Cell, ...]] = [
            (ctx.t("export.funding.in"), ctx.rupiah(entry.money_in))
        ]
        rows += [(ctx.notice(u.notice), ctx.rupiah(u.amount)) for u in entry.uses]
        if entry.kind == "loan":
            # the uses add up to what came in; the repayment is not one of them: it comes out
            # of the business's cash month by month (the cash flow), so it is said apart, in
            # the sentence that leads to the table (and stays on its page)
            w.lead(
                ctx.t(
                    "export.funding.repaid_apart",
                    source=name,
                    lender=entry.repaid_to or ctx.t("export.funding.unnamed"),
                    principal=ctx.rupiah(entry.money_in),
                    interest=ctx.rupiah(entry.repaid - entry.money_in),
                    total=ctx.rupiah(entry.repaid),
                )
            )
        w.table(columns, [Cell(name, bold=True), ""], rows)
        w.paragraph("", "Table Text")
    if ledger.sources and any(e.kind == "grant" for e in ledger.sources):
        # the sentence about lenders' loans only where the group borrows from one
        loans = any(e.kind == "loan" for e in ledger.sources)
        w.note(ctx.t("export.funding.grant_note" if loans else "export.funding.grant_note_alone"))
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
        w.paragraph(_terms_sentence(ctx, loan, schedule))
        w.paragraph(_repayment_sentence(ctx, loan, schedule))
        if first := _first_interest_sentence(ctx, loan, schedule):
            w.paragraph(first)
        # who repays, as the schedule and the cash flow do: the group, from the business's
        # cash (CashMonth.lender), never each member from her own instalments (#13 item 12)
        w.paragraph(
            ctx.t(
                "export.funding.joint" if loan.joint_liability else "export.funding.single",
                lender=loan.lender or ctx.t("export.funding.unnamed"),
            )
        )
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
        # how the amounts were rounded, under its table as under the members' schedule
        w.note(ctx.notice(rounding_notice(loan, group.capital.cash_unit)))
        # why the first instalment falls when it does, under its table: the lines kept before
        # the table stay as they were
        if due := _first_due_sentence(ctx, loan, schedule):
            w.note(due)

"""What each member receives from the stimulus, and what they pay back each month (or week).

The stimulus (bantuan stimulan) is lent to each member; agreed deductions are
taken when it is handed over (Yogyakarta's KUW "Tri Astha": 10 % reserve
(cadangan), 10 % membership shares (saham), 1.5 % administration). The member
then repays the whole loan over the agreed term with a flat monthly service
fee (jasa pinjaman, a percent of the original loan every month) and pays the
compulsory dues (iuran wajib) every month. A group that meets weekly may repay weekly
(``CapitalPlan.repayment_frequency``): ``term × 52 ÷ 12`` instalments on its weekday, the
fee and monthly deductions of the whole term split over them, the dues with the first
instalment of each month (:func:`weekly_schedule`). Every figure comes with the lines of
arithmetic a treasurer can read aloud, so the group can check it on paper.
All rounding follows :mod:`pra.plan.rounding`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal

from pra.i18n import Language, get_language, t
from pra.model import CapitalPlan, Deduction
from pra.plan.due_dates import WEEKS_PER_YEAR as WEEKS_PER_YEAR
from pra.plan.due_dates import (
    count_instalments,
    monthly_due_dates,
    week_month,
    weekly_due_dates,
)
from pra.plan.formatting import MINUS, format_rupiah
from pra.plan.notice import Money, Month, Notice
from pra.plan.rounding import percent_of, runs_notice, split_instalments


@dataclass(frozen=True, slots=True)
class DeductionLine:
    """One deduction worked out in rupiah (``percent`` is ``None`` for a fixed amount)."""

    deduction_id: str
    label: str
    kind: str
    percent: Decimal | None
    amount: int
    frequency: Literal["once", "monthly"]


@dataclass(frozen=True, slots=True)
class MemberShare:
    """The stimulus per member, what is deducted once, and what the member receives in hand."""

    stimulus: int
    deductions: tuple[DeductionLine, ...]
    """Taken once, when the stimulus is handed over."""
    monthly: tuple[DeductionLine, ...]
    """Charged every month of the loan, with the repayments."""
    received: int
    lines: tuple[Notice, ...]
    """The arithmetic, one sentence per line, to read aloud."""
    warnings: tuple[Notice, ...]

    @property
    def deducted(self) -> int:
        return sum(d.amount for d in self.deductions)

    def formula(self, lang: Language | None = None) -> str:
        """The whole sum on one line: ``Bantuan Rp 500.000 − Cadangan 10% Rp 50.000 − … = Rp 392.500``."""
        lang = lang or get_language()
        text = t("plan.fund.formula_start", lang, amount=format_rupiah(self.stimulus, lang))
        for d in self.deductions:
            text += f" {MINUS} " + _term(d).text(lang)
        if self.deducted > self.stimulus:
            # the sum would be negative: say so rather than write a false "= Rp 0"
            difference = format_rupiah(self.stimulus - self.deducted, lang)
            return t("plan.fund.formula_exceeds", lang, sum=text, difference=difference)
        return f"{text} = {format_rupiah(self.received, lang)}"

    def said(self, lang: Language | None = None) -> list[str]:
        """The lines, then the whole sum when something is deducted (with nothing deducted
        the sum would only repeat the loan: "Pinjaman Rp 500.000 = Rp 500.000")."""
        said = [line.text(lang) for line in self.lines]
        return [*said, self.formula(lang)] if self.deductions else said


def _term(d: DeductionLine) -> Notice:
    if d.percent is None:
        return Notice("plan.fund.term_amount", {"label": d.label, "amount": Money(d.amount)})
    return Notice(
        "plan.fund.term_percent",
        {"label": d.label, "percent": d.percent, "amount": Money(d.amount)},
    )


REFUNDABLE_KINDS: Final = frozenset({"share"})
"""Deductions that stay the member's own savings (simpanan pokok, saham) and are refunded."""


def deduction_notice(d: DeductionLine) -> Notice:
    """The one sentence that says what a deduction taken at hand-over is, by its own name, and
    where its money stays: every page that mentions the deduction says it in these words (the
    summary, the capital plan), and the money story by source names it by its label."""
    key = "deduction_refunded" if d.kind in REFUNDABLE_KINDS else "deduction_kept"
    return Notice(f"plan.fund.{key}", {"label": d.label, "amount": Money(d.amount)})


def monthly_deduction_notice(d: DeductionLine, loan: int, weekly: bool = False) -> Notice:
    """The one sentence that says what a deduction charged every month is, by its own name, how
    much it is and where its money stays: savings (kind ``share``) stay the member's own and are
    refunded; the others stay in the revolving fund. ``weekly``: that it is paid within the
    weekly instalments, not as one payment a month (#13)."""
    refunded = "refunded" if d.kind in REFUNDABLE_KINDS else "kept"
    paid = "_weekly" if weekly else ""
    if d.percent is None:
        return Notice(
            f"plan.fund.monthly_{refunded}{paid}", {"label": d.label, "amount": Money(d.amount)}
        )
    return Notice(
        f"plan.fund.monthly_{refunded}_percent{paid}",
        {"label": d.label, "percent": d.percent, "loan": Money(loan), "amount": Money(d.amount)},
    )


def deduction_line(deduction: Deduction, base: int) -> DeductionLine:
    """A deduction in rupiah: its percent of ``base`` (rounded per :mod:`pra.plan.rounding`) or its amount."""
    if deduction.percent is not None:
        amount = percent_of(base, deduction.percent)
    else:
        amount = deduction.amount or 0
    return DeductionLine(
        deduction.id,
        deduction.label,
        deduction.kind,
        deduction.percent,
        amount,
        deduction.frequency,
    )


def member_share(plan: CapitalPlan) -> MemberShare:
    """What each member receives after the deductions taken at hand-over, with the arithmetic.

    Deductions that exceed the stimulus leave the member nothing (never a
    negative amount) and a warning.
    """
    stimulus = plan.stimulus_per_member
    once = tuple(deduction_line(d, stimulus) for d in plan.deductions if d.frequency == "once")
    monthly = tuple(
        deduction_line(d, stimulus) for d in plan.deductions if d.frequency == "monthly"
    )
    deducted = sum(d.amount for d in once)
    received = max(stimulus - deducted, 0)
    # nothing taken at hand-over: the loan is said once, not as loan, received and "= " again
    whole = (
        "plan.fund.line_loan_whole" if not once and stimulus else "plan.fund.line_loan_per_member"
    )
    lines = [Notice(whole, {"amount": Money(stimulus)})]
    for d in once:
        if d.percent is None:
            lines.append(
                Notice("plan.fund.line_amount", {"label": d.label, "amount": Money(d.amount)})
            )
        else:
            lines.append(
                Notice(
                    "plan.fund.line_percent",
                    {
                        "label": d.label,
                        "percent": d.percent,
                        "base": Money(stimulus),
                        "amount": Money(d.amount),
                    },
                )
            )
    if once:
        lines.append(Notice("plan.fund.line_deducted", {"amount": Money(deducted)}))
        lines.append(Notice("plan.fund.line_received", {"amount": Money(received)}))
    warnings = (
        (Notice("plan.fund.deductions_exceed", {"deducted": Money(deducted)}),)
        if deducted > stimulus
        else ()
    )
    return MemberShare(stimulus, once, monthly, received, tuple(lines), warnings)


@dataclass(frozen=True, slots=True)
class RepaymentRow:
    """What a borrower pays at instalment ``month`` (1 = the first after receiving the loan):
    monthly, the month; weekly, the week. The compulsory dues are monthly whatever the
    frequency: with weekly instalments they are paid with the first instalment of each month."""

    month: int
    due_date: dt.date | None
    principal: int
    service_fee: int
    dues: int
    other: int
    """Deductions charged monthly (see :class:`MemberShare`)."""
    total: int
    remaining: int
    """Principal still owed after this payment."""


@dataclass(frozen=True, slots=True)
class Repayment:
    """One member's repayment schedule for the whole loan term, with totals and the arithmetic."""

    loan: int
    term: int
    """The loan's term in months."""
    rows: tuple[RepaymentRow, ...]
    lines: tuple[Notice, ...]
    weekly: bool = False
    """One row a week (:attr:`CapitalPlan.repayment_frequency`), else one a month."""

    @property
    def total_principal(self) -> int:
        return sum(r.principal for r in self.rows)

    @property
    def total_service_fee(self) -> int:
        return sum(r.service_fee for r in self.rows)

    @property
    def total_dues(self) -> int:
        return sum(r.dues for r in self.rows)

    @property
    def total_paid(self) -> int:
        return sum(r.total for r in self.rows)


def instalment_count(plan: CapitalPlan) -> int:
    """A member's instalments (:func:`pra.plan.due_dates.count_instalments`, a lender's rule)."""
    return count_instalments(plan.repayment_frequency, plan.loan_term_months)


def due_day(plan: CapitalPlan, handed_over: dt.date) -> int:
    """The agreed day: of the month (monthly) or of the week (weekly, 1 = Monday); the
    hand-over's own when none was agreed."""
    if plan.repayment_day is not None:
        return plan.repayment_day
    return handed_over.isoweekday() if plan.repayment_frequency == "weekly" else handed_over.day


def fund_due_dates(
    plan: CapitalPlan, handed_over: dt.date, count: int | None = None
) -> tuple[dt.date, ...]:
    """The due dates of a member's instalments (``count``, else :func:`instalment_count`) for
    a loan handed over on ``handed_over``: on the fund's repayment day (the hand-over's own
    when none was agreed), the first at least a month (weekly: a week) after the hand-over."""
    count = instalment_count(plan) if count is None else count
    day = due_day(plan, handed_over)
    if plan.repayment_frequency == "weekly":
        return weekly_due_dates(handed_over, day, count)
    return monthly_due_dates(handed_over, day, count)


def nominal_month(plan: CapitalPlan, number: int) -> int:
    """The month (1 = the first after the hand-over) instalment ``number`` falls in when the
    plan has no dates: monthly, its number; weekly, :func:`pra.plan.due_dates.week_month`
    (13 weeks: 4, 4 and 5 in months 1, 2 and 3), as a lender's weekly loan's."""
    if plan.repayment_frequency == "weekly":
        return week_month(number)
    return number


def monthly_charges(plan: CapitalPlan) -> tuple[int, int]:
    """The flat service fee and the monthly deductions a borrower pays each month of the term."""
    loan = plan.stimulus_per_member
    fee = percent_of(loan, plan.service_fee_percent)
    other = sum(d.amount for d in member_share(plan).monthly)
    return fee, other


def spread(plan: CapitalPlan, monthly: int) -> tuple[int, ...]:
    """An amount charged every month of the term, per instalment: monthly, the amount each
    time; weekly, the term's total (``monthly × term``) split over the weeks in the cash unit
    (:func:`pra.plan.rounding.split_instalments`: rounded up, the rest on the last, or shared
    out from the first where rounding up would pay it before the last), as a lender's flat
    interest is."""
    if plan.repayment_frequency == "weekly":
        total = monthly * plan.loan_term_months
        return split_instalments(total, instalment_count(plan), plan.cash_unit).instalments
    return (monthly,) * plan.loan_term_months


def instalments(plan: CapitalPlan) -> tuple[tuple[int, int], ...]:
    """Each instalment's principal and charges (service fee and monthly deductions), in order."""
    loan = plan.stimulus_per_member
    principal = split_instalments(loan, instalment_count(plan), plan.cash_unit).instalments
    fee, other = monthly_charges(plan)
    charges = (f + o for f, o in zip(spread(plan, fee), spread(plan, other), strict=True))
    return tuple(zip(principal, charges, strict=True))


def repayment_schedule(plan: CapitalPlan, start: dt.date | None = None) -> Repayment:
    """Weekly instalments (:func:`weekly_schedule`) or month-by-month repayment of one member's loan (the whole stimulus, deductions included).

    The principal is split per :func:`pra.plan.rounding.split_instalments` in the
    group's cash unit; the
    service fee is flat: the same percent of the original loan every month.
    ``start`` is the day the loan is handed over; payments fall due a month apart, on
    the fund's repayment day (:func:`fund_due_dates`).
    """
    if plan.repayment_frequency == "weekly":
        return weekly_schedule(plan, start)
    loan, term = plan.stimulus_per_member, plan.loan_term_months
    fee, other = monthly_charges(plan)
    split = split_instalments(loan, term, plan.cash_unit)
    parts = split.instalments
    dates = fund_due_dates(plan, start, term) if start else (None,) * term
    rows = []
    remaining = loan
    for month, (principal, due) in enumerate(zip(parts, dates, strict=True), start=1):
        remaining -= principal
        rows.append(
            RepaymentRow(
                month=month,
                due_date=due,
                principal=principal,
                service_fee=fee,
                dues=plan.compulsory_dues,
                other=other,
                total=principal + fee + plan.compulsory_dues + other,
                remaining=remaining,
            )
        )
    base = split.regular
    lines = [split.note()]
    if start is not None and plan.repayment_day is not None:
        lines.append(
            Notice(
                "plan.fund.line_due_day",
                {"day": plan.repayment_day, "handover": start, "first": dates[0]},
            )
        )
    lines.append(
        Notice(
            "plan.fund.line_fee",
            {"percent": plan.service_fee_percent, "loan": Money(loan), "amount": Money(fee)},
        )
    )
    if plan.compulsory_dues:
        lines.append(Notice("plan.fund.line_dues", {"amount": Money(plan.compulsory_dues)}))
    # each monthly deduction by its own name (a lender asks what "Lain" is made of)
    lines.extend(monthly_deduction_notice(d, loan) for d in member_share(plan).monthly if d.amount)
    monthly = fee + plan.compulsory_dues + other
    if split.last == base:
        lines.append(Notice("plan.fund.line_monthly_total", {"amount": Money(base + monthly)}))
    elif len(set(parts[:-1])) > 1:  # shared out from the first (a large cash unit)
        lines.append(
            Notice(
                "plan.fund.line_monthly_total_runs",
                {"runs": runs_notice(tuple(p + monthly for p in parts))},
            )
        )
    else:
        lines.append(
            Notice(
                "plan.fund.line_monthly_total_last",
                {"amount": Money(base + monthly), "last": Money(split.last + monthly)},
            )
        )
    lines.append(
        Notice(
            "plan.fund.line_total_paid",
            {"term": term, "amount": Money(sum(r.total for r in rows))},
        )
    )
    return Repayment(loan, term, tuple(rows), tuple(lines))


def weekly_schedule(plan: CapitalPlan, start: dt.date | None = None) -> Repayment:
    """One member's weekly instalments (:func:`instalment_count` of them) on the agreed
    weekday, the first at least a week after the hand-over on ``start``: the principal split
    in the cash unit, the flat service fee and the monthly deductions of the whole term
    (``× loan_term_months``) split the same way (:func:`spread`); the month's compulsory dues
    with the first instalment of each month (undated: of each :func:`nominal_month`)."""
    loan, term, count = plan.stimulus_per_member, plan.loan_term_months, instalment_count(plan)
    fee, other = monthly_charges(plan)
    split = split_instalments(loan, count, plan.cash_unit)
    fees, others = spread(plan, fee), spread(plan, other)
    dates: tuple[dt.date | None, ...] = fund_due_dates(plan, start) if start else (None,) * count
    rows = []
    remaining = loan
    seen: set[tuple[int, int]] = set()
    for k, (principal, due) in enumerate(zip(split.instalments, dates, strict=True), start=1):
        remaining -= principal
        month = (due.year, due.month) if due is not None else (0, nominal_month(plan, k))
        dues = plan.compulsory_dues if month not in seen else 0
        seen.add(month)
        charges = fees[k - 1] + others[k - 1]
        rows.append(
            RepaymentRow(
                month=k,
                due_date=due,
                principal=principal,
                service_fee=fees[k - 1],
                dues=dues,
                other=others[k - 1],
                total=principal + charges + dues,
                remaining=remaining,
            )
        )
    day = due_day(plan, start) if start else plan.repayment_day
    lines = [_weekly_line(term, count, day, start, dates[0]), split.note(weekly=True)]
    for key, monthly, parts in (
        ("line_fee_weekly", fee, fees),
        ("line_other_weekly", other, others),
    ):
        if monthly:
            lines.append(
                Notice(
                    f"plan.fund.{key}",
                    {
                        "percent": plan.service_fee_percent,
                        "loan": Money(loan),
                        "monthly": Money(monthly),
                        "term": term,
                        "total": Money(monthly * term),
                        "count": count,
                        "split": _parts(parts),
                    },
                )
            )
    # each monthly deduction by its own name (a lender asks what "Lain" is made of), said to be
    # paid within the weekly instalments; the months counted per calendar month (#13: "per
    # month" was said from the first and last weekly instalments)
    lines.extend(
        monthly_deduction_notice(d, loan, weekly=True)
        for d in member_share(plan).monthly
        if d.amount
    )
    from pra.plan.weekly_months import calendar_months, months_notice

    months = calendar_months(rows)
    if plan.compulsory_dues:
        lines.append(
            Notice(
                "plan.fund.line_dues_weekly_months",
                {
                    "amount": Money(plan.compulsory_dues),
                    "first": Month(months[0].month),
                    "last": Month(months[-1].month),
                    "n": len(months),
                    "total": Money(sum(m.dues for m in months)),
                },
            )
            if months
            else Notice("plan.fund.line_dues_weekly", {"amount": Money(plan.compulsory_dues)})
        )
    if months and other:
        lines.append(months_notice(months))
    weeks = tuple(r.principal + r.service_fee + r.other for r in rows)
    first, last = weeks[0], weeks[-1]
    # only what the week's payment holds: "potongan" only with a monthly deduction (#13: said
    # of a plan whose one deduction is taken once, at hand-over)
    held = Notice(
        "plan.fund.weekly_parts_other" if any(r.other for r in rows) else "plan.fund.weekly_parts"
    )
    lines.append(
        Notice("plan.fund.line_weekly_total", {"amount": Money(first), "parts": held})
        if first == last and len(set(weeks)) == 1
        else Notice(
            "plan.fund.line_weekly_total_last",
            {"amount": Money(first), "last": Money(last), "parts": held},
        )
        if len(set(weeks[:-1])) == 1
        else Notice("plan.fund.line_weekly_total_runs", {"runs": runs_notice(weeks), "parts": held})
    )
    lines.append(
        Notice(
            "plan.fund.line_total_paid_weekly",
            {"count": count, "amount": Money(sum(r.total for r in rows))},
        )
    )
    if start is None and plan.compulsory_dues:
        lines.append(_undated_dues(plan, rows))
    return Repayment(loan, term, tuple(rows), tuple(lines), weekly=True)


def _undated_dues(plan: CapitalPlan, rows: list[RepaymentRow]) -> Notice:
    """Why the undated weekly schedule's dues may change once the hand-over has a date: they
    are paid with the first instalment of each calendar month, undated counted in the months
    :func:`nominal_month` gives (the term's), while dated weeks that start late in a month
    touch one month more (52 Thursdays from 11 Sep 2003 to 2 Sep 2004: 13 months, not 12)."""
    months = sum(1 for r in rows if r.dues)
    dues = plan.compulsory_dues
    return Notice(
        "plan.fund.line_dues_undated",
        {
            "months": months,
            "total": Money(months * dues),
            "count": len(rows),
            "more": months + 1,
            "more_total": Money((months + 1) * dues),
        },
    )


def _weekly_line(
    term: int, count: int, day: int | None, start: dt.date | None, first: dt.date | None
) -> Notice:
    """The weekly schedule's first line: how many instalments, on which weekday (the
    hand-over's own when none was agreed and no date is known) and, dated, the first."""
    if day is None:
        return Notice("plan.fund.line_weekly", {"term": term, "count": count})
    weekday = Notice(f"plan.fund.weekday_{day}")
    if start is None:
        return Notice(
            "plan.fund.line_weekly_day", {"term": term, "count": count, "weekday": weekday}
        )
    return Notice(
        "plan.fund.line_weekly_first",
        {"term": term, "count": count, "weekday": weekday, "handover": start, "first": first},
    )


def _parts(amounts: tuple[int, ...]) -> Notice:
    """``12 × Rp 1.000 dan terakhir Rp 3.000``, or ``13 × Rp 1.000`` when all are equal, or
    each run in order when shared out from the first (``8 × Rp 1.000, 44 × Rp 500``)."""
    if len(set(amounts)) == 1:
        return Notice("plan.fund.parts_equal", {"count": len(amounts), "amount": Money(amounts[0])})
    if len(set(amounts[:-1])) > 1:
        return Notice("plan.fund.parts_runs", {"runs": runs_notice(amounts)})
    return Notice(
        "plan.fund.parts_last",
        {"count": len(amounts) - 1, "amount": Money(amounts[0]), "last": Money(amounts[-1])},
    )


def by_month(plan: CapitalPlan, repayment: Repayment) -> tuple[tuple[RepaymentRow, ...], ...]:
    """The schedule's rows month by month, in order: one row a month for monthly instalments;
    weekly, the weeks whose due dates fall in the same month (undated: the same
    :func:`nominal_month`), so a month with five meeting days holds five."""
    return tuple(_months(plan, repayment).values())


def _months(
    plan: CapitalPlan, repayment: Repayment
) -> dict[tuple[int, int], tuple[RepaymentRow, ...]]:
    """The schedule's rows by month: ``(year, month)`` dated, ``(0, nominal month)`` undated."""
    months: dict[tuple[int, int], list[RepaymentRow]] = {}
    for k, row in enumerate(repayment.rows, start=1):
        due = row.due_date
        key = (due.year, due.month) if due is not None else (0, nominal_month(plan, k))
        months.setdefault(key, []).append(row)
    return {key: tuple(rows) for key, rows in months.items()}


def month_totals(plan: CapitalPlan, start: dt.date | None = None) -> dict[tuple[int, int], int]:
    """What one borrower pays the fund in each month (instalments, service fee, monthly
    deductions and dues), the loan handed over on ``start``: keyed ``(year, month)`` dated,
    ``(0, nominal month)`` undated (:func:`by_month`'s months)."""
    months = _months(plan, repayment_schedule(plan, start))
    return {key: sum(r.total for r in rows) for key, rows in months.items()}


def most_in_a_month(plan: CapitalPlan, start: dt.date | None = None) -> int:
    """The most one borrower pays the fund in a month (:func:`month_totals`)."""
    return max(month_totals(plan, start).values())

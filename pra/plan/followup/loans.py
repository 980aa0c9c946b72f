"""Each member's loans against what they paid: due, paid, arrears, days late, PAR30.

A loan is what a meeting records as ``loan_out`` for a member: that amount is
the principal the member owes, repaid on the plan's terms
(:func:`pra.plan.fund.repayment_schedule`: the principal split in the group's
cash unit, the flat service fee and the monthly deductions), one instalment a
month from the day it was handed over. Compulsory dues are savings, not
instalments (:mod:`pra.plan.followup.savings`).

Payments (``instalment`` at a meeting, dated by the meeting) are applied to the
member's instalments oldest first, across all their loans; within one
instalment the service fee is covered before the principal. A payment larger
than what is due covers the next instalments (an early payment). A
:class:`~pra.model.followup.LoanReschedule` spreads what is still owed over a
new term: the principal and the charges (service fee, deductions) of the
instalments not paid by that day, each split in the group's cash unit, so no
service fee is dropped. It changes the schedule from its day on only: asked
about a day before it, a member's loans stand as they did then (the arrears
and days late of that day), and the instalments that had fallen due unpaid by
the reschedule stay in the history as :attr:`LoanStatus.rescheduled`, which the
repayment rate counts as due and not paid on time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pra.model import BusinessGroup, CapitalPlan
from pra.plan.due_dates import add_months
from pra.plan.fund import fund_due_dates, instalment_count, repayment_schedule
from pra.plan.rounding import split_instalments

LATE_DAYS = 30
"""Portfolio at risk counts loans with an instalment unpaid for more than this many days."""


@dataclass(frozen=True, slots=True)
class Due:
    """One instalment of a member: when, the principal in it and the charges (fee, deductions)."""

    date: dt.date
    principal: int
    charge: int
    loan: dt.date
    """The day its loan was handed over."""

    @property
    def total(self) -> int:
        return self.principal + self.charge


@dataclass(frozen=True, slots=True)
class Payment:
    """An instalment a member paid at a meeting."""

    date: dt.date
    amount: int


@dataclass(frozen=True, slots=True)
class Rescheduled:
    """A member's loan as a reschedule changed it (penjadwalan ulang)."""

    date: dt.date
    missed: int
    """Instalments (principal and charges) fallen due by ``date`` and not paid, now respread."""
    missed_count: int
    """How many instalments had fallen due unpaid (a partly paid one counts)."""
    principal: int
    """The principal still owed, spread over the new term."""
    charges: int
    """The service fee and deductions of the instalments replaced, kept and spread likewise."""
    instalments: tuple[Due, ...]
    """The new instalments."""


@dataclass(frozen=True, slots=True)
class MemberLoans:
    """A member's loans: handed over (date, principal), the instalments due, the payments."""

    participant_id: str
    loans: tuple[tuple[dt.date, int], ...]
    dues: tuple[Due, ...]
    """Every instalment of every loan, by date, after any rescheduling."""
    payments: tuple[Payment, ...]
    history: tuple[tuple[dt.date, tuple[Due, ...]], ...] = ()
    """The schedules a reschedule replaced: (the reschedule's day, the schedule in force
    before it), oldest first."""
    rescheduled: tuple[Rescheduled, ...] = ()

    @property
    def principal(self) -> int:
        return sum(amount for _, amount in self.loans)

    def dues_on(self, on: dt.date) -> tuple[Due, ...]:
        """The schedule in force at the end of ``on`` (before a later reschedule changed it)."""
        for until, dues in self.history:
            if on < until:
                return dues
        return self.dues

    def status(self, on: dt.date) -> LoanStatus:
        """Where the member stands at the end of ``on``."""
        return loan_status(self, on)


@dataclass(frozen=True, slots=True)
class LoanStatus:
    """A member's loans at a date (all amounts in rupiah)."""

    participant_id: str
    on: dt.date
    borrowed: int
    """Principal lent to the member up to ``on``."""
    due: int
    """Instalments (principal and charges) fallen due up to ``on``."""
    paid: int
    """Instalments paid up to ``on``."""
    outstanding: int
    """Principal not yet repaid."""
    days_late: int
    """Days since the oldest instalment not fully paid fell due (0 when none is late)."""
    first_unpaid: dt.date | None
    rescheduled: int = 0
    """Instalments fallen due unpaid up to a reschedule on or before ``on`` (respread since):
    not arrears any more, but never paid on time."""

    @property
    def arrears(self) -> int:
        """What is due and not paid (tunggakan)."""
        return max(self.due - self.paid, 0)

    @property
    def ahead(self) -> int:
        """What was paid before it was due (an early payment)."""
        return max(self.paid - self.due, 0)

    @property
    def on_time_paid(self) -> int:
        """The part of what fell due that is paid (for the repayment rate)."""
        return min(self.paid, self.due)

    @property
    def fell_due(self) -> int:
        """Everything that fell due, the instalments later rescheduled included (the
        repayment rate's denominator)."""
        return self.due + self.rescheduled

    @property
    def at_risk(self) -> bool:
        """More than :data:`LATE_DAYS` days late."""
        return self.days_late > LATE_DAYS


def _payments(group: BusinessGroup, member_id: str) -> list[Payment]:
    return [
        Payment(m.date, row.instalment)
        for m in sorted(group.followup.meetings, key=lambda m: m.date)
        for row in m.members
        if row.participant_id == member_id and row.instalment
    ]


def _loan_dues(group: BusinessGroup, amount: int, start: dt.date) -> list[Due]:
    return list(_schedule(group.capital, amount, start))


@lru_cache(maxsize=256)
def _schedule(capital: CapitalPlan, amount: int, start: dt.date) -> tuple[Due, ...]:
    """The instalments of a loan of ``amount`` handed over on ``start`` (cached: a group's
    members borrow the same amount, and the archive asks again for every table)."""
    plan = capital.model_copy(update={"stimulus_per_member": amount})
    schedule = repayment_schedule(plan, start)
    return tuple(
        Due(row.due_date or start, row.principal, row.service_fee + row.other, start)
        for row in schedule.rows
    )


def _covered(dues: Iterable[Due], paid: int) -> tuple[int, int, Due | None]:
    """Applying ``paid`` oldest first: (whole instalments covered, principal repaid, first not covered)."""
    whole = principal = 0
    left = paid
    for due in dues:
        if left >= due.total:
            left -= due.total
            whole += 1
            principal += due.principal
            continue
        principal += max(left - due.charge, 0)
        return whole, principal, due
    return whole, principal, None


def member_loans(group: BusinessGroup, member_id: str) -> MemberLoans:
    """The member's loans from the meetings, their instalments and payments (see the module)."""
    meetings = sorted(group.followup.meetings, key=lambda m: m.date)
    loans = tuple(
        (m.date, row.loan_out)
        for m in meetings
        for row in m.members
        if row.participant_id == member_id and row.loan_out
    )
    payments = _payments(group, member_id)
    dues: list[Due] = sorted(
        (d for date, amount in loans for d in _loan_dues(group, amount, date)),
        key=lambda d: d.date,
    )
    history: list[tuple[dt.date, tuple[Due, ...]]] = []
    changes: list[Rescheduled] = []
    for change in sorted(group.followup.reschedules, key=lambda r: r.date):
        if change.participant_id != member_id:
            continue
        done = _rescheduled(group, dues, payments, change.date, change.term_months)
        if done is None:
            continue
        history.append((change.date, tuple(dues)))
        changes.append(done[1])
        dues = done[0]
    return MemberLoans(
        member_id, loans, tuple(dues), tuple(payments), tuple(history), tuple(changes)
    )


def _rescheduled(
    group: BusinessGroup, dues: list[Due], payments: list[Payment], on: dt.date, term: int
) -> tuple[list[Due], Rescheduled] | None:
    """Keep the instalments paid by ``on``; spread the principal and the charges of the others
    over ``term`` months, each split in the group's cash unit (on the fund's repayment day, the
    first at least a month after ``on``); ``None`` when nothing is owed.

    Instalments of a loan handed over after ``on`` stay as they are. Whatever was paid
    beyond the kept instalments counts towards the new ones (payments are applied in order).
    """
    current = [d for d in dues if d.loan <= on]
    later = [d for d in dues if d.loan > on]
    paid = sum(p.amount for p in payments if p.date <= on)
    whole, _, first = _covered(current, paid)
    if first is None:
        return None
    kept, rest = current[:whole], current[whole:]
    beyond = paid - sum(d.total for d in kept)
    fallen = [d for d in rest if d.date <= on]
    owed = sum(d.principal for d in rest)
    charges = sum(d.charge for d in rest)
    unit = group.capital.cash_unit
    # in the cash unit, split as the fund's own schedule splits a loan (split_instalments),
    # in as many instalments as it counts for the term (weekly: ``term × 52 ÷ 12``)
    count = instalment_count(group.capital.model_copy(update={"loan_term_months": term}))
    split = split_instalments(owed, count, unit).instalments
    fees = split_instalments(charges, count, unit).instalments
    loan = max(d.loan for d in rest)
    # on the fund's repayment day (the reschedule's own day when none was agreed)
    dates = fund_due_dates(group.capital, on, len(split))
    new = [Due(day, part, fee, loan) for day, part, fee in zip(dates, split, fees, strict=True)]
    change = Rescheduled(
        date=on,
        missed=max(sum(d.total for d in fallen) - beyond, 0),
        missed_count=len(fallen),
        principal=owed,
        charges=charges,
        instalments=tuple(new),
    )
    return sorted(kept + new + later, key=lambda d: d.date), change


def loan_status(loans: MemberLoans, on: dt.date) -> LoanStatus:
    """The member's loans at the end of ``on`` (see :class:`LoanStatus`)."""
    borrowed = sum(amount for date, amount in loans.loans if date <= on)
    dues = loans.dues_on(on)
    due = sum(d.total for d in dues if d.date <= on)
    paid = sum(p.amount for p in loans.payments if p.date <= on)
    current = [d for d in dues if d.loan <= on]
    _, principal_repaid, first = _covered(current, paid)
    late = first is not None and first.date <= on
    return LoanStatus(
        participant_id=loans.participant_id,
        on=on,
        borrowed=borrowed,
        due=due,
        paid=paid,
        outstanding=max(borrowed - principal_repaid, 0),
        days_late=(on - first.date).days if first is not None and late else 0,
        first_unpaid=first.date if first is not None and late else None,
        rescheduled=sum(r.missed for r in loans.rescheduled if r.date <= on),
    )


def repayment_rate(statuses: Iterable[LoanStatus]) -> Decimal | None:
    """Percent of what fell due that was paid (early payments count only when due; instalments
    rescheduled unpaid count as due and not paid); ``None``: nothing due."""
    rows = list(statuses)
    due = sum(s.fell_due for s in rows)
    if not due:
        return None
    return Decimal(100) * sum(s.on_time_paid for s in rows) / due


def par30(statuses: Iterable[LoanStatus]) -> Decimal | None:
    """Portfolio at risk: percent of the outstanding principal owed by members more than 30 days
    late; 0 when every loan is repaid (nothing is at risk); ``None`` when nobody borrowed."""
    rows = list(statuses)
    outstanding = sum(s.outstanding for s in rows)
    if not outstanding:
        return Decimal(0) if any(s.borrowed for s in rows) else None
    return Decimal(100) * sum(s.outstanding for s in rows if s.at_risk) / outstanding


@dataclass(frozen=True, slots=True)
class MonthDue:
    """One calendar month of a member's (or the group's) loans: due in it, paid in it, and the
    arrears at its end."""

    month: dt.date
    """The first day of the month."""
    due: int
    paid: int
    arrears: int
    rescheduled: int = 0
    """Arrears respread by a reschedule in the month (no longer in ``arrears``)."""


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of the calendar months from ``first``'s to ``last``'s, both included."""
    months = []
    month = month_of(first)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def due_by_month(loans: Iterable[MemberLoans], first: dt.date, on: dt.date) -> tuple[MonthDue, ...]:
    """Due against paid per calendar month from ``first`` to ``on`` over ``loans`` (one member or all)."""
    rows = list(loans)
    return tuple(
        _month_due(rows, month, month, min(add_months(month, 1) - dt.timedelta(days=1), on))
        for month in months_between(first, on)
    )


def _month_due(rows: list[MemberLoans], month: dt.date, start: dt.date, end: dt.date) -> MonthDue:
    """``month``'s row counting its days ``start`` … ``end`` (each member's schedule as it
    stood at ``end``)."""
    due = sum(d.total for ml in rows for d in ml.dues_on(end) if start <= d.date <= end)
    paid = sum(p.amount for ml in rows for p in ml.payments if start <= p.date <= end)
    arrears = sum(loan_status(ml, end).arrears for ml in rows)
    moved = sum(r.missed for ml in rows for r in ml.rescheduled if start <= r.date <= end)
    return MonthDue(month, due, paid, arrears, moved)


@dataclass(frozen=True, slots=True)
class PeriodDue:
    """Due against paid in each month of a report's period, the months cut to the period's
    days (a period ending on 4 July counts July's instalments due and paid up to 4 July), with
    the arrears carried in from before the period (review rev15 F6)."""

    first: dt.date
    last: dt.date
    opening: int
    """The arrears at the end of the day before ``first``."""
    months: tuple[MonthDue, ...]
    earlier: bool
    """Something fell due or was paid before ``first`` (the opening line matters)."""

    @property
    def due(self) -> int:
        return sum(m.due for m in self.months)

    @property
    def paid(self) -> int:
        return sum(m.paid for m in self.months)

    @property
    def closing(self) -> int:
        """The arrears at the end of ``last``."""
        return self.months[-1].arrears if self.months else self.opening

    def cut_start(self, month: MonthDue) -> bool:
        """``month`` begins before the period (only its days from ``first`` are counted)."""
        return month.month < self.first

    def cut_end(self, month: MonthDue) -> bool:
        """``month`` runs past the period (only its days up to ``last`` are counted)."""
        return add_months(month.month, 1) - dt.timedelta(days=1) > self.last


def due_in_period(loans: Iterable[MemberLoans], first: dt.date, last: dt.date) -> PeriodDue:
    """Due against paid per calendar month of ``first`` … ``last`` over ``loans``, each month
    counted within the period's days only."""
    rows = list(loans)
    before = first - dt.timedelta(days=1)
    months = [
        _month_due(
            rows,
            month,
            max(month, first),
            min(add_months(month, 1) - dt.timedelta(days=1), last),
        )
        for month in months_between(first, last)
    ]
    earlier = any(d.date <= before for ml in rows for d in ml.dues_on(before)) or any(
        p.date <= before for ml in rows for p in ml.payments
    )
    opening = sum(loan_status(ml, before).arrears for ml in rows)
    return PeriodDue(first, last, opening, tuple(months), earlier)

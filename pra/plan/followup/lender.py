"""The group's repayments to its lenders (BMM, koperasi, bank), due against paid.

What falls due is the lender loan's schedule in the business plan
(:func:`pra.plan.lender.group_lender_schedule`): every instalment (principal and
interest) due on or before the day asked about. What was paid is what the
meetings up to that day recorded as paid to that loan
(``Meeting.lender_payments``), whichever instalment it was meant for. Arrears
(tunggakan) are what is due and not yet paid; a payment ahead of the schedule
leaves none and is counted as paid, never as owed back. A loan the lender hands over
after the day asked about is not yet the group's debt (:attr:`LenderStatus.taken`). Payments cover the oldest
instalments first: the group is as many days late as the oldest instalment not
wholly covered has been due (:attr:`LenderStatus.days_late`), and more than
:data:`~pra.plan.followup.loans.LATE_DAYS` days late is an early warning. What the
group still owes the lender is the schedule's whole repayment less what was paid. A loan
without a disbursement date has a schedule without dates: it is not ``dated``, and the
dashboard and the report say its schedule is unknown rather than show nothing due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup, LenderLoan
from pra.plan.followup.attendance import meetings_until


@dataclass(frozen=True, slots=True)
class LenderStatus:
    """One lender loan at the end of ``on``."""

    loan: LenderLoan
    instalments: int
    """Instalments in the whole schedule."""
    instalments_due: int
    """Instalments due on or before ``on``."""
    due: int
    """Principal and interest of those instalments."""
    paid: int
    """Paid to this loan at the meetings up to ``on``."""
    last_due: dt.date | None
    """The schedule's last instalment day."""
    oldest_unpaid: dt.date | None
    """The day of the oldest instalment due and not wholly paid (payments go to the oldest
    first); ``None`` without arrears."""
    on: dt.date
    dated: bool = True
    """Whether the schedule has dates: a loan without a disbursement date (nor a dated step
    handing it over) has none, so nothing of it is known to fall due (not "0 due")."""
    disbursed: dt.date | None = None
    """The day the lender hands the loan over (its date, or its step's start)."""

    @property
    def taken(self) -> bool:
        """Whether the group had the loan by the end of :attr:`on`: disbursed on or before it,
        or, without a disbursement date, already being repaid. A loan disbursed later, or
        undated and not yet repaid, is only planned (direncanakan, belum cair)."""
        if self.disbursed is not None:
            return self.disbursed <= self.on
        return self.paid > 0

    @property
    def days_late(self) -> int:
        """Days since :attr:`oldest_unpaid` fell due (0 without arrears)."""
        return (self.on - self.oldest_unpaid).days if self.oldest_unpaid is not None else 0

    @property
    def arrears(self) -> int:
        return max(self.due - self.paid, 0)


def lender_status(group: BusinessGroup, loan: LenderLoan, on: dt.date) -> LenderStatus:
    from pra.plan.lender import group_lender_schedule

    schedule = group_lender_schedule(group, loan)
    due = [i for i in schedule.instalments if i.due is not None and i.due <= on]
    paid = sum(m.paid_to(loan.id) for m in meetings_until(group, on))
    oldest, covered = None, paid
    for instalment in due:
        covered -= instalment.total
        if covered < 0:
            oldest = instalment.due
            break
    return LenderStatus(
        loan=loan,
        instalments=len(schedule.instalments),
        instalments_due=len(due),
        due=sum(i.total for i in due),
        paid=paid,
        last_due=schedule.instalments[-1].due if schedule.instalments else None,
        oldest_unpaid=oldest,
        on=on,
        dated=schedule.disbursed is not None,
        disbursed=schedule.disbursed,
    )


def lender_statuses(group: BusinessGroup, on: dt.date) -> tuple[LenderStatus, ...]:
    """Each of the group's lender loans with a principal, in the order of its sources."""
    return tuple(lender_status(group, loan, on) for loan in group.capital.loans if loan.principal)


@dataclass(frozen=True, slots=True)
class LenderPeriod:
    """One lender loan over a report's period, ``first`` to ``last`` (both days included).

    The period's own figures are what changed between two :class:`LenderStatus`: the one at
    the end of the day before the period (:attr:`before`) and the one at the end of its last
    day (:attr:`after`); the arrears are running totals, as of each of those two days. So
    ``arrears_before - ahead_before + due - paid == arrears - ahead``."""

    before: LenderStatus
    after: LenderStatus

    @property
    def loan(self) -> LenderLoan:
        return self.after.loan

    @property
    def dated(self) -> bool:
        """Whether the schedule has dates; without them nothing is known to fall due."""
        return self.after.dated

    @property
    def due(self) -> int:
        """Principal and interest of the schedule's instalments due within the period."""
        return self.after.due - self.before.due

    @property
    def paid(self) -> int:
        """Paid to this loan at the period's meetings (the group's money out to the lender)."""
        return self.after.paid - self.before.paid

    @property
    def numbers(self) -> tuple[int, int] | None:
        """The first and last number (1, 2 …) of the instalments due within the period, or
        ``None`` when none fell due in it."""
        first, last = self.before.instalments_due + 1, self.after.instalments_due
        return (first, last) if last >= first else None

    @property
    def arrears_before(self) -> int:
        """The running arrears at the end of the day before the period."""
        return self.before.arrears

    @property
    def arrears(self) -> int:
        """The running arrears at the end of the period's last day."""
        return self.after.arrears

    @property
    def ahead_before(self) -> int:
        """Paid ahead of the schedule by the day before the period (instalments not yet due)."""
        return max(self.before.paid - self.before.due, 0)

    @property
    def ahead(self) -> int:
        """Paid ahead of the schedule by the period's last day."""
        return max(self.after.paid - self.after.due, 0)


def lender_period(
    group: BusinessGroup, loan: LenderLoan, first: dt.date, last: dt.date
) -> LenderPeriod:
    """``loan`` over the period ``first`` to ``last``: due and paid within it, arrears at both
    ends."""
    before = lender_status(group, loan, first - dt.timedelta(days=1))
    return LenderPeriod(before, lender_status(group, loan, last))


def lender_periods(group: BusinessGroup, first: dt.date, last: dt.date) -> tuple[LenderPeriod, ...]:
    """Each lender loan with an instalment due or a payment made within the period, in the
    order of its sources: due by the plan's schedule against paid at the meetings."""
    periods = (
        lender_period(group, loan, first, last) for loan in group.capital.loans if loan.principal
    )
    return tuple(p for p in periods if p.due or p.paid)

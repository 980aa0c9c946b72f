"""A lender's loan on one timeline: when each instalment falls due, and what it costs.

The rules, one sentence each in the plan:

- The loan is handed over on its disbursement date, or on the scheduled start
  of the calendar step that hands it over (:func:`disbursement_date`).
- The grace period (``grace_months``) follows the hand-over; the first
  instalment falls on the first agreed day on or after the day the grace ends
  (handed over Monday 1 September, a month's grace to Wednesday 1 October: Monday
  6 October), as a lender's contract starts; without grace, on the first agreed
  day at least one period after the hand-over (a week for weekly, a month for
  monthly), so never before the money is there. Monthly instalments fall on day *N* of the month (the month's last day
  where it has no day *N*: 31 → 30 April, 28/29 February); weekly ones on the
  agreed weekday (1 = Monday … 7 = Sunday).
- ``term_months`` is the repayment period after the grace: that many monthly
  instalments, or ``term_months × 52 ÷ 12`` weekly ones (52 a year, rounded down).
- **Flat** interest is charged over the repayment period only: ``rate`` % of the
  principal a month, ``principal × rate × term_months`` in all, spread over the
  instalments. **Declining balance** (menurun): each instalment pays the interest
  on what is still owed for the period before it (a week is 12/52 of a month).
  The first period runs from the hand-over to the first due date, the grace
  included: the money is owed during the grace and a lender charges its interest
  (#13, rev13-lender finding 8: a 5-week grace free of interest gave 16,8% against
  18% nominal); it may be longer than one period (handed over on 1 September, due
  on the 31st: 31 October, 1 month and 30 of October's 31 days): its interest is
  charged for that actual time, whole months and the days of the month begun
  counted by that month's length (weeks: days ÷ 7), so the effective rate is never
  below the nominal one for the money held longer; never less than one period's.
- The principal is split into amounts payable in the group's cash unit
  (:func:`pra.plan.rounding.split_instalments`), the rest on the last one; flat
  interest the same way; declining interest, worked out to the rupiah, is paid in
  the cash unit with the rounding carried on (:func:`pra.plan.rounding.carried_down`),
  the last instalment paying the rest rounded up to the unit (rev16-lender 8).

The effective yearly rate is the internal rate of return of the borrower's own
flows (+ principal on the day of hand-over, − each instalment on its day), with
time in years of 365 days (or nominal periods when the plan has no dates),
compounded yearly: the rate a bank would quote for the same cash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pra.model import BusinessGroup, Grant, LenderLoan
from pra.plan.due_dates import (
    WEEKS_PER_YEAR,
    add_months,
    count_instalments,
    monthly_due_dates,
    months_and_days,
    weekly_due_dates,
)
from pra.plan.irr import DAYS_PER_YEAR, xirr
from pra.plan.notice import Money, Notice
from pra.plan.rounding import InstalmentSplit, carried_down, split_instalments


@dataclass(frozen=True, slots=True)
class LenderInstalment:
    """One instalment to the lender (``number`` from 1)."""

    number: int
    due: dt.date | None
    principal: int
    interest: int
    remaining: int
    """Principal still owed after this instalment."""

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True, slots=True)
class LenderSchedule:
    """The whole repayment of a lender loan."""

    principal: int
    disbursed: dt.date | None
    instalments: tuple[LenderInstalment, ...]
    times: tuple[float, ...]
    """Each instalment's time after the hand-over, in years (for the effective rate)."""

    @property
    def total_interest(self) -> int:
        return sum(i.interest for i in self.instalments)

    @property
    def total_paid(self) -> int:
        return sum(i.total for i in self.instalments)

    def effective_yearly(self) -> float | None:
        """The IRR of (+principal at 0, −instalment at its time), compounded yearly."""
        if self.principal <= 0 or not self.instalments:
            return None
        flows = [(0.0, float(self.principal))] + [
            (t, -float(i.total)) for t, i in zip(self.times, self.instalments, strict=True)
        ]
        return xirr(flows)


def instalment_count(loan: LenderLoan) -> int:
    """The loan's instalments (:func:`pra.plan.due_dates.count_instalments`, as the fund's)."""
    return count_instalments(loan.frequency, loan.term_months)


def due_dates(loan: LenderLoan, disbursed: dt.date) -> tuple[dt.date, ...]:
    """The instalments' dates (see the module docstring and :mod:`pra.plan.due_dates`)."""
    count = instalment_count(loan)
    grace_end = add_months(disbursed, loan.grace_months)
    after = bool(loan.grace_months)  # the grace already gives the time: on or after its end
    if loan.frequency == "weekly":
        return weekly_due_dates(grace_end, loan.due_day, count, on_or_after=after)
    return monthly_due_dates(grace_end, loan.due_day, count, on_or_after=after)


def first_offset(loan: LenderLoan) -> int:
    """Periods from the grace's end to the first instalment while undated: 0 after a grace
    (due when it ends), else 1 (a period after the hand-over), as :func:`due_dates`."""
    return 0 if loan.grace_months else 1


def _nominal_times(loan: LenderLoan, count: int) -> tuple[float, ...]:
    """Times in years without dates: when the grace ends (a period after the hand-over without
    one), then one period apart."""
    grace = loan.grace_months / 12
    step = 1 / WEEKS_PER_YEAR if loan.frequency == "weekly" else 1 / 12
    return tuple(grace + step * (k + first_offset(loan)) for k in range(count))


def first_period_parts(
    loan: LenderLoan, start: dt.date, first_due: dt.date
) -> tuple[int, int, int]:
    """The first instalment's interest time from ``start`` (the grace's end) to ``first_due``
    as (whole months, days, the length in days of the month begun); weekly: (0, days, 7).
    1 Sep → 31 Oct: (1, 30, 31), 1 Oct to 31 Oct being 30 of the 31 days to 1 Nov."""
    if loan.frequency == "weekly":
        return 0, (first_due - start).days, 7
    whole, days = months_and_days(start, first_due)
    begun, following = add_months(start, whole), add_months(start, whole + 1)
    return whole, days, (following - begun).days


def first_period(loan: LenderLoan, start: dt.date, first_due: dt.date) -> Decimal:
    """How many periods the first instalment's interest runs (see :func:`first_period_parts`):
    weekly, days ÷ 7; monthly, the whole months + the days over that month's length."""
    whole, days, length = first_period_parts(loan, start, first_due)
    return whole + Decimal(days) / length


@dataclass(frozen=True, slots=True)
class FirstInterest:
    """A declining loan's first interest, charged for longer than one period."""

    start: dt.date
    """The hand-over: interest runs through the grace (#13)."""
    grace: bool
    due: dt.date
    months: int
    days: int
    length: int
    """Days in the month begun (7 for weekly instalments)."""
    amount: int
    """To the rupiah, before the schedule pays it in the cash unit (:func:`carried_down`)."""


def first_interest(loan: LenderLoan, schedule: LenderSchedule) -> FirstInterest | None:
    """The first instalment's interest when it runs for more than one period (a declining loan
    whose first due date is more than a period after the grace), else ``None``."""
    if loan.method == "flat" or schedule.disbursed is None or not schedule.instalments:
        return None
    first = schedule.instalments[0]
    if first.due is None:
        return None
    start = schedule.disbursed
    months, days, length = first_period_parts(loan, start, first.due)
    periods = first_period(loan, start, first.due)
    if periods <= 1:  # one period or less: one period charged
        return None
    exact = _round(Decimal(loan.principal) * _per_period(loan) * periods)
    return FirstInterest(start, bool(loan.grace_months), first.due, months, days, length, exact)


def _per_period(loan: LenderLoan) -> Decimal:
    """A declining loan's rate for one instalment period (a week is 12/52 of a month)."""
    rate = Decimal(loan.rate_percent) / 100
    return rate if loan.frequency == "monthly" else rate * 12 / WEEKS_PER_YEAR


def _first_periods(
    loan: LenderLoan, disbursed: dt.date | None, first_due: dt.date | None
) -> Decimal:
    """The periods a declining loan's first interest runs: from the hand-over, the grace
    included (#13: a grace free of interest is not what a lender charges), to the first due
    date; never less than one. Undated, the nominal grace (weeks: months × 52 ÷ 12) and the
    first period after it (:func:`first_offset`)."""
    if disbursed is None or first_due is None:
        grace = Decimal(loan.grace_months)
        if loan.frequency == "weekly":
            grace = grace * WEEKS_PER_YEAR / 12
        return max(grace + first_offset(loan), Decimal(1))
    return max(first_period(loan, disbursed, first_due), Decimal(1))


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def flat_interest(loan: LenderLoan) -> int:
    """A flat loan's whole interest: the principal × the monthly rate × the term in months,
    to the rupiah (3.000.000 × 1,5% × 12 = 540.000), as its schedule charges it and its
    rounding sentence names it."""
    return _round(Decimal(loan.principal) * Decimal(loan.rate_percent) / 100 * loan.term_months)


def lender_schedule(loan: LenderLoan, disbursed: dt.date | None, unit: int = 1) -> LenderSchedule:
    """Every instalment of ``loan`` handed over on ``disbursed`` (``None``: undated)."""
    count = instalment_count(loan)
    principal = split_instalments(loan.principal, count, unit).instalments
    if loan.method == "flat":
        interest = split_instalments(flat_interest(loan), count, unit).instalments
    dates: tuple[dt.date | None, ...]
    if disbursed is None:
        dates = (None,) * count
        times = _nominal_times(loan, count)
    else:
        dates = due_dates(loan, disbursed)
        times = tuple((d - disbursed).days / DAYS_PER_YEAR for d in dates)
    if loan.method != "flat":
        first = _first_periods(loan, disbursed, dates[0])
        owed, parts = loan.principal, []
        for k, p in enumerate(principal):
            parts.append(_round(Decimal(owed) * _per_period(loan) * (first if k == 0 else 1)))
            owed -= p
        # paid in the cash unit, the rounding carried on, the last paying the rest (#13)
        interest = carried_down(parts, unit)
    remaining = loan.principal
    rows = []
    for n, (due, p, i) in enumerate(zip(dates, principal, interest, strict=True), start=1):
        remaining -= p
        rows.append(LenderInstalment(n, due, p, i, remaining))
    return LenderSchedule(loan.principal, disbursed, tuple(rows), times)


def disbursement_date(group: BusinessGroup, source: Grant | LenderLoan) -> dt.date | None:
    """The day ``source`` is handed over: its date, or its step's scheduled start (``None``:
    not known, e.g. a calendar without a start date)."""
    if source.disbursed_on is not None:
        return source.disbursed_on
    if source.disbursement_step_id is None:
        return None
    from pra.plan.schedule import schedule_group

    schedule = schedule_group(group)
    step = next((s for s in schedule.steps if s.step_id == source.disbursement_step_id), None)
    return step.start_date if step is not None else None


def group_lender_schedule(group: BusinessGroup, loan: LenderLoan) -> LenderSchedule:
    """:func:`lender_schedule` dated from the loan's hand-over, in the group's cash unit."""
    return lender_schedule(loan, disbursement_date(group, loan), group.capital.cash_unit)


def _split_notice(split: InstalmentSplit) -> Notice:
    """How one part of a lender's instalments was split, as it was done (see
    :func:`pra.plan.rounding.split_instalments`), with the members' split's own words."""
    return Notice(f"plan.lender.split_{split.direction}", split.params())


def rounding_notice(loan: LenderLoan, unit: int = 1) -> Notice:
    """The one sentence under a lender's schedule saying how its amounts were rounded, as the
    members' schedule says its own (Jaya Bersama's BMM loan, flat, 52 weeks at Rp 500:
    principal 3.000.000 ÷ 52 = 57.692,31 up to 58.000, the last 42.000; interest 540.000 ÷ 52
    = 10.384,62 up to 10.500, the last 4.500)."""
    count = instalment_count(loan)
    principal = _split_notice(split_instalments(loan.principal, count, unit))
    if loan.method != "flat":
        if unit > 1:
            return Notice(
                "plan.lender.rounding_declining_unit", {"principal": principal, "unit": Money(unit)}
            )
        return Notice("plan.lender.rounding_declining", {"principal": principal})
    interest = _split_notice(split_instalments(flat_interest(loan), count, unit))
    return Notice("plan.lender.rounding_flat", {"principal": principal, "interest": interest})


def rate_counted_notice(
    loan: LenderLoan, schedule: LenderSchedule, placed: LenderSchedule | None = None
) -> Notice | None:
    """From when the effective rate is counted: the hand-over day, the grace months included
    (the schedule's times run from ``disbursed``); undated, the hand-over the cash flow assumes
    when ``placed`` (the schedule as the cash flow places it) has one, with its first
    instalment's day; else the nominal times said (the first instalment when the grace ends,
    else a period after the hand-over: :func:`_nominal_times`)."""
    if schedule.disbursed is None and placed is not None and placed.disbursed is not None:
        return Notice(
            "plan.lender.rate_assumed_grace" if loan.grace_months else "plan.lender.rate_assumed",
            {
                "date": placed.disbursed,
                "months": loan.grace_months,
                "first": placed.instalments[0].due if placed.instalments else placed.disbursed,
            },
        )
    if schedule.disbursed is None:
        if loan.grace_months:
            return Notice("plan.lender.rate_undated_grace", {"months": loan.grace_months})
        return Notice(f"plan.lender.rate_undated_{loan.frequency}")
    if loan.grace_months:
        return Notice(
            "plan.lender.rate_from_handover_grace",
            {"date": schedule.disbursed, "months": loan.grace_months},
        )
    return Notice("plan.lender.rate_from_handover", {"date": schedule.disbursed})

"""The revolving fund (dana bergulir) month by month: who borrows when, and what is in the till.

The fund starts with the stimulus for the first-round borrowers. Each month the
borrowers pay their instalment, the flat service fee and any monthly
deduction, and every member pays the compulsory dues. As soon as the fund
holds enough to hand over another loan, the next member waiting borrows: that
is a rotation round. The simulation runs until every member has borrowed once
and repaid, so the plan can say "Bu Ani can borrow in month 6".

Cash only moves in whole rupiah and nothing leaks: everything paid in (the
stimulus, principal, fees, dues) equals everything paid out (loans handed
over) plus the balance, every month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pra.model import BusinessGroup, CapitalPlan
from pra.plan.due_dates import add_months, day_in_month, weekly_due_dates
from pra.plan.fund import due_day, fund_due_dates, instalments, member_share, nominal_month
from pra.plan.memo import once
from pra.plan.notice import Notice

MAX_MONTHS = 240
"""No new loan after twenty years (a plan that needs longer has to be rethought, not printed);
the loans already handed over are still followed until they are repaid."""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """The fund in one month (0 = the month the stimulus arrives)."""

    month: int
    date: dt.date | None
    opening: int
    principal_in: int
    fees_in: int
    """Service fees and monthly deductions."""
    dues_in: int
    lent: int
    """Cash handed to new borrowers (the loan minus the deductions kept by the fund)."""
    closing: int
    outstanding: int
    """Principal borrowers still owe at the end of the month."""
    new_borrower_ids: tuple[str, ...]
    due_dates: tuple[dt.date, ...] = ()
    """The days borrowers' instalments fall due this month (dated plans): monthly, the
    repayment day; weekly, every meeting day of the month an instalment falls on."""


@dataclass(frozen=True, slots=True)
class RotationRound:
    """The members who receive a loan in the same month."""

    number: int
    month: int
    date: dt.date | None
    member_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FundLedger:
    """The revolving fund over time, its rotation rounds, and its totals."""

    stimulus_total: int
    rows: tuple[LedgerRow, ...]
    rounds: tuple[RotationRound, ...]
    retained: int
    """Deductions kept by the fund at hand-over (reserve, shares, administration)."""
    waiting: tuple[str, ...]
    """Members who could not borrow within :data:`MAX_MONTHS`."""
    warnings: tuple[Notice, ...]

    @property
    def paid_in(self) -> int:
        return self.stimulus_total + sum(r.principal_in + r.fees_in + r.dues_in for r in self.rows)

    @property
    def paid_out(self) -> int:
        return sum(r.lent for r in self.rows)

    @property
    def balance(self) -> int:
        return self.rows[-1].closing if self.rows else 0

    @property
    def outstanding(self) -> int:
        return self.rows[-1].outstanding if self.rows else 0

    def borrow_month(self, member_id: str) -> int | None:
        """The month ``member_id`` receives a loan, or ``None`` if they never do."""
        return next((r.month for r in self.rounds if member_id in r.member_ids), None)


def revolving_fund(
    plan: CapitalPlan, member_ids: Sequence[str], start: dt.date | None = None
) -> FundLedger:
    """Simulate the fund until every member has borrowed once and repaid (see the module docstring).

    No new loan is handed over after :data:`MAX_MONTHS`; whoever still waits then is in
    ``waiting``, and the loans already handed over are followed until they are repaid.

    ``plan.first_round_ids`` borrow in month 0 (all of ``member_ids`` when
    empty); the others queue in member order. Loans are handed over at the end
    of a month, after that month's payments, to as many waiting members as the
    balance allows.
    """
    members = list(dict.fromkeys(member_ids))
    first = [m for m in dict.fromkeys(plan.first_round_ids) if m in members] or members
    loan = plan.stimulus_per_member
    net = member_share(plan).received
    stimulus_total = loan * len(first)
    queue = [m for m in members if m not in first]
    # borrower → what falls due in each month of the fund: (principal, fees and deductions)
    active: dict[str, dict[int, Due]] = {}
    weekly = plan.repayment_frequency == "weekly"
    day = plan.repayment_day if plan.repayment_day is not None else start.day if start else 1
    rows: list[LedgerRow] = []
    rounds: list[RotationRound] = []
    balance = outstanding = retained = 0
    month = 0
    dues_from = 1  # the dues start with the first instalment's month (dues_month)
    while True:
        date = None
        if start is not None:
            # payments come in on the repayment day; later loans are handed over after them
            on = add_months(start, month)
            if not month:
                date = start
            elif weekly:  # the month's last meeting: its payments are in, later loans go out
                date = last_weekday(on.year, on.month, due_day(plan, start))
            else:
                date = day_in_month(on.year, on.month, day)
        opening = balance + (stimulus_total if month == 0 else 0)
        if month == 0:
            # the first round, handed over on the fund's first day: weekly, its first
            # instalments may fall in this same month
            due = _by_month(plan, 0, date)
            dues_from = dues_month(due)
            for b in first:
                active[b] = dict(due)
        principal_in = fees_in = 0
        days: set[dt.date] = set()
        for borrower, due in list(active.items()):
            for at in sorted(at for at in due if at <= month):
                principal, charges, when = due.pop(at)
                principal_in += principal
                fees_in += charges
                days |= when
            if not due:
                del active[borrower]
        dues_in = plan.compulsory_dues * len(members) if month >= dues_from else 0
        outstanding -= principal_in
        balance = opening + principal_in + fees_in + dues_in
        borrowers = first if month == 0 else []
        while 0 < month <= MAX_MONTHS and queue and balance - net * (len(borrowers) + 1) >= 0:
            borrowers.append(queue.pop(0))
        lent = net * len(borrowers)
        balance -= lent
        outstanding += loan * len(borrowers)
        retained += (loan - net) * len(borrowers)
        if borrowers and month:
            # a later round is handed over on this month's repayment day (weekly: its last
            # day), after that month's payments: it repays from the next month
            due = _by_month(plan, month, date)
            for b in borrowers:
                active[b] = dict(due)
        if borrowers:
            rounds.append(RotationRound(len(rounds) + 1, month, date, tuple(borrowers)))
        rows.append(
            LedgerRow(
                month,
                date,
                opening,
                principal_in,
                fees_in,
                dues_in,
                lent,
                balance,
                outstanding,
                tuple(borrowers),
                tuple(sorted(days)),
            )
        )
        if not active and (not queue or month >= MAX_MONTHS):
            break
        month += 1
    warnings = (
        (Notice("plan.fund.never_borrow", {"count": len(queue), "months": MAX_MONTHS}),)
        if queue
        else ()
    )
    return FundLedger(stimulus_total, tuple(rows), tuple(rounds), retained, tuple(queue), warnings)


def dues_month(due: dict[int, Due]) -> int:
    """The month of the fund the members' compulsory dues start: the month the first round's
    first instalment falls due, as the repayment schedule charges the dues with the first
    instalment of each month (:func:`pra.plan.fund.weekly_schedule`). Monthly, month 1 when
    the agreed day falls on or after the hand-over's day of the month, else month 2 (on the
    5th, handed over 20 Sep: the first instalment is due 5 Nov, at least a month after the
    hand-over, so the dues start in November, month 2; undated, month 1); weekly, the hand-over month itself when a meeting day falls in it a week or more after
    the hand-over (Sedap Malam on Thursdays: handed over Monday 1 Sep 2003, the first
    instalment Thursday 11 Sep, so the dues start in September, month 0). The cash flow and
    the fund's totals follow the fund's rows, so every page counts the same months."""
    return min(due, default=1)


def dues_day(plan: CapitalPlan, start: dt.date, year: int, month: int) -> dt.date:
    """The day the compulsory dues of calendar month ``year``-``month`` are collected for a
    fund handed over on ``start``: with the month's first instalment
    (:func:`pra.plan.fund.weekly_schedule`), so in the first instalment's month that
    instalment's day (Sedap Malam on Thursdays, handed over Monday 1 Sep 2003: 11 Sep), later
    the month's first meeting day (weekly: 2 Oct 2003) or its repayment day (monthly)."""
    first = fund_due_dates(plan, start, 1)[0]
    if (year, month) == (first.year, first.month):
        return first
    day = due_day(plan, start)
    if plan.repayment_frequency == "weekly":
        return weekly_due_dates(dt.date(year, month, 1), day, 1, on_or_after=True)[0]
    return day_in_month(year, month, day)


def dues_months_owed(
    plan: CapitalPlan, start: dt.date | None, on: dt.date, left: dt.date | None = None
) -> int:
    """The months of compulsory dues owed by the end of ``on``: every calendar month from the
    first instalment's month (:func:`dues_month`, the months the fund's ledger charges) whose
    dues day (:func:`dues_day`) is ``on`` or before, and came before the member left
    (``left``; on that day they are no longer a member). Handed over Monday 1 Sep 2003,
    weekly on Thursdays: none on 10 Sep, one from 11 Sep, two from 2 Oct (it counted a month
    from its 1st day, before the group asked for it: review rev13-code F-a)."""
    if start is None:
        return 0
    first = fund_due_dates(plan, start, 1)[0]

    def counted(until: dt.date, *, on_the_day: bool) -> int:
        """Months from the first's to ``until``'s, that last one once its dues day is reached
        (``on_the_day``: on it; else only after it)."""
        months = (until.year - first.year) * 12 + until.month - first.month + 1
        collected = dues_day(plan, start, until.year, until.month)
        reached = until >= collected if on_the_day else until > collected
        return months - (not reached)

    months = counted(on, on_the_day=True)
    if left is not None:
        # a month whose dues were asked for on or after the day the member left is not owed
        months = min(months, counted(left, on_the_day=False))
    return max(months, 0)


def last_weekday(year: int, month: int, weekday: int) -> dt.date:
    """The month's last ``weekday`` (1 = Monday): 30 Oct 2003 for Thursdays in October."""
    last = day_in_month(year, month, 31)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


Due = tuple[int, int, frozenset[dt.date]]
"""What one borrower owes in a month of the fund: principal, charges, and the days it falls due."""


def _by_month(plan: CapitalPlan, month: int, handed_over: dt.date | None) -> dict[int, Due]:
    """A loan handed over in the fund's ``month`` (on ``handed_over``): what falls due in each
    later month of the fund, principal and charges (:func:`pra.plan.fund.instalments`). Dated,
    each instalment in the month of its due date (a month with five of the weekly meeting's
    weekdays holds five); undated, instalment *k* in month ``month`` + its
    :func:`pra.plan.fund.nominal_month`."""
    parts = instalments(plan)
    dates: tuple[dt.date | None, ...] = (None,) * len(parts)
    if handed_over is None:
        months = [month + nominal_month(plan, k) for k in range(1, len(parts) + 1)]
    else:
        dates = fund_due_dates(plan, handed_over)
        # the month of the fund a date falls in, counted from the month handed over
        months = [
            month + (d.year - handed_over.year) * 12 + d.month - handed_over.month for d in dates
        ]
    due: dict[int, Due] = {}
    for at, (principal, charges), day in zip(months, parts, dates, strict=True):
        p, c, days = due.get(at, (0, 0, frozenset()))
        due[at] = (p + principal, c + charges, days | {day} if day is not None else days)
    return due


def rotation_intro(plan: CapitalPlan, start: dt.date) -> Notice:
    """When the later rounds open, as :func:`revolving_fund` opens them (rev16-lender 5):
    monthly, on each repayment day, whenever the fund holds enough for another loan; weekly,
    once a month from the month after the hand-over, on the month's last meeting day — not
    in the week the money is there (Sedap Malam weekly on Wednesdays, handed over 1 Sep 2003:
    Rp 308.000 by 24 Sep, yet round 2 on Wednesday 29 Oct 2003)."""
    if plan.repayment_frequency == "weekly":
        weekday = Notice(f"plan.fund.weekday_{due_day(plan, start)}")
        return Notice("plan.fund.rotation_intro_weekly", {"start": start, "weekday": weekday})
    return Notice("plan.fund.rotation_intro", {"start": start})


def fund_start(group: BusinessGroup) -> dt.date | None:
    """The day the revolving fund starts: the hand-over of the first grant lent on to members
    (its date, or its hand-over step's scheduled start), else the calendar's start."""
    from pra.plan.lender import disbursement_date

    for grant in group.capital.grants:
        if grant.revolving:
            day = disbursement_date(group, grant)
            if day is not None:
                return day
    return group.calendar.start


@once
def group_fund(group: BusinessGroup) -> FundLedger:
    """:func:`revolving_fund` for a group, dated from the day its fund starts (:func:`fund_start`)."""
    return revolving_fund(group.capital, group.member_ids, fund_start(group))

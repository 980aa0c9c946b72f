"""The fund's actual balance from the meetings, against the balance the plan foresaw.

Money in: the stimulus (as received, or as planned: the first round's loans,
on the day the plan hands the fund over) and everything members hand over at meetings
(savings of every kind and instalments). Money out: the cash of each loan
handed over, the loan minus the deductions the fund keeps at hand-over, as in
the plan (:func:`pra.plan.fund.member_share`), kept from a member's first loan only
(:mod:`pra.plan.followup.handover`). The planned balance is the
revolving fund's ledger (:func:`pra.plan.revolving.revolving_fund`) dated as the
plan dates it, from the fund's hand-over (:func:`plan_start`), not from the
follow-up's first record: a hand-over recorded later or earlier than planned then
shows as a gap against the plan instead of moving the plan with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup, Workshop
from pra.plan.followup.members import followup_start
from pra.plan.fund import member_share
from pra.plan.revolving import FundLedger, revolving_fund


@dataclass(frozen=True, slots=True)
class FundBalance:
    """The fund at the end of a day: what came in, what went out, and the plan's figure."""

    on: dt.date
    stimulus: int
    paid_in: int
    """Everything members handed over at meetings (savings and instalments)."""
    lent: int
    """Cash handed to borrowers (loans minus the deductions kept at hand-over)."""
    planned: int | None
    """The plan's balance for that month; ``None`` when the plan has no start date."""

    @property
    def inflows(self) -> int:
        return self.stimulus + self.paid_in

    @property
    def actual(self) -> int:
        return self.inflows - self.lent

    @property
    def difference(self) -> int | None:
        """Actual minus planned (negative: behind the plan)."""
        return None if self.planned is None else self.actual - self.planned


def plan_start(workshop: Workshop, group: BusinessGroup) -> dt.date | None:
    """The day the plan hands the fund over (:func:`pra.plan.revolving.fund_start`: the
    revolving grant's date, else the calendar's start), else the follow-up's start."""
    from pra.plan.revolving import fund_start

    return fund_start(group) or followup_start(workshop, group)


def recorded_start(group: BusinessGroup) -> dt.date | None:
    """The day the fund was handed over as recorded: the stimulus's day when one was written
    down, else the first meeting that lent money."""
    if group.followup.stimulus_on is not None:
        return group.followup.stimulus_on
    days = [m.date for m in group.followup.meetings if any(r.loan_out for r in m.members)]
    return min(days, default=None)


def planned_ledger(workshop: Workshop, group: BusinessGroup) -> FundLedger | None:
    """The plan's revolving fund dated as the plan dates it (:func:`plan_start`); ``None``
    without a start or a loan."""
    start = plan_start(workshop, group)
    if start is None or not group.capital.stimulus_per_member or not group.member_ids:
        return None
    return revolving_fund(group.capital, group.member_ids, start)


def cash_lent(group: BusinessGroup, loan: int) -> int:
    """The cash a borrower receives for her first loan of ``loan`` (deductions at hand-over
    kept; a later loan is handed over whole, :mod:`pra.plan.followup.handover`)."""
    return member_share(group.capital.model_copy(update={"stimulus_per_member": loan})).received


def withheld_parts(group: BusinessGroup, loan: int) -> tuple[tuple[str, str, int], ...]:
    """What the fund keeps from a loan of ``loan`` at hand-over, per deduction: (label, kind,
    amount); one unlabelled line of kind ``other`` when the deductions exceed the loan (the
    part actually kept)."""
    kept = loan - cash_lent(group, loan)
    plan = group.capital.model_copy(update={"stimulus_per_member": loan})
    parts = tuple((d.label, d.kind, d.amount) for d in member_share(plan).deductions if d.amount)
    if sum(a for _, _, a in parts) != kept:
        return (("", "other", kept),) if kept else ()
    return parts


def planned_stimulus(workshop: Workshop, group: BusinessGroup) -> int:
    ledger = planned_ledger(workshop, group)
    return ledger.stimulus_total if ledger else 0


def fund_balance(workshop: Workshop, group: BusinessGroup, on: dt.date) -> FundBalance:
    """The fund's actual and planned balance at the end of ``on``."""
    follow = group.followup
    start = plan_start(workshop, group)
    ledger = planned_ledger(workshop, group)
    received = (
        follow.stimulus_received
        if follow.stimulus_received is not None
        else (ledger.stimulus_total if ledger else 0)
    )
    arrived = follow.stimulus_on or start
    stimulus = received if arrived is None or arrived <= on else 0
    from pra.plan.followup.handover import handed_loans

    meetings = [m for m in follow.meetings if m.date <= on]
    paid_in = sum(row.handed_over() for m in meetings for row in m.members)
    lent = sum(h.cash for h in handed_loans(group) if h.date <= on)
    planned = None
    if ledger is not None:
        rows = [r for r in ledger.rows if r.date is not None and r.date <= on]
        planned = rows[-1].closing if rows else 0
    return FundBalance(on, stimulus, paid_in, lent, planned)

"""Savings against the agreed dues (iuran wajib), per member.

The plan asks every member for the compulsory dues every month from the month of
the first instalment (as the revolving fund's ledger counts them), until the member
leaves. A member's simpanan pokok (or saham) is what they hand over
as such at a meeting plus the deductions of kind ``share`` the fund kept from their
first loan at hand-over: the same money the fund's ledger counts as kept at hand-over
(:mod:`pra.plan.followup.handover`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup, Workshop
from pra.plan.followup.fund import plan_start
from pra.plan.followup.handover import handed_loans
from pra.plan.followup.members import left_on


@dataclass(frozen=True, slots=True)
class SavingsStatus:
    """A member's savings at a day against the dues agreed up to it."""

    participant_id: str
    agreed: int
    compulsory: int
    voluntary: int
    principal: int
    """Simpanan pokok/saham: handed over at meetings and kept from the member's loans."""

    @property
    def behind(self) -> int:
        """Compulsory dues agreed and not yet saved."""
        return max(self.agreed - self.compulsory, 0)

    @property
    def total(self) -> int:
        return self.compulsory + self.voluntary + self.principal


def dues_months(workshop: Workshop, group: BusinessGroup, member_id: str, on: dt.date) -> int:
    """How many monthly dues had fallen due for the member by the end of ``on``: the months
    from the first instalment's month to ``on``'s, both included, as the plan's fund counts
    them (:func:`pra.plan.revolving.dues_months_owed`), dated from the plan's hand-over."""
    from pra.plan.revolving import dues_months_owed

    start = plan_start(workshop, group)
    return dues_months_owed(group.capital, start, on, left_on(group, member_id))


def savings_status(
    workshop: Workshop, group: BusinessGroup, member_id: str, on: dt.date
) -> SavingsStatus:
    """The member's savings (all kinds) and the dues agreed, up to the end of ``on``."""
    rows = [
        row
        for m in group.followup.meetings
        if m.date <= on
        for row in m.members
        if row.participant_id == member_id
    ]
    agreed = group.capital.compulsory_dues * dues_months(workshop, group, member_id, on)
    shares = sum(
        amount
        for loan in handed_loans(group)
        if loan.participant_id == member_id and loan.date <= on
        for _, kind, amount in loan.parts
        if kind == "share"
    )
    return SavingsStatus(
        member_id,
        agreed,
        sum(r.savings_compulsory for r in rows),
        sum(r.savings_voluntary for r in rows),
        sum(r.savings_principal for r in rows) + shares,
    )


def savings_between(
    workshop: Workshop, group: BusinessGroup, member_id: str, first: dt.date, last: dt.date
) -> SavingsStatus:
    """What the member saved from ``first`` to ``last`` (both included) and the dues that fell
    due in those days: the same meetings and hand-overs the fund's ledger of the period counts
    (:func:`pra.plan.followup.fund_period.fund_period`)."""
    before = savings_status(workshop, group, member_id, first - dt.timedelta(days=1))
    after = savings_status(workshop, group, member_id, last)
    return SavingsStatus(
        member_id,
        after.agreed - before.agreed,
        after.compulsory - before.compulsory,
        after.voluntary - before.voluntary,
        after.principal - before.principal,
    )

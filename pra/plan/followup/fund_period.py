"""The fund's cash over a report's period as a ledger a reader can add up.

Opening balance (the day before the period) + money in − money out = closing
balance (the period's last day), to the rupiah, with the same figures as
:func:`pra.plan.followup.fund.fund_balance`. Money in: the stimulus when it
arrives within the period, what members hand over at meetings by kind, and the
deductions the fund keeps when it hands a loan over (a loan of Rp 500.000 with a
Rp 25.000 simpanan pokok withheld is Rp 500.000 out and Rp 25.000 in, not Rp 475.000
out; kept from a member's first loan only, :mod:`pra.plan.followup.handover`); money out:
each loan handed over, whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup, Workshop
from pra.plan.followup.fund import fund_balance
from pra.plan.followup.handover import handed_loans

PAID_IN: tuple[str, ...] = (
    "savings_principal",
    "savings_compulsory",
    "savings_voluntary",
    "instalment",
)
"""What a member hands over at a meeting, by kind (the fields of a meeting's row)."""


@dataclass(frozen=True, slots=True)
class FundPeriod:
    """The fund's ledger from ``first`` to ``last``, both days included."""

    first: dt.date
    last: dt.date
    opening: int
    stimulus: int
    """The stimulus received within the period."""
    paid_in: tuple[tuple[str, int], ...]
    """Per kind of :data:`PAID_IN`, what members handed over at the period's meetings."""
    withheld: tuple[tuple[str, int], ...]
    """Per deduction label, what the fund kept from the loans it handed over."""
    lent: int
    """The loans handed over, whole."""
    closing: int

    @property
    def money_in(self) -> int:
        return self.stimulus + sum(a for _, a in self.paid_in) + sum(a for _, a in self.withheld)

    @property
    def money_out(self) -> int:
        return self.lent


def fund_period(
    workshop: Workshop, group: BusinessGroup, first: dt.date, last: dt.date
) -> FundPeriod:
    """The ledger of ``group``'s fund from ``first`` to ``last``."""
    before = fund_balance(workshop, group, first - dt.timedelta(days=1))
    after = fund_balance(workshop, group, last)
    meetings = [m for m in group.followup.meetings if first <= m.date <= last]
    rows = [row for m in meetings for row in m.members]
    paid_in = tuple((kind, sum(getattr(r, kind) for r in rows)) for kind in PAID_IN)
    withheld: dict[str, int] = {}
    lent = 0
    for loan in handed_loans(group):
        if not first <= loan.date <= last:
            continue
        lent += loan.loan
        for label, _, amount in loan.parts:
            withheld[label] = withheld.get(label, 0) + amount
    return FundPeriod(
        first,
        last,
        before.actual,
        after.stimulus - before.stimulus,
        paid_in,
        tuple(withheld.items()),
        lent,
        after.actual,
    )

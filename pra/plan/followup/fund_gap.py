"""What makes the fund's actual balance differ from the plan's (review rev15 P4).

The plan's balance (:func:`pra.plan.followup.fund.planned_ledger`) counts the
instalments and the compulsory dues as they fall due, no voluntary savings, and one
loan per member. The parts that can be computed from the records:

- ``voluntary``: simpanan sukarela (the plan has none);
- ``dues``: compulsory dues saved beyond (or, negative, short of) what was agreed up to
  the day;
- ``ahead``: instalments paid before they fell due;
- ``arrears``: instalments due and not paid (negative);
- ``later_loans``: the cash of loans beyond a member's first (negative; the plan lends
  each member once).

``rest`` is the difference none of these explains (a hand-over or a loan on another day
or of another amount than planned, simpanan pokok paid in cash, …), so that the parts
and the rest always add up to the difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.followup.handover import handed_loans
from pra.plan.followup.progress import GroupProgress

PARTS: tuple[str, ...] = ("voluntary", "dues", "ahead", "arrears", "later_loans")


@dataclass(frozen=True, slots=True)
class FundGap:
    """The difference actual − planned, and its parts (see the module)."""

    difference: int
    parts: tuple[tuple[str, int], ...]
    """(:data:`PARTS` key, amount) of the parts that are not zero, in that order."""
    rest: int


def fund_gap(group: BusinessGroup, progress: GroupProgress) -> FundGap | None:
    """The parts of the fund's gap against the plan on ``progress.on``; ``None`` when the plan
    has no balance or the two agree."""
    difference = progress.fund.difference
    if not difference:
        return None
    amounts = {
        "voluntary": sum(s.voluntary for s in progress.savings),
        "dues": sum(s.compulsory - s.agreed for s in progress.savings),
        "ahead": sum(s.ahead for s in progress.loans),
        "arrears": -sum(s.arrears for s in progress.loans),
        "later_loans": -sum(
            h.cash for h in handed_loans(group) if not h.first and h.date <= progress.on
        ),
    }
    parts = tuple((k, amounts[k]) for k in PARTS if amounts[k])
    return FundGap(difference, parts, difference - sum(a for _, a in parts))

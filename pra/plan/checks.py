"""Sentences about a group's money plan that does not add up, for the review step and `pra check`.

They never block: the file is valid, but the plan would lend out money already spent,
lend more than the grants bring, or leave a loan without its lender
(:func:`pra.plan.ledger.funding_ledger`).
"""

from __future__ import annotations

from pra.model import BusinessGroup
from pra.plan.notice import Notice


def plan_checks(group: BusinessGroup) -> tuple[Notice, ...]:
    """Every check sentence of ``group``'s money plan, in the order of its sources."""
    from pra.plan.ledger import funding_ledger

    if not group.capital.sources:
        return ()
    return funding_ledger(group).checks

"""Instalments a treasurer cannot collect in cash (rev16-lender 7).

A group whose cash unit is Rp 1 (what a file without the field means, and what Yogyakarta's
Tri Astha shipped with) splits its instalments to the rupiah: Rp 500.000 in 12 is
11 × Rp 41.667 and Rp 41.663, a weekly BMT loan Rp 86.155 — amounts nobody hands over at a
meeting (issue #13: "Rp 51.666 is an amount nobody can pay in cash"). :func:`odd_amount`
finds the first instalment of the group's schedules (the members' fund, then each lender
loan) that is not a multiple of Rp 100, for ``pra check`` and the review step. A group that
chose a unit (Rp 100, 500, 1.000) is never asked: its instalments are rounded to it.
"""

from __future__ import annotations

from typing import Final

from pra.model import BusinessGroup

ROUND: Final = 100
"""An amount a treasurer can collect in cash is a multiple of this."""


def odd_amount(group: BusinessGroup) -> int | None:
    """The first instalment of ``group``'s schedules that is not a multiple of Rp 100 while
    its cash unit is Rp 1 (the members' instalment of principal and charges, then each lender
    loan's instalment), else ``None``."""
    plan = group.capital
    if plan.cash_unit != 1:
        return None
    from pra.plan.fund import instalments
    from pra.plan.lender import group_lender_schedule

    amounts: list[int] = []
    if plan.stimulus_per_member:
        amounts += [principal + charges for principal, charges in instalments(plan)]
    for loan in plan.loans:
        if loan.principal:
            amounts += [i.total for i in group_lender_schedule(group, loan).instalments]
    return next((amount for amount in amounts if amount % ROUND), None)

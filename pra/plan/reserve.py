"""The part of the cash set aside for costs paid ahead, month by month (#13).

A budget (RAB) line marked as paying materials or a monthly cost ahead
(``BudgetLine.prepaid``) is not spent at the start: its money stays in the opening cash
(:mod:`pra.plan.business`), *set aside* ("disisihkan") for the costs the cash flow charges
every month. The reserve is spent as those costs are charged:

- a line paying **materials** (``"materials"``) by the month's cost of sales;
- a line paying a **fixed cost** (``"fixed_costs"``) by the month's fixed costs whose name
  begins with the same word as the line (``Sewa tempat, 3 bulan`` pays ``Sewa tempat``, the
  rule of :mod:`pra.plan.prepaid`), or by all of them when none does
  (:func:`prepaid_fixed_costs`, which also charges them from the hand-over).

What is left of it at a month's end is still owed to those costs; the cash beyond it is the
cash the instalments may use. A month whose closing cash is positive but smaller than the
reserve left has paid its instalments from the money set aside (Jaya Bersama repaying weekly:
September 2003 ends with Rp 334.000 while Rp 686.500 is still set aside for cloth and rent).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pra.model import BusinessGroup
from pra.plan.prepaid import first_word

if TYPE_CHECKING:
    from pra.plan.business import CashMonth


def prepaid_fixed_costs(group: BusinessGroup) -> int:
    """The monthly fixed costs the budget lines marked as paying a fixed cost ahead pay
    (``Sewa tempat, 3 bulan`` pays the fixed cost ``Sewa tempat``: the same first word, the
    rule of :mod:`pra.plan.prepaid`); all of them when no fixed cost has a line's word. These
    are charged from the hand-over, as the lines pay them, while the other fixed costs start
    with the business (:mod:`pra.plan.business`); the reserve set aside for fixed costs is
    spent by them (:func:`reserve_left`).

    When no name matches (``Kontrak kios`` in the budget, ``Sewa tempat`` in the analysis)
    the money was still set aside for the running costs: all the fixed costs spend it. Were it
    spent by none, it would stay set aside for ever, and every month after would read as
    paying its instalments from it. (A line paid for months that no fixed cost carries on is
    named by the prepaid check, :func:`pra.plan.prepaid.not_carried_on`.)"""
    words = {
        first_word(b.item)
        for b in group.capital.budget
        if b.prepaid and b.prepaid != "materials" and not b.member_loans
    }
    costs = group.analysis.fixed_costs
    if not words:
        return 0
    matched = [c.amount for c in costs if first_word(c.label) in words]
    return sum(matched) if matched else sum(c.amount for c in costs)


def reserve_left(
    group: BusinessGroup, months: Sequence[CashMonth], opening: int, later: dict[int, int]
) -> tuple[int, ...]:
    """The reserve still set aside at each month's end. ``opening`` is the opening cash's
    reserve, ``later`` (month → amount) the reserve that comes in a later month (a grant or loan handed over
    after the business starts); each is split between materials and fixed costs as the
    budget lines marked ``prepaid`` are."""
    lines = [b for b in group.capital.budget if b.prepaid and not b.member_loans]
    materials = sum(b.quantity * b.unit_price for b in lines if b.prepaid == "materials")
    total = sum(b.quantity * b.unit_price for b in lines)
    matched = prepaid_fixed_costs(group)

    def split(amount: int) -> tuple[int, int]:
        """``amount`` as (materials, fixed), in the budget lines' proportion."""
        if not total:
            return 0, amount
        part = amount * materials // total
        return part, amount - part

    for_materials, for_fixed = split(opening)
    left = []
    for m in months:
        more_materials, more_fixed = split(later.get(m.index, 0)) if m.index else (0, 0)
        for_materials += more_materials
        for_fixed += more_fixed
        for_materials -= min(for_materials, m.cost_of_sales)
        # a month before selling charges only the fixed costs paid ahead (prepaid_fixed_costs)
        charged = min(m.fixed_costs, matched)
        for_fixed -= min(for_fixed, charged)
        left.append(for_materials + for_fixed)
    return tuple(left)

"""Break-even with the instalments and dues (rev13b-lender 5 / rev13-lender 10).

The break-even of :func:`pra.plan.business.break_even` covers the fixed costs alone; a lender
reads it as what the group must sell to stand, while the business also pays the members'
instalments and dues and the lender's instalments from its cash (the cash flow charges them).
This line says plainly that the first figure leaves them out, and gives the break-even that
also pays the heaviest month's instalments and dues of the cash flow (the earliest of equals),
with that month and amount so that the figure can be followed to the cash-flow table.

Jaya Bersama (Palembang): fixed costs Rp 140.000 alone: 4 + 3 + 9 units; with December 2003's
instalments and dues, Rp 862.500 (the first month with five Mondays of BMM): 24 + 20 + 64.
(The worked figures are in tests/plan/test_debt_break_even.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pra.plan.notice import Money, Notice

if TYPE_CHECKING:
    from pra.model.business import BusinessAnalysis
    from pra.plan.business import CashMonth


def debt_break_even_line(analysis: BusinessAnalysis, months: Sequence[CashMonth]) -> Notice | None:
    """The break-even that also pays the heaviest month's instalments and dues; ``None``
    without products, without anything due, or when no margin ever breaks even."""
    from pra.plan.business import break_even, break_even_units, profit_and_loss

    due = [m for m in months if m.repayments]
    if not analysis.products or not due:
        return None
    heaviest = max(due, key=lambda m: m.repayments)  # the earliest of equals
    be = break_even(analysis, heaviest.repayments)
    if be.total is None:
        return None
    return Notice(
        "plan.business.line_break_even_debt",
        {
            "fixed": Money(profit_and_loss(analysis).fixed_costs),
            "period": heaviest.period,
            "amount": Money(heaviest.repayments),
            "units": break_even_units(analysis, be),
        },
    )

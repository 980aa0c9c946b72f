"""The internal rate of return of dated cash flows: one method for every loan's effective rate.

A member's loan from the revolving fund (:mod:`pra.plan.effective_rate`) and a group's
loan from a lender (:mod:`pra.plan.lender`) are both measured the same way: the flows
at their times in years after the hand-over (days ÷ 365 when the plan has dates,
nominal periods when it has none), compounded yearly, so two rates on one page compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

DAYS_PER_YEAR: Final = 365


def xirr(flows: Sequence[tuple[float, float]]) -> float | None:
    """The yearly rate at which the flows' present value is zero, by bisection.

    ``flows`` is ``(time in years, amount)``: one amount in at time 0, then payments
    (the last may be positive: savings coming back). The present value rises with the rate (the payments weigh less), so
    there is one root when the payments exceed the amount (or equal it: 0 %).
    """

    def pv(rate: float) -> float:
        return float(sum(amount / (1 + rate) ** t for t, amount in flows))

    low, high = -0.99, 1.0
    if pv(0.0) <= 0:
        # the payments at least repay the amount: the rate is not below zero. Savings kept
        # at hand-over and coming back with the last payment make that last flow positive,
        # and the value turns positive again far below zero: the root sought is above it
        low = 0.0
    elif pv(low) > 0:
        return None
    while pv(high) < 0:
        high *= 2
        if high > 1e6:
            return None
    while high - low > 1e-12:
        middle = (low + high) / 2
        if pv(middle) < 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2

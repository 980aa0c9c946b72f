"""The one place where money is rounded or split.

The rule, used by every calculation in ``pra.plan``:

- amounts are whole rupiah (``int``), never floats;
- a percentage of an amount (a reserve of 10 %, a service fee of 1.5 %) is
  rounded to the nearest rupiah, halves upwards (``ROUND_HALF_UP``), because
  that is how a treasurer rounds by hand and the group must be able to check it;
- an amount split into instalments is split exactly: every instalment is the
  amount divided by their number, rounded down, and the rupiah left over are
  added to the *last* instalment, so the instalments always add up to the amount.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pra.plan.notice import Notice


def rounding_note() -> Notice:
    """The rule above in the plan's language, printed under the fund's arithmetic."""
    return Notice("plan.fund.rounding")


def percent_of(amount: int, percent: Decimal | int) -> int:
    """``percent`` % of ``amount`` in whole rupiah, halves rounded up (1.5 % of 500.000 = 7.500)."""
    exact = Decimal(amount) * Decimal(percent) / Decimal(100)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_evenly(amount: int, parts: int) -> tuple[int, ...]:
    """``amount`` in ``parts`` instalments that add up exactly; the remainder goes to the last one."""
    if parts < 1:
        raise ValueError("an amount is split into at least one part")
    base, remainder = divmod(amount, parts)
    return (base,) * (parts - 1) + (base + remainder,)

"""The one place where money is rounded or split.

The rule, used by every calculation in ``pra.plan``:

- amounts are whole rupiah (``int``), never floats;
- a percentage of an amount (a reserve of 10 %, a service fee of 1.5 %) is
  rounded to the nearest rupiah, halves upwards (``ROUND_HALF_UP``), because
  that is how a treasurer rounds by hand and the group must be able to check it;
- a loan split into instalments is split into amounts the members can pay in
  cash: every instalment is the loan divided by their number, rounded *up* to
  the group's cash unit (Rp 1, 100, 500 or 1.000), and the *last* instalment is
  what is left, so the instalments add up to the loan exactly and the last one
  is the smallest (Rp 500.000 in 12 at Rp 500: 11 × Rp 42.000 and Rp 38.000).
  Where rounding up would repay the loan before the last instalment (a unit
  large against the instalment), the instalments are rounded *down* to the
  unit instead and the last one takes the rest; the sentence says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

from pra.plan.notice import Cents, Money, Notice

CASH_UNITS: Final = (1, 100, 500, 1000)
"""The cash units a group can choose: the smallest amount it hands over at a meeting."""


def rounding_note() -> Notice:
    """The rule for percentages, printed under the fund's arithmetic (instalments say their own)."""
    return Notice("plan.fund.rounding")


def percent_of(amount: int, percent: Decimal | int) -> int:
    """``percent`` % of ``amount`` in whole rupiah, halves rounded up (1.5 % of 500.000 = 7.500)."""
    exact = Decimal(amount) * Decimal(percent) / Decimal(100)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class InstalmentSplit:
    """A loan split into instalments payable in the cash unit, and how it was done."""

    amount: int
    unit: int
    instalments: tuple[int, ...]
    direction: Literal["exact", "up", "down"]
    """``exact``: the share is already a multiple of the unit; otherwise how it was rounded."""

    @property
    def regular(self) -> int:
        """Every instalment but the last."""
        return self.instalments[0]

    @property
    def last(self) -> int:
        return self.instalments[-1]

    @property
    def share(self) -> Decimal:
        """The exact share, ``amount ÷ parts``, to two decimals (41.666,67)."""
        exact = Decimal(self.amount) / Decimal(len(self.instalments))
        return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def note(self, weekly: bool = False) -> Notice:
        """The sentence saying exactly what was done, e.g.

        ``Rp 500.000 ÷ 12 = Rp 41.666,67; angsuran dibulatkan ke atas ke Rp 500 terdekat:
        11 × Rp 42.000 dan terakhir Rp 38.000``.
        """
        parts = len(self.instalments)
        params: dict[str, object] = {
            "loan": Money(self.amount),
            "parts": parts,
            "share": Cents(self.share),
            "unit": Money(self.unit),
            "count": parts - 1,
            "amount": Money(self.regular),
            "last": Money(self.last),
        }
        if self.direction == "exact":
            return Notice(
                "plan.fund.split_exact_weekly" if weekly else "plan.fund.split_exact", params
            )
        unit = "unit" if self.unit > 1 else "rupiah"
        return Notice(f"plan.fund.split_{self.direction}_{unit}", params)


def split_instalments(amount: int, parts: int, unit: int = 1) -> InstalmentSplit:
    """``amount`` in ``parts`` instalments rounded up to ``unit``, the rest on the last one.

    Every instalment but the last is a multiple of ``unit``; they add up to
    ``amount``; none is negative. Rounded up (or exact), the last is at most the
    others. Rounded down (``direction == "down"``: a unit large against the share, see
    the module docstring) the last takes the rest and is *more* than the others
    (Rp 3.000 in 10 at Rp 500: 9 × Rp 0 and Rp 3.000); :func:`spread_instalments`
    spreads such an amount from the first instalment instead.
    """
    if parts < 1:
        raise ValueError("an amount is split into at least one part")
    if unit < 1:
        raise ValueError("the cash unit is at least one rupiah")
    if amount < 0:
        raise ValueError("a loan is not negative")
    per_unit = -(-amount // (parts * unit))  # ceiling of amount / (parts × unit)
    regular = per_unit * unit
    direction: Literal["exact", "up", "down"] = "up"
    if regular * parts == amount:
        direction = "exact"
    elif regular * (parts - 1) > amount:
        regular = amount // (parts * unit) * unit
        direction = "down"
    if parts == 1:
        regular, direction = amount, "exact"
    instalments = (regular,) * (parts - 1) + (amount - regular * (parts - 1),)
    return InstalmentSplit(amount, unit, instalments, direction)


def spread_instalments(amount: int, parts: int, unit: int = 1) -> tuple[int, ...]:
    """``amount`` in ``parts`` instalments as :func:`split_instalments` splits it, except
    where that rounds down and leaves the rest on the last one: there the whole units are
    handed out one to an instalment from the first, and the rupiah below one unit go to
    the instalment after the last one that got an extra unit.

    So the instalments add up to ``amount``, none is negative and each is at most the one
    before (the last is at most the others); spread, no two differ by more than one unit:
    Rp 3.000 in 10 at Rp 500 is 6 × Rp 500 and 4 × Rp 0 (not 9 × Rp 0 and Rp 3.000);
    Rp 3.200, 6 × Rp 500, Rp 200 and 3 × Rp 0.
    """
    split = split_instalments(amount, parts, unit)
    if split.direction != "down":
        return split.instalments
    units, below = divmod(amount, unit)
    each, extra = divmod(units, parts)
    spread = [(each + 1) * unit] * extra + [each * unit] * (parts - extra)
    spread[extra] += below  # extra < parts: divmod by parts
    return tuple(spread)

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
  large against the instalment), the loan's whole units are shared out one to an
  instalment from the first, so no instalment is much larger than the others
  (Rp 250.000 in 52 weeks at Rp 500: 32 × Rp 5.000 and 20 × Rp 4.500, not
  51 × Rp 4.500 and a last Rp 20.500); the sentence says which was done;
- amounts worked out one by one (a declining loan's interest on the balance) are paid in
  the cash unit by :func:`carried_down`: the running total rounded *down* to the unit, what
  is rounded off carried to the next, the last paying the rest rounded *up* to the unit (as
  every instalment is a sum a treasurer can hand over: rev16-lender 8, "Rp 112.997"), so
  they add up to the exact total rounded up to the unit and no instalment is negative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

from pra.plan.notice import Cents, Money, Notice

CASH_UNITS: Final = (1, 100, 500, 1000)
"""The cash units a group can choose: the smallest amount it hands over at a meeting."""


def carried_down(amounts: Sequence[int], unit: int) -> tuple[int, ...]:
    """``amounts`` payable in ``unit``: each the running total rounded down to the unit less
    what was paid before, the last what is left rounded up to the unit (10.385, 10.385,
    10.185 at Rp 500: running 10.385 → 10.000, 20.770 → 20.500, 30.955 → 10.000, 10.500,
    and the rest 10.455 → 10.500). Together they pay the exact total rounded up to the unit:
    at most ``unit − 1`` rupiah more, never less."""
    if unit <= 1 or not amounts:
        return tuple(amounts)
    paid = running = 0
    found = []
    for amount in amounts[:-1]:
        running += amount
        due = running // unit * unit - paid
        found.append(due)
        paid += due
    rest = running + amounts[-1] - paid
    return (*found, -(-rest // unit) * unit)


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
    direction: Literal["exact", "up", "spread"]
    """``exact``: the share is already a multiple of the unit; ``up``: rounded up, the rest on
    the last; ``spread``: the whole units shared out from the first (see the module docstring)."""

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

    def params(self) -> dict[str, object]:
        """What a sentence on the split may name: the amount, the parts, the exact share, the
        unit, the regular instalments and the last (and each run in order when spread); the
        members' (:meth:`note`) and a lender's (:func:`pra.plan.lender.rounding_notice`)."""
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
        if self.direction == "spread":
            params["runs"] = runs_notice(self.instalments)
        return params

    def note(self, weekly: bool = False) -> Notice:
        """The sentence saying exactly what was done, e.g.

        ``Rp 500.000 ÷ 12 = Rp 41.666,67; angsuran dibulatkan ke atas ke Rp 500 terdekat:
        11 × Rp 42.000 dan terakhir Rp 38.000``.
        """
        params = self.params()
        if self.direction == "exact":
            return Notice(
                "plan.fund.split_exact_weekly" if weekly else "plan.fund.split_exact", params
            )
        unit = "unit" if self.unit > 1 else "rupiah"
        return Notice(f"plan.fund.split_{self.direction}_{unit}", params)


def split_instalments(amount: int, parts: int, unit: int = 1) -> InstalmentSplit:
    """``amount`` in ``parts`` instalments rounded up to ``unit``, the rest on the last one.

    They add up to ``amount``; none is negative; each is at most the one before, so the
    last is at most the others. Rounded up (or exact), every instalment but the last is a
    multiple of ``unit``. Where rounding up would repay the amount before the last
    instalment (``direction == "spread"``: a unit large against the share, see the module
    docstring) the whole units are handed out one to an instalment from the first, and the
    rupiah below one unit go to the instalment after the last one that got an extra unit:
    no two differ by more than one unit (Rp 3.000 in 10 at Rp 500: 6 × Rp 500 and 4 × Rp 0,
    not 9 × Rp 0 and Rp 3.000; Rp 3.200: 6 × Rp 500, Rp 200 and 3 × Rp 0).
    """
    if parts < 1:
        raise ValueError("an amount is split into at least one part")
    if unit < 1:
        raise ValueError("the cash unit is at least one rupiah")
    if amount < 0:
        raise ValueError("a loan is not negative")
    per_unit = -(-amount // (parts * unit))  # ceiling of amount / (parts × unit)
    regular = per_unit * unit
    direction: Literal["exact", "up", "spread"] = "up"
    if parts == 1 or regular * parts == amount:
        direction = "exact"
    elif regular * (parts - 1) > amount:
        units, below = divmod(amount, unit)
        each, extra = divmod(units, parts)
        spread = [(each + 1) * unit] * extra + [each * unit] * (parts - extra)
        spread[extra] += below  # extra < parts: divmod by parts
        return InstalmentSplit(amount, unit, tuple(spread), "spread")
    if parts == 1:
        regular = amount
    instalments = (regular,) * (parts - 1) + (amount - regular * (parts - 1),)
    return InstalmentSplit(amount, unit, instalments, direction)


def runs(amounts: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Equal amounts in a row as ``(count, amount)``: (32, 5.000), (20, 4.500)."""
    found: list[tuple[int, int]] = []
    for a in amounts:
        if found and found[-1][1] == a:
            found[-1] = (found[-1][0] + 1, a)
        else:
            found.append((1, a))
    return tuple(found)


def runs_notice(amounts: tuple[int, ...]) -> tuple[Notice, ...]:
    """The amounts in order as the treasurer reads them: ``32 × Rp 5.000, 20 × Rp 4.500``
    (one alone as ``Rp 200``)."""
    return tuple(
        Notice("plan.fund.run_many", {"count": n, "amount": Money(a)})
        if n > 1
        else Notice("plan.fund.run_one", {"amount": Money(a)})
        for n, a in runs(amounts)
    )

"""Repayment capacity business by business, for a group of members' own businesses (#13).

A savings and loan group (KUW "Tri Astha") lends to members who each run a household
business of their own: shoes, a stall, motorbike repairs. Pooling their profits and dividing
by the members (:class:`pra.plan.business.Capacity`) lets the repair shop's profit pay the
chicken keeper's instalment, which no lender accepts. When the products name the members who
run them (``Product.member_ids``), each business is judged on its own:

* its **profit a month** = the ordinary month's gross profit of the product (sales − the cost
  of the units sold, the profit and loss table's row) − its **share of the fixed costs**,
  shared by sales: fixed costs × the product's sales ÷ all products' sales, in whole rupiah,
  the rupiah left by rounding down going to the largest remainders (the earliest product of
  equals) so that the shares add up to the fixed costs exactly; without sales, in equal parts;
* **per person** = that profit ÷ the members who run it, rounded down;
* against **what one borrower pays** in the heaviest month (:attr:`Capacity.payment`: the
  instalment, service fee, deductions and dues, and her share of the lenders' instalments):
  enough, with what is left, or short by how much.

A member who runs no named business is said by name: nothing in the plan carries her
instalment. Products that name nobody stay the group's shared business and are left out of
the comparison (their fixed-cost share is still theirs). A member running two businesses is
counted in each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pra.plan.notice import Money, Notice

if TYPE_CHECKING:
    from pra.model import BusinessGroup
    from pra.plan.business import BusinessPlan


@dataclass(frozen=True, slots=True)
class Maker:
    """One product run by some members, judged on its own."""

    product_id: str
    name: str
    member_ids: tuple[str, ...]
    gross: int
    """The ordinary month's sales − the cost of the units sold."""
    fixed_share: int
    """Its share of the monthly fixed costs (by sales)."""
    payment: int
    """What one borrower pays in the heaviest month."""

    @property
    def profit(self) -> int:
        return self.gross - self.fixed_share

    @property
    def per_member(self) -> int:
        """Profit ÷ the members who run it, rounded down."""
        return self.profit // len(self.member_ids)

    @property
    def left(self) -> int:
        """Positive: left after paying; negative: short."""
        return self.per_member - self.payment


@dataclass(frozen=True, slots=True)
class Makers:
    """Every named business of a group, and the members who run none of them."""

    businesses: tuple[Maker, ...]
    fixed_costs: int
    shares: tuple[tuple[str, int], ...]
    """``(product name, fixed-cost share)`` for every product, shared or named."""
    unrun: tuple[str, ...]
    """Members (ids, in the group's order) who run no named business."""
    payment: int

    @property
    def carrying(self) -> int:
        """How many businesses pay their borrowers' instalments."""
        return sum(1 for b in self.businesses if b.left >= 0)

    @property
    def weakest(self) -> Maker:
        """The business leaving the least per person (the earliest of equals)."""
        return min(self.businesses, key=lambda b: b.left)


def fixed_shares(sales: tuple[int, ...], fixed: int) -> tuple[int, ...]:
    """``fixed`` shared in proportion to ``sales``, whole rupiah adding up to ``fixed``: each
    share rounded down, the rupiah left to the largest remainders (the earliest of equals);
    in equal parts when nothing is sold."""
    if not sales:
        return ()
    weights = sales if sum(sales) else tuple(1 for _ in sales)
    total = sum(weights)
    shares = [fixed * w // total for w in weights]
    order = sorted(range(len(weights)), key=lambda i: (-(fixed * weights[i] % total), i))
    for i in order[: fixed - sum(shares)]:
        shares[i] += 1
    return tuple(shares)


def makers(group: BusinessGroup, plan: BusinessPlan) -> Makers | None:
    """The group's named businesses judged one by one; ``None`` when no product names the
    members who run it (the group's shared business: :class:`~pra.plan.business.Capacity`)."""
    products = group.analysis.products
    if not any(p.member_ids for p in products):
        return None
    lines = {line.product_id: line for line in plan.ordinary.products}
    sales = tuple(lines[p.id].sales for p in products)
    shares = fixed_shares(sales, plan.ordinary.fixed_costs)
    payment = plan.capacity.payment
    businesses = tuple(
        Maker(p.id, p.name, p.member_ids, lines[p.id].margin, share, payment)
        for p, share in zip(products, shares, strict=True)
        if p.member_ids
    )
    run = {m for p in products for m in p.member_ids}
    return Makers(
        businesses,
        plan.ordinary.fixed_costs,
        tuple((p.name, s) for p, s in zip(products, shares, strict=True)),
        tuple(m for m in group.member_ids if m not in run),
        payment,
    )


def _who(ids: tuple[str, ...], names: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(names.get(i, i) for i in ids)


def maker_line(b: Maker, names: Mapping[str, str]) -> Notice:
    """``Ayam kampung (Sumardi): laba Rp 158.198 per orang sebulan, angsuran Rp 60.000:
    cukup, sisa Rp 98.198.`` — or short, or at a loss."""
    params: dict[str, object] = {
        "name": b.name,
        "who": _who(b.member_ids, names),
        "per_member": Money(b.per_member),
        "payment": Money(b.payment),
    }
    if b.profit < 0:
        return Notice("plan.makers.line_loss", {**params, "loss": Money(-b.profit)})
    if b.left >= 0:
        return Notice("plan.makers.line_enough", {**params, "left": Money(b.left)})
    return Notice("plan.makers.line_short", {**params, "short": Money(-b.left)})


def makers_intro(m: Makers) -> Notice:
    """How the table's figures are reached: the fixed costs shared by sales, per person
    rounded down, and what a borrower pays."""
    shares = tuple(
        Notice("plan.makers.share", {"name": name, "amount": Money(amount)})
        for name, amount in m.shares
    )
    return Notice(
        "plan.makers.intro",
        {"fixed": Money(m.fixed_costs), "shares": shares, "payment": Money(m.payment)},
    )


def unrun_line(m: Makers, names: Mapping[str, str]) -> Notice | None:
    """The members whose instalment no business of the plan carries, by name."""
    if not m.unrun:
        return None
    return Notice("plan.makers.unrun", {"who": _who(m.unrun, names), "payment": Money(m.payment)})


def makers_summary(m: Makers, names: Mapping[str, str]) -> Notice:
    """``5 dari 5 usaha anggota …; yang terlemah …``: how many businesses carry their
    borrowers' instalments, and the weakest by name."""
    weak = m.weakest
    verdict = (
        Notice("plan.business.brief_enough", {"left": Money(weak.left)})
        if weak.left >= 0
        else Notice("plan.business.brief_short", {"short": Money(-weak.left)})
    )
    unrun = unrun_line(m, names)
    return Notice(
        "plan.makers.summary",
        {
            "carrying": m.carrying,
            "count": len(m.businesses),
            "payment": Money(m.payment),
            "name": weak.name,
            "who": _who(weak.member_ids, names),
            "per_member": Money(weak.per_member),
            "verdict": verdict,
            "unrun": Notice("plan.makers.unrun_after", {"line": unrun})
            if unrun is not None
            else "",
        },
    )


def makers_verdict(m: Makers, names: Mapping[str, str]) -> tuple[Notice, ...]:
    """The sentences of the analysis: the summary, then each business that cannot carry its
    borrowers' instalments, said plainly (the table shows every business)."""
    short = tuple(maker_line(b, names) for b in m.businesses if b.left < 0)
    return (makers_summary(m, names), *short)

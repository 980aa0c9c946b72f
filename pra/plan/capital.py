"""The capital plan of a group: stimulus plus own contribution against the budget (RAB).

The stimulus counts with what members actually receive in hand (the deductions
stay in the revolving fund and cannot buy materials); the own contribution
(swadaya) is the members' pledges (janji hati) that carry a value — money, and
goods or labour valued in rupiah. Pledges without a value are counted but not
added, and said so. The difference with the budget is a shortfall or a surplus.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.fund import member_share
from pra.plan.notice import Money, Notice


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """A budget line with its total (quantity × unit price)."""

    line_id: str
    item: str
    quantity: int
    unit: str
    unit_price: int
    total: int
    source: str


@dataclass(frozen=True, slots=True)
class CapitalSummary:
    """What the group has against what its budget needs."""

    borrowers: int
    stimulus_gross: int
    stimulus_net: int
    own_money: int
    own_goods: int
    """Tools, materials and other pledged things, valued in rupiah."""
    own_labour: int
    unvalued_pledges: int
    kept_value: int
    """Value of the pledges already kept."""
    budget: tuple[BudgetRow, ...]
    lines: tuple[Notice, ...]

    @property
    def own_total(self) -> int:
        return self.own_money + self.own_goods + self.own_labour

    @property
    def capital_total(self) -> int:
        return self.stimulus_net + self.own_total

    @property
    def budget_total(self) -> int:
        return sum(r.total for r in self.budget)

    @property
    def difference(self) -> int:
        """Positive: surplus; negative: shortfall."""
        return self.capital_total - self.budget_total

    def budget_by_source(self) -> dict[str, int]:
        """Budget totals per funding source (stimulus, own, other), in that order."""
        totals = {"stimulus": 0, "own": 0, "other": 0}
        for r in self.budget:
            totals[r.source] += r.total
        return totals


def capital_summary(group: BusinessGroup) -> CapitalSummary:
    """Stimulus + own contribution − budget, with the lines of arithmetic."""
    plan = group.capital
    members = set(group.member_ids)
    borrowers = len([m for m in dict.fromkeys(plan.first_round_ids) if m in members]) or len(
        members
    )
    share = member_share(plan)
    gross, net = plan.stimulus_per_member * borrowers, share.received * borrowers
    money = goods = labour = unvalued = kept = 0
    for p in group.pledges:
        if p.value is None:
            unvalued += 1
            continue
        if p.kind == "money":
            money += p.value
        elif p.kind == "labour":
            labour += p.value
        else:
            goods += p.value
        kept += p.value if p.kept else 0
    budget = tuple(
        BudgetRow(
            b.id, b.item, b.quantity, b.unit, b.unit_price, b.quantity * b.unit_price, b.source
        )
        for b in plan.budget
    )
    own = money + goods + labour
    budget_total = sum(r.total for r in budget)
    diff = net + own - budget_total
    lines = [
        Notice(
            "plan.capital.line_stimulus",
            {"members": borrowers, "amount": Money(share.received), "total": Money(net)},
        ),
    ]
    if gross != net:
        lines.append(
            Notice(
                "plan.capital.line_retained", {"gross": Money(gross), "kept": Money(gross - net)}
            )
        )
    lines.append(
        Notice(
            "plan.capital.line_own",
            {
                "money": Money(money),
                "goods": Money(goods),
                "labour": Money(labour),
                "total": Money(own),
            },
        )
    )
    if unvalued:
        lines.append(Notice("plan.capital.line_unvalued", {"count": unvalued}))
    lines.append(Notice("plan.capital.line_capital", {"amount": Money(net + own)}))
    lines.append(Notice("plan.capital.line_budget", {"amount": Money(budget_total)}))
    if diff < 0:
        lines.append(Notice("plan.capital.line_shortfall", {"amount": Money(-diff)}))
    elif diff > 0:
        lines.append(Notice("plan.capital.line_surplus", {"amount": Money(diff)}))
    else:
        lines.append(Notice("plan.capital.line_balanced"))
    return CapitalSummary(
        borrowers, gross, net, money, goods, labour, unvalued, kept, budget, tuple(lines)
    )

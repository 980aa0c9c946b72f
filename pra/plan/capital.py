"""The capital plan of a group: stimulus plus own contribution against the budget (RAB).

The stimulus counts with what members actually receive in hand (the deductions
stay in the revolving fund and cannot buy materials); the own contribution
(swadaya) is the members' pledges (janji hati) that carry a value — money, and
goods or labour valued in rupiah. Pledges without a value are counted but not
added, and said so. The difference with the budget is a shortfall or a surplus.

Each budget line says which source pays it (stimulus, own contribution, other),
so each source is also held against its own lines: a surplus of goods or
labour pledges does not pay for materials the stimulus was meant to buy, and
the summary says so instead of reporting only the overall surplus.
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


SOURCES = ("stimulus", "own", "other")
"""The funding sources a budget line can name, in the order they are shown."""


@dataclass(frozen=True, slots=True)
class SourceBalance:
    """One funding source: what the budget plans to pay from it and what the group has."""

    source: str
    planned: int
    available: int
    """Stimulus: what the members receive in hand; own: valued pledges; other: nothing recorded."""

    @property
    def difference(self) -> int:
        """Positive: more than its lines need; negative: short."""
        return self.available - self.planned

    def line(self) -> Notice:
        """``Bantuan stimulan: dianggarkan Rp 4.350.000, diterima Rp 3.925.000 — kurang Rp 425.000``."""
        diff = self.difference
        if diff < 0:
            balance = Notice("plan.capital.source.short", {"amount": Money(-diff)})
        elif diff > 0:
            balance = Notice("plan.capital.source.over", {"amount": Money(diff)})
        else:
            balance = Notice("plan.capital.source.even")
        return Notice(
            f"plan.capital.source.{self.source}",
            {
                "planned": Money(self.planned),
                "available": Money(self.available),
                "balance": balance,
            },
        )


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
    """The arithmetic and the verdict (the printed plan shows :attr:`sources` as a table)."""
    sources: tuple[SourceBalance, ...]
    """Each source that is planned or available, against its own budget lines."""

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
        return _by_source(self.budget)

    def reading(self) -> tuple[Notice, ...]:
        """:attr:`lines` with one line per source before the totals, for a screen without a table."""
        at = next(
            (i for i, n in enumerate(self.lines) if n.key == "plan.capital.line_capital"),
            len(self.lines),
        )
        return (*self.lines[:at], *(s.line() for s in self.sources), *self.lines[at:])


def _by_source(budget: tuple[BudgetRow, ...]) -> dict[str, int]:
    totals = dict.fromkeys(SOURCES, 0)
    for r in budget:
        totals[r.source] += r.total
    return totals


def _verdict(diff: int, sources: tuple[SourceBalance, ...], money: int) -> list[Notice]:
    """The last lines: shortfall, surplus or balance, and each source short of its own lines."""
    short = [s for s in sources if s.difference < 0]
    if diff < 0:
        return [Notice("plan.capital.line_shortfall", {"amount": Money(-diff)})]
    if not short:
        if diff > 0:
            return [Notice("plan.capital.line_surplus", {"amount": Money(diff)})]
        return [Notice("plan.capital.line_balanced")]
    lines = [
        Notice("plan.capital.source.surplus_but_short", {"amount": Money(diff)})
        if diff > 0
        else Notice("plan.capital.source.balanced_but_short")
    ]
    for s in short:
        key = f"plan.capital.source.short_{s.source}"
        if s.source == "stimulus" and not money:
            key = "plan.capital.source.short_stimulus_no_money"
        lines.append(Notice(key, {"amount": Money(-s.difference), "money": Money(money)}))
    return lines


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
    planned = _by_source(budget)
    available = {"stimulus": net, "own": own, "other": 0}
    sources = tuple(
        SourceBalance(key, planned[key], available[key])
        for key in SOURCES
        if planned[key] or available[key]
    )
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
    lines.extend(_verdict(diff, sources, money))
    return CapitalSummary(
        borrowers, gross, net, money, goods, labour, unvalued, kept, budget, tuple(lines), sources
    )

"""The group's own contribution (swadaya), split into cash and what is given in kind.

A lender reads "cash" as money in the till. Of what the members bring:

- **cash**: the simpanan pokok every member pays once, and the money pledged in
  the janji hati that has been paid in (the pledge is ticked as kept);
- **in kind**: the valued goods, tools, materials and labour of the janji hati
  that have been given (the pledge is ticked as kept) — part of the own
  contribution, shown as such, never cash;
- **promised**: what is pledged (money, goods or labour) and not yet paid in or
  given — named, never counted until it is kept. One rule for every page: the
  summary, the pledges' total, the capital sum and the ledger show the same
  figures. The budget (RAB) lines
  paid from the own capital are met by these first (the chair's oven *is* the
  oven line), the rest from the cash.

The compulsory dues (simpanan wajib) come in month by month after the start, so
they are in the cash flow, not here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup


@dataclass(frozen=True, slots=True)
class OwnContribution:
    """What the members bring, in rupiah (see the module docstring)."""

    savings: int
    """Simpanan pokok × members."""
    paid_pledges: int
    """Money pledged and paid in."""
    promised: int
    """Money, goods or labour pledged, not yet paid in or given: not counted."""
    in_kind: int
    """Valued goods, tools, materials and labour given."""
    promised_money: int = 0
    """Of :attr:`promised`, the money."""

    @property
    def cash(self) -> int:
        return self.savings + self.paid_pledges

    @property
    def total(self) -> int:
        """Cash and in kind (the promised money is not counted until it is paid)."""
        return self.cash + self.in_kind


def own_contribution(group: BusinessGroup) -> OwnContribution:
    """``group``'s own contribution, split as the module docstring says."""
    own = group.capital.own_capital
    savings = own.principal_savings * len(group.member_ids) if own is not None else 0
    paid = promised = in_kind = promised_money = 0
    for pledge in group.pledges:
        value = pledge.value or 0
        if not pledge.kept:
            promised += value
            promised_money += value if pledge.kind == "money" else 0
        elif pledge.kind == "money":
            paid += value
        else:
            in_kind += value
    return OwnContribution(savings, paid, promised, in_kind, promised_money)


@dataclass(frozen=True, slots=True)
class OwnSpending:
    """The budget lines paid from the own capital, met by the goods first, then by the cash."""

    in_kind_lines: int
    cash_lines: int


def own_spending(contribution: OwnContribution, lines: int) -> OwnSpending:
    """Split ``lines`` (the own capital's budget lines) between the goods and the cash."""
    in_kind = min(lines, contribution.in_kind)
    return OwnSpending(in_kind, lines - in_kind)

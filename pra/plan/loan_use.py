"""What the members' loans buy (#13, a lender's reading: "the members' loans are used nowhere,
yet the business repays them").

The part of the grants lent on to members reaches the first-round borrowers in cash (the
ledger's ``member_loans`` use: the loans less the deductions at hand-over). The budget (RAB)
lines marked ``BudgetLine.member_loans`` are what the members buy with that cash; they are
never paid from the group's cash as well (the business's opening cash leaves them out,
:func:`pra.plan.business.opening_cash`). The cash lent and bought by no line is lent without a
plan for its use: the printed plan says so, and ``pra check`` warns
(:func:`pra.plan.checks.input_checks`) — all the more when the business's cash flow pays the
members' instalments, which then come from the business's profit, not from anything the
loans bought.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.notice import Money, Notice


@dataclass(frozen=True, slots=True)
class LoanUse:
    """The members' loans in cash against the budget lines they buy."""

    lent: int
    """The cash the first-round borrowers receive from the grants' revolving part."""
    lines: tuple[tuple[str, int], ...]
    """Each budget line the members buy with their loans: (item, total)."""
    later: int = 0
    """Lent in the fund's later rounds (from instalments back). The lines beyond what the first
    round receives are bought with it (rev15-lender 1: a line may cover every round's
    borrowers, up to all that is lent); the rest buys nothing the budget names."""
    later_members: int = 0
    units: tuple[tuple[int, str, int], ...] = ()
    """Each line's (quantity, unit, unit price), in the order of :attr:`lines`."""
    first_members: int = 0

    @property
    def used(self) -> int:
        return sum(total for _, total in self.lines)

    @property
    def unassigned(self) -> int:
        """Lent in the first round and bought by no budget line."""
        return max(self.lent - self.used, 0)

    @property
    def used_later(self) -> int:
        """What the lines buy beyond the first round's cash, with the later rounds' loans."""
        return min(max(self.used - self.lent, 0), self.later)

    @property
    def later_unassigned(self) -> int:
        """Lent in the later rounds and bought by no budget line."""
        return self.later - self.used_later


def loan_use(group: BusinessGroup) -> LoanUse | None:
    """What ``group``'s members' loans buy; ``None`` when no grant lends to members."""
    from pra.plan.ledger import members_cash

    lent = members_cash(group)
    if not lent:
        return None
    from pra.plan.revolving import group_fund

    bought = [b for b in group.capital.budget if b.member_loans]
    lines = tuple((b.item, b.quantity * b.unit_price) for b in bought)
    units = tuple((b.quantity, b.unit, b.unit_price) for b in bought)
    fund = group_fund(group)
    first = fund.rounds[0].month if fund.rounds else None
    later = sum(r.lent for r in fund.rows if r.month != first)
    later_members = sum(len(r.member_ids) for r in fund.rounds[1:])
    first_members = len(fund.rounds[0].member_ids) if fund.rounds else 0
    return LoanUse(lent, lines, later, later_members, units, first_members)


def _items(use: LoanUse) -> str:
    """The items, apart by semicolons: an item may hold a comma ("Gunting, meteran …")."""
    return "; ".join(item for item, _ in use.lines)


def joined(parts: tuple[Notice, ...]) -> Notice:
    """``parts`` apart by semicolons (a tuple param would join them with commas)."""
    if len(parts) == 1:
        return parts[0]
    return Notice("plan.loan_use.then", {"first": parts[0], "rest": joined(parts[1:])})


def use_lines(group: BusinessGroup) -> tuple[Notice, ...]:
    """Where the loans are presented (the capital plan): each line the members buy with them,
    their total against the cash lent, and the part lent with no line said plainly."""
    use = loan_use(group)
    if use is None:
        return ()
    if not use.lines:
        return (Notice("plan.loan_use.none"), *((_later(use),) if use.later_unassigned else ()))
    lines = tuple(
        Notice("plan.loan_use.line_item", {"item": item, "amount": Money(total)})
        for item, total in use.lines
    )
    if use.used_later:  # the lines cover later rounds' borrowers too: which round buys what
        from pra.plan.loan_rounds import rounds_line

        total = Money(use.lent + use.later)
        found = [
            Notice(
                "plan.loan_use.line_all",
                {"lines": joined(lines), "used": Money(use.used), "lent": total},
            ),
            rounds_line(use),
        ]
    else:
        found = [
            Notice(
                "plan.loan_use.line",
                {"lines": joined(lines), "used": Money(use.used), "lent": Money(use.lent)},
            )
        ]
    if use.unassigned:
        found.append(
            Notice(
                "plan.loan_use.unassigned",
                {"amount": Money(use.unassigned), "lent": Money(use.lent)},
            )
        )
    if use.later_unassigned:
        found.append(_later(use))
    owned = own_goods(group)
    if owned is not None:
        found.append(owned)
    return tuple(found)


def _later(use: LoanUse) -> Notice:
    if use.used_later:  # part of the later rounds' loans is bought by the lines
        return Notice("plan.loan_use.later_rest", {"amount": Money(use.later_unassigned)})
    return Notice("plan.loan_use.later", {"amount": Money(use.later), "members": use.later_members})


def summary_line(group: BusinessGroup) -> Notice | None:
    """Page 1, in a few words: what the members' loans buy, and what is lent for nothing."""
    use = loan_use(group)
    if use is None:
        return None
    if not use.lines:
        return Notice("plan.loan_use.summary_none", {"lent": Money(use.lent)})
    params = {"items": _items(use), "used": Money(use.used), "lent": Money(use.lent)}
    if use.used_later:
        return Notice("plan.loan_use.summary_all", {**params, "later": Money(use.used_later)})
    if use.unassigned:
        return Notice(
            "plan.loan_use.summary_unassigned", {**params, "amount": Money(use.unassigned)}
        )
    return Notice("plan.loan_use.summary", params)


def own_goods(group: BusinessGroup) -> Notice | None:
    """What the members buy with their loans is theirs, its output is not in the sales plan, and
    their instalments come from their share of the group's profit (rev15-lender 2: 13 sewing
    machines made what 3 made, and nothing said whose the home machines are). Said where the
    loans are shown (the capital plan, the cash-flow page) whenever a business plan exists.

    A line the members buy marked ``prepaid="materials"`` is stock or materials the group's
    products use up (Tri Astha: each member's trade is one of the KUW's products): its output
    is in the sales plan, and it is not said."""
    if loan_use(group) is None or not group.analysis.products:
        return None
    items = [
        b.item
        for b in group.capital.budget
        if b.member_loans and b.prepaid != "materials"  # stock the group's products use
    ]
    if not items:
        return None
    return Notice("plan.loan_use.own_goods", {"items": "; ".join(items)})


def repaid_from_profit(group: BusinessGroup) -> Notice | None:
    """The cash-flow page's sentence when the business repays loans whose money it never has:
    the part lent and bought by no budget line, and the later rounds' loans, while the cash
    flow pays the instalments."""
    use = loan_use(group)
    if use is None or not group.analysis.products:
        return None
    later = use.later_unassigned
    if not (use.unassigned or later):
        return None
    if not later:
        return Notice("plan.loan_use.repaid_from_profit", {"amount": Money(use.unassigned)})
    if not use.unassigned:
        return Notice("plan.loan_use.repaid_from_profit_later_only", {"later": Money(later)})
    return Notice(
        "plan.loan_use.repaid_from_profit_later",
        {"amount": Money(use.unassigned + later), "later": Money(later)},
    )

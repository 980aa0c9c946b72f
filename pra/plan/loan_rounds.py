"""Which round of the revolving fund buys what (rev15-lender 1: Sedap Malam's honest lines for
all ten borrowers, 10 paket each, were refused because only six borrow in the first round).

A budget line the members buy may cover every round's borrowers, up to all that is lent over
the rounds (:class:`pra.plan.loan_use.LoanUse`). Said round by round: when every line holds
one unit per borrower of all rounds, each round buys one unit per borrower ("6 paket Dandang
…"); otherwise the first round's cash buys the lines in the budget's order and the later
rounds' loans the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pra.plan.notice import Money, Notice

if TYPE_CHECKING:
    from pra.plan.loan_use import LoanUse


def _split(use: LoanUse) -> tuple[list[Notice], list[Notice], int, int]:
    """The first round's and the later rounds' purchases, and what each costs."""
    borrowers = use.first_members + use.later_members
    first: list[Notice] = []
    later: list[Notice] = []
    if use.later_members and all(q == borrowers for q, _, _ in use.units):
        for (item, _), (_, unit, _) in zip(use.lines, use.units, strict=True):
            for found, count in ((first, use.first_members), (later, use.later_members)):
                found.append(
                    Notice(
                        "plan.loan_use.round_units", {"count": count, "unit": unit, "item": item}
                    )
                )
        price = sum(p for _, _, p in use.units)
        return first, later, use.first_members * price, use.later_members * price
    left = use.lent
    spent_first = spent_later = 0
    for item, total in use.lines:
        now = min(total, left)
        left -= now
        spent_first += now
        spent_later += total - now
        if now:
            first.append(Notice("plan.loan_use.line_item", {"item": item, "amount": Money(now)}))
        if total - now:
            later.append(
                Notice("plan.loan_use.line_item", {"item": item, "amount": Money(total - now)})
            )
    return first, later, spent_first, spent_later


def rounds_line(use: LoanUse) -> Notice:
    """``Putaran pertama, 6 anggota: 6 paket Dandang …, 6 paket Rantang … (Rp 1.350.000);
    putaran berikutnya, 4 anggota: 4 paket …, 4 paket … (Rp 900.000).``"""
    from pra.plan.loan_use import joined

    first, later, spent_first, spent_later = _split(use)
    return Notice(
        "plan.loan_use.rounds",
        {
            "first_members": use.first_members,
            "first": joined(tuple(first)),
            "first_amount": Money(spent_first),
            "later_members": use.later_members,
            "later": joined(tuple(later)),
            "later_amount": Money(spent_later),
        },
    )

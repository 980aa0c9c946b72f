"""Goods pledged (janji hati) that a grant or a loan also buys: the same thing funded twice.

A member pledges a valued good — a stove, 5 kg of peanuts — and it counts in the group's
own contribution (:mod:`pra.plan.own`). When a budget (RAB) line paid from a grant or a
lender loan buys that same thing, the plan funds it twice: once as the members' swadaya,
once with the source's money (Surabaya's Berjualan: 5 kg of peanuts pledged while the
grant bought the peanuts). A lender reading the plan asks which it is.

The model has no link from a pledge to a budget line (a budget line names its funding
source, a pledge its member), so the match is by the words of the thing
(:func:`pra.plan.own.thing_words`): a pledge and a line buy *the same thing* when the
words of one are all among the words of the other ("Kacang tanah 5 kg" and "Kacang
tanah"; "Oven dan cetakan kue" and "Oven"), never on one shared word alone ("Kedok las"
does not buy the "Kawat las", "Sepeda untuk mengantar kue" not the "Modal kerja bahan kue").

A pledged good the budget carries in a line of the own capital (the group's "Mesin jahit
milik ketua" beside the "Mesin jahit" the grant buys) is the members' share of that
thing, shown in the budget beside the share bought: the budget lists both, so it is not
said. Only goods with a value count (money and labour are not goods; a good without a
value is not counted in the own contribution); promised goods count as the kept ones do,
since the plan counts them once they are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup, Grant, LenderLoan, Pledge
from pra.model.capital import BudgetLine


@dataclass(frozen=True, slots=True)
class PledgedTwice:
    """A pledged good and a funded budget line that buy the same thing."""

    pledge: Pledge
    pledge_number: int
    """The pledge's row in the group's janji hati, from 1."""
    line: BudgetLine
    row: int
    """The budget line's row in the RAB, from 1."""
    source: Grant | LenderLoan


def same_thing(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two sets of thing words name the same thing: one holds all of the other."""
    return bool(first and second) and (first <= second or second <= first)


def pledged_twice(group: BusinessGroup) -> tuple[PledgedTwice, ...]:
    """Every pledged good of ``group`` that a budget line paid by a grant or a lender loan
    also buys, in pledge order, then budget order (see the module docstring)."""
    from pra.plan.own import thing_words

    plan = group.capital
    own = plan.own_capital
    own_lines = [
        thing_words(b.item) for b in plan.budget if own is not None and b.source_id == own.id
    ]
    funded: list[tuple[int, BudgetLine, Grant | LenderLoan, frozenset[str]]] = []
    for row, line in enumerate(plan.budget, start=1):
        source = plan.source(line.source_id)
        # what a member buys with her own loan is hers, not the group's from the source (#13)
        if isinstance(source, Grant | LenderLoan) and not line.member_loans:
            funded.append((row, line, source, thing_words(line.item)))
    found: list[PledgedTwice] = []
    for number, pledge in enumerate(group.pledges, start=1):
        if pledge.kind in ("money", "labour") or not pledge.value:
            continue
        words = thing_words(pledge.description)
        if any(same_thing(words, line_words) for line_words in own_lines):
            continue
        found.extend(
            PledgedTwice(pledge, number, line, row, source)
            for row, line, source, line_words in funded
            if same_thing(words, line_words)
        )
    return tuple(found)

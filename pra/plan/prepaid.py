"""Budget lines paid for some months whose cost the business analysis does not carry on.

A budget (RAB) line whose unit is a month (``Sewa tempat, 3 bulan``) pays a running cost for
those months only; the business goes on, and so does the cost. The cash flow charges the
analysis' fixed costs every month (:mod:`pra.plan.business`), so the cost must be among
them, or the months after the budget's pay none (Jaya Bersama, until #13: rent for Sep–Nov
2003, nothing from December). A line is taken as carried on when a fixed cost's name begins
with the same word (``Sewa tempat`` and ``Sewa kios``): a plain rule a facilitator can
follow, said in the check's sentence. Lines marked as materials or working capital
(``BudgetLine.prepaid == "materials"``) are carried on by the products' unit cost, and are
never named; nor are lines bought by the members with their loans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup

MONTH_UNITS: Final = frozenset({"bulan", "bln", "month", "months"})
"""Units that make a budget line a number of months (Indonesian or English, any case)."""


@dataclass(frozen=True, slots=True)
class NotCarriedOn:
    """A budget line paid for ``months`` months, row ``row`` of the RAB (from 1)."""

    row: int
    item: str
    months: int
    unit: str
    cash_flow_months: int


def first_word(text: str) -> str:
    """The word a budget line and a fixed cost are matched by (``Sewa tempat`` → ``sewa``,
    any case); ``""`` for an empty text. Shared with :mod:`pra.plan.reserve`."""
    words = text.split()
    return words[0].casefold() if words else ""


def not_carried_on(group: BusinessGroup, start: dt.date | None) -> tuple[NotCarriedOn, ...]:
    """The budget lines paid for fewer months than the cash flow runs, with no fixed cost of
    the same first word (see the module docstring); none without products."""
    analysis = group.analysis
    if not analysis.products:
        return ()
    from pra.plan.business import cash_flow_length

    names = {first_word(c.label) for c in analysis.fixed_costs}
    length = cash_flow_length(group, start)
    found = []
    for row, line in enumerate(group.capital.budget, start=1):
        if line.member_loans or line.prepaid == "materials":
            continue
        if line.unit.strip().casefold() not in MONTH_UNITS or line.quantity >= length:
            continue
        if first_word(line.item) in names:
            continue
        found.append(NotCarriedOn(row, line.item, line.quantity, line.unit, length))
    return tuple(found)

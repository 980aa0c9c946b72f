"""A lender's loan spent before it is handed over (#13, rev13-lender finding 1).

The budget (RAB) lines a lender's loan pays are needed before the loan is there when

- **selling starts before the hand-over** (:func:`pra.plan.business.sales_start`): the
  business runs with what those lines buy (the machines, the first materials), so they
  are bought by then; or
- **the calendar's costed steps before the hand-over cost more than the group's other
  money in hand by then**: the grants' parts for assets handed over by the step's start
  (an undated grant counted as there) and the members' own cash. The first step at which
  the running total passes that money is named: from it on the plan spends the loan.

A lender reads either as a plan spending money it does not have yet, and sends it back:
the sentence is one of the ledger's checks (:func:`pra.plan.ledger.funding_ledger`), so
``pra check`` counts the file as having a problem, the review step lists it and page 1 of
the printed plan says it in bold. An undated loan is said by its own check
(:func:`pra.plan.checks.input_checks`), not here.
"""

from __future__ import annotations

import datetime as dt

from pra.model import BusinessGroup
from pra.plan.notice import Money, Notice
from pra.plan.sources import source_name

ITEMS_SAID = 1
"""Budget lines named in the sentence (page 1 holds it too); the rest are counted ("Mesin
jahit dan 6 baris RAB lain"), never cut to "…" (rev13b-lender finding 2)."""


def spent_before_handover(group: BusinessGroup) -> tuple[Notice, ...]:
    """One sentence per lender loan whose lines the plan needs before it is handed over."""
    from pra.plan.lender import disbursement_date

    found = []
    for loan in group.capital.loans:
        lines = [b for b in group.capital.budget if b.source_id == loan.id and not b.member_loans]
        handed = disbursement_date(group, loan) if loan.principal and lines else None
        if handed is None:
            continue
        needs = [*_step_before(group, handed), *_selling_before(group, handed)]
        if not needs:
            continue
        named = ", ".join(b.item for b in lines[:ITEMS_SAID])
        more = len(lines) - ITEMS_SAID
        found.append(
            Notice(
                "plan.ledger.loan_spent_early",
                {
                    "source": source_name(loan),
                    "handed": handed,
                    "items": Notice(
                        "plan.ledger.spent_early_items_more", {"first": named, "more": more}
                    )
                    if more > 0
                    else named,
                    "amount": Money(sum(b.quantity * b.unit_price for b in lines)),
                    "needs": needs[0]
                    if len(needs) == 1
                    else Notice(
                        "plan.ledger.spent_early_and", {"first": needs[0], "second": needs[1]}
                    ),
                },
            )
        )
    return tuple(found)


def _selling_before(group: BusinessGroup, handed: dt.date) -> list[Notice]:
    from pra.plan.business import sales_start

    if not group.analysis.products:
        return []
    start = sales_start(group)
    if start is None or start.day >= handed:
        return []
    if start.step_title is None:
        return [Notice("plan.ledger.spent_early_selling", {"date": start.day})]
    return [
        Notice(
            "plan.ledger.spent_early_selling_step",
            {"date": start.day, "title": start.step_title},
        )
    ]


def _other_money(group: BusinessGroup, day: dt.date) -> int:
    """The money not from a lender the group holds on ``day``: the grants' parts for assets
    handed over by then (undated: counted as there) and the members' own cash."""
    from pra.plan.lender import disbursement_date
    from pra.plan.own import own_contribution

    grants = sum(
        g.assets
        for g in group.capital.grants
        if (handed := disbursement_date(group, g)) is None or handed <= day
    )
    return grants + own_contribution(group).cash


def _step_before(group: BusinessGroup, handed: dt.date) -> list[Notice]:
    """The first costed step, in calendar order, at which the steps begun before ``handed``
    cost more than the group's other money in hand then (see the module docstring). The
    running total is said with each step's own cost and its number on the printed steps
    table, so that every figure can be found on the page (rev13b-lender finding 2)."""
    from pra.plan.schedule import schedule_group

    costs = {s.id: s.cost for s in group.steps}
    number = {s.id: i for i, s in enumerate(group.steps, start=1)}
    early = sorted(
        (s for s in schedule_group(group).steps if costs[s.step_id] and s.start_date is not None),
        key=lambda s: (s.start, s.end),
    )
    spent = 0
    said: list[Notice] = []
    for step in early:
        assert step.start_date is not None and step.end_date is not None
        if step.start_date >= handed:
            break
        spent += costs[step.step_id]
        said.append(
            Notice(
                "plan.ledger.spent_early_step_cost",
                {"number": number[step.step_id], "cost": Money(costs[step.step_id])},
            )
        )
        other = _other_money(group, step.start_date)
        if spent > other:
            return [
                Notice(
                    "plan.ledger.spent_early_step",
                    {
                        "number": number[step.step_id],
                        "title": step.title,
                        "first": step.start_date,
                        "spent": Money(spent),
                        "steps": tuple(said),
                        "other": Money(other),
                    },
                )
            ]
    return []

"""The activity steps' costs against the budget (RAB): two totals a lender adds up.

The steps (langkah kegiatan) carry what each costs; the budget carries the items
bought and the source paying each. They describe the same spending, so they must
agree. The budget's side is what the group pays in money: every line except

- the goods and labour the members give in kind (janji hati) that meet the own
  capital's lines they are (:func:`pra.plan.own.own_spending`): nobody buys them;
- the lines the members buy with the loans they receive (``member_loans``, the
  KUW's own trades): each member spends her loan, not a step of the group.

The check (:func:`pra.plan.checks.input_checks`) names both totals and the difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup


@dataclass(frozen=True, slots=True)
class StepsAgainstBudget:
    """The steps' costs and the budget, in rupiah (see the module docstring)."""

    steps: int
    """The costs of all activity steps."""
    budget: int
    """Every budget line."""
    in_kind: int
    """Of :attr:`budget`, the own capital's lines the members meet with goods given."""
    member_loans: int
    """Of :attr:`budget`, the lines the members buy with their loans."""

    @property
    def cash(self) -> int:
        """The budget the group pays in money: what the steps should cost."""
        return self.budget - self.in_kind - self.member_loans

    @property
    def difference(self) -> int:
        """Steps − budget in money: positive, the steps cost more than the budget holds."""
        return self.steps - self.cash


def steps_against_budget(group: BusinessGroup) -> StepsAgainstBudget:
    """``group``'s steps' costs against its budget (RAB)."""
    from pra.plan.own import own_spending

    plan = group.capital
    lines = [(b, b.quantity * b.unit_price) for b in plan.budget]
    in_kind = own_spending(group).in_kind_lines
    return StepsAgainstBudget(
        sum(s.cost for s in group.steps),
        sum(v for _, v in lines),
        in_kind,
        sum(v for b, v in lines if b.member_loans),
    )

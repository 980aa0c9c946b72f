"""The effective yearly rate of a member's loan, from the cash the member actually holds.

A flat service fee (jasa flat 1 % a month on the original loan) hides what the
loan costs: the fee is charged on the whole loan even when most of it is
repaid, and deductions at hand-over (reserve, shares, administration) mean the
member holds less than the loan. The effective rate is the internal rate of
return (IRR) of the member's own cash flows:

- month 0: ``+`` the cash the member receives: the loan minus every deduction
  taken at hand-over (:func:`pra.plan.fund.member_share`);
- month *k* = 1 … term: ``−`` (principal instalment *k* + service fee + the monthly
  deductions not refunded), as in :func:`pra.plan.fund.repayment_schedule`; with weekly
  instalments, week *k* = 1 … ``term × 52 ÷ 12`` with the fee and those deductions of the
  whole term split over the weeks as the schedule splits them, and the weekly rate found
  is the monthly rate ``(1 + weekly)^(52/12) − 1`` (dated, as below, by the due dates);
- savings kept at hand-over (a deduction of kind ``share``: simpanan pokok, saham)
  stay the member's own but come back only when the member leaves: during the loan
  the member does not hold them (Tri Astha's Rp 50.000 saham; until #13 they were
  counted as held from month 0, which made the loan look cheaper: 63,1% instead of
  81,3%), and they are not a cost either: they come back ``+`` with the last
  instalment, the earliest a member who has repaid may leave. Savings
  taken every month with the instalment (kind ``share``: tabungan wajib pinjaman)
  stay the member's own as those kept at hand-over do, so they are never a cost,
  whenever they are taken; insurance and fees charged monthly are.

The compulsory dues are left out: every member pays them, borrowing or not, and
they are the member's savings too. The plan's sentence says what the rate
includes (the fee and the deductions not refunded) and what it leaves out.

With the plan's dates (the hand-over day ``start``), the rate is measured as a lender
loan's is (:mod:`pra.plan.irr`): each payment on its due date, time in days ÷ 365,
compounded yearly; the monthly rate the sentence names is then ``(1 + yearly)^(1/12) − 1``,
so that ``(1 + monthly)^12 − 1`` is still the yearly rate. Without dates it is counted by
months, as below (the same as the dated method with every month 1/12 of a year).

The monthly rate *r* is found by bisection on the net present value, which
rises steadily with the rate for these flows (one amount in, then only
payments), so there is exactly one root; when the savings coming back make the
last flow positive, the flows change sign twice, and the one rate above zero
(the loan costs the member something) is found between 0 and the rate where the
value turns positive. The bisection stops when the bracket is
narrower than :data:`TOLERANCE` (a rate of 10⁻¹² a month). The yearly rate is
compounded, ``(1 + r)^12 − 1``: what the same money would cost at a lender who
charges interest on what is still owed, the honest comparison with a bank's
effective rate. The flat yearly rate beside it is the fee × 12.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from pra.model import CapitalPlan
from pra.plan.fund import REFUNDABLE_KINDS as REFUNDABLE_KINDS
from pra.plan.fund import (
    WEEKS_PER_YEAR,
    DeductionLine,
    fund_due_dates,
    member_share,
    repayment_schedule,
    spread,
)
from pra.plan.irr import DAYS_PER_YEAR, xirr
from pra.plan.notice import Money, Notice

TOLERANCE: Final = 1e-12
"""Width of the final bisection bracket, as a monthly rate."""

PERIODS_PER_YEAR: Final = 12


def npv(rate: float, flows: Sequence[int]) -> float:
    """Net present value of ``flows`` (``flows[k]`` at the end of period *k*) at ``rate`` per period."""
    return sum(flow / (1 + rate) ** k for k, flow in enumerate(flows))


def irr(flows: Sequence[int]) -> float | None:
    """The rate per period at which ``flows`` have a net present value of zero, by bisection.

    ``flows`` is one amount received (``flows[0] > 0``) followed by payments
    (``flows[k] <= 0``, at least one of them not zero), the last of which may be
    positive (savings kept at hand-over coming back with the last instalment: then the
    one rate not below zero, and ``0.0`` when the flows add up to zero, a loan that
    costs nothing); otherwise there is no single rate and the answer is ``None``. The
    result is within :data:`TOLERANCE` of the root.
    """
    if not flows or flows[0] <= 0 or not any(flows[1:]):
        return None
    if any(f > 0 for f in flows[1:-1]):
        return None
    low, high = -0.99, 1.0
    if flows[-1] > 0 and len(flows) > 2:
        # savings coming back with the last instalment: NPV(0) < 0 when the loan costs
        # something, NPV(r) → flows[0] > 0 as r → ∞; one root in between
        if sum(flows) > 0:
            return None  # the member gets back more than she repays: no rate of a cost
        if sum(flows) == 0:
            return 0.0  # NPV(0) = 0: repaid exactly what was received, savings back
        low = 0.0
    elif flows[-1] > 0:
        return None
    # NPV(r) rises from −∞ (r → −1) to flows[0] > 0 (r → ∞): bracket the one root
    while npv(low, flows) > 0:
        low = -1 + (1 + low) / 10
        if low + 1 < 1e-9:
            return None
    while npv(high, flows) < 0:
        high *= 2
        if high > 1e9:
            return None
    while high - low > TOLERANCE:
        middle = (low + high) / 2
        if npv(middle, flows) < 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def refundable_savings(plan: CapitalPlan) -> int:
    """What is kept at hand-over as the member's own refundable savings."""
    return sum(d.amount for d in member_share(plan).deductions if d.kind in REFUNDABLE_KINDS)


def monthly_costs(plan: CapitalPlan) -> tuple[DeductionLine, ...]:
    """The monthly deductions that are a cost of the loan (not refunded savings)."""
    return tuple(
        d for d in member_share(plan).monthly if d.kind not in REFUNDABLE_KINDS and d.amount
    )


def monthly_savings(plan: CapitalPlan) -> tuple[DeductionLine, ...]:
    """The monthly deductions that stay the member's own savings (refunded: not a cost)."""
    return tuple(d for d in member_share(plan).monthly if d.kind in REFUNDABLE_KINDS and d.amount)


def member_flows(plan: CapitalPlan) -> tuple[int, ...]:
    """The member's cash flows instalment by instalment (see the module docstring): month by
    month, or week by week with the monthly costs of the term split over the weeks as the
    schedule splits them (:func:`pra.plan.fund.spread`)."""
    rows = repayment_schedule(plan).rows
    costs = spread(plan, sum(d.amount for d in monthly_costs(plan)))
    paid = [-(r.principal + r.service_fee + cost) for r, cost in zip(rows, costs, strict=True)]
    paid[-1] += refundable_savings(plan)  # the savings come back with the last instalment
    return (member_share(plan).received, *paid)


def member_dated_flows(plan: CapitalPlan, start: dt.date) -> tuple[tuple[float, int], ...]:
    """The member's flows at their times in years after the hand-over on ``start``: what the
    member holds at 0, each payment of :func:`member_flows` on its due date (days ÷ 365),
    the fund's due dates (:func:`pra.plan.fund.fund_due_dates`, as the repayment
    schedule dates them)."""
    flows = member_flows(plan)
    dates = fund_due_dates(plan, start, len(flows) - 1)
    times = [(day - start).days / DAYS_PER_YEAR for day in dates]
    return ((0.0, flows[0]), *zip(times, flows[1:], strict=True))


@dataclass(frozen=True, slots=True)
class EffectiveRate:
    """The flat rate and the effective rate of one member's loan."""

    received: int
    """The cash the member receives at hand-over (every deduction taken off)."""
    monthly: float
    """The IRR per month."""
    flat_monthly: Decimal
    """The service fee, percent of the original loan per month."""
    savings: int = 0
    """The savings kept at hand-over that are refunded: back with the last instalment."""
    term: int = 0
    """The month of the last instalment (the savings come back then)."""
    savings_label: str = ""
    """Those savings by the name the group gave them ("Simpanan pokok koperasi …"), so the
    sentence names the deduction as every other page does."""
    costs: tuple[str, ...] = ()
    """The monthly deductions counted as a cost, by name ("Asuransi")."""
    monthly_savings: tuple[DeductionLine, ...] = ()
    """The monthly deductions left out as the member's own savings."""
    dated: bool = False
    """Measured on the due dates (days ÷ 365), as a lender loan's rate is."""
    assumed: dt.date | None = None
    """The hand-over day the due dates rest on when the plan has none of its own: the cash
    flow's assumption (:func:`pra.plan.business.assumed_handover`), said with the rate."""

    @property
    def yearly(self) -> float:
        """``(1 + r)^12 − 1``."""
        return float((1 + self.monthly) ** PERIODS_PER_YEAR - 1)

    @property
    def flat_yearly(self) -> Decimal:
        return self.flat_monthly * PERIODS_PER_YEAR

    def lines(self) -> tuple[Notice, ...]:
        """The rate beside the flat one, one sentence saying how it is reached, and one naming
        the monthly savings left out (when there are any)."""
        paid = Notice("plan.fund.rate_paid", {"costs": "".join(f" + {c}" for c in self.costs)})
        left_out = (
            (
                Notice(
                    "plan.fund.effective_rate_monthly_savings",
                    {
                        "labels": ", ".join(d.label for d in self.monthly_savings),
                        "amount": Money(sum(d.amount for d in self.monthly_savings)),
                    },
                ),
            )
            if self.monthly_savings
            else ()
        )
        return (
            Notice(
                "plan.fund.effective_rate",
                {
                    "yearly": _percent(self.yearly, "0.1"),
                    "flat": self.flat_monthly,
                    "flat_yearly": self.flat_yearly,
                },
            ),
            Notice(
                "plan.fund.effective_rate_explain_savings"
                if self.savings
                else "plan.fund.effective_rate_explain",
                {
                    "received": Money(self.received),
                    "savings": Money(self.savings),
                    "term": self.term,
                    "label": self.savings_label,
                    "monthly": _percent(self.monthly, "0.01"),
                    "yearly": _percent(self.yearly, "0.1"),
                    "paid": paid,
                    "when": Notice("plan.fund.rate_when_assumed", {"date": self.assumed})
                    if self.assumed is not None
                    else Notice(
                        "plan.fund.rate_when_dated" if self.dated else "plan.fund.rate_when_month"
                    ),
                },
            ),
            *left_out,
        )


def _percent(rate: float, places: str) -> Decimal:
    """A rate (0.0263) as a percent rounded to ``places`` (``Decimal("2.63")``)."""
    return (Decimal(repr(rate)) * 100).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def effective_rate(
    plan: CapitalPlan, start: dt.date | None = None, *, assumed: bool = False
) -> EffectiveRate | None:
    """The effective rate of the plan's loan, or ``None`` when there is no loan or nothing in hand.

    ``start``: the hand-over day; the payments are then measured on their due dates, as a
    lender loan's (see the module docstring). ``None``: counted by months. ``assumed``:
    ``start`` is the cash flow's assumed hand-over, not the plan's own, and the sentence
    says so (one assumption for the page and the cash flow beside it, #13)."""
    if plan.stimulus_per_member <= 0:
        return None
    flows = member_flows(plan)
    monthly = irr(flows)
    if monthly is None:
        return None
    weekly = plan.repayment_frequency == "weekly"
    if weekly:  # a rate per week: the same money's rate per month
        monthly = (1 + monthly) ** (WEEKS_PER_YEAR / PERIODS_PER_YEAR) - 1
    savings = refundable_savings(plan)
    if start is not None:
        yearly = xirr(member_dated_flows(plan, start))
        if yearly is None:
            return None
        monthly = (1 + yearly) ** (1 / PERIODS_PER_YEAR) - 1
    label = ", ".join(
        d.label for d in member_share(plan).deductions if d.kind in REFUNDABLE_KINDS and d.amount
    )
    return EffectiveRate(
        flows[0],
        monthly,
        plan.service_fee_percent,
        savings=savings,
        term=plan.loan_term_months if weekly else len(flows) - 1,
        savings_label=label,
        costs=tuple(d.label for d in monthly_costs(plan)),
        monthly_savings=monthly_savings(plan),
        dated=start is not None,
        assumed=start if assumed else None,
    )

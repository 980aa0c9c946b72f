"""What a month's short cash is made of, said with true figures (#13, review11p finding 2).

A month with instalments or dues whose cash cannot pay them is warned of in one sentence
(:func:`cash_warnings`). Its shortfall is split into what it is made of, so the sentence never
charges "that month's instalments" with more than they are:

- **carried**: the shortfall the month starts with (negative opening cash; or, for the cash
  set aside for costs paid ahead, the part of it already spent before the month);
- **the month's instalments and dues** not covered by the month's cash: at most what falls
  due that month (:attr:`CashMonth.repayments`);
- **the month's costs** beyond its sales and the cash it had;
- or, when the month's sales pay its instalments and more, the part of the carried shortfall
  they make good.

Pertukangan (Surabaya), July 2004: the cash ends at −66.500, of which 635.000 was carried
from June; the month's profit 640.000 pays its instalments and dues 71.500 and makes good
568.500 (August, after the last instalment, ends at +502.000: no warning).
Penjahit, September 2003: 307.000 of the 420.000 set aside is spent, all by the instalments
and dues (6 × 59.500 = 357.000, the 50.000 of free cash first); nothing is sold and no fixed
cost is charged before November. (The figures of tests/plan/test_shortfall.py.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from pra.plan.notice import Money, Notice

if TYPE_CHECKING:
    from pra.plan.business import CashMonth


def lender_shares(lenders: Sequence[str], month: CashMonth) -> tuple[Notice, ...]:
    """Each lender's instalments in ``month`` (``BMM Rp 274.000``), those paid that month;
    ``lenders``: the lender of each loan in the order of ``CapitalPlan.loans`` (empty: unnamed)."""
    amounts = month.lenders or ((month.lender,) if month.lender else ())
    names = (*lenders, *("",) * len(amounts))
    return tuple(
        Notice(
            "plan.business.cash_lender_part",
            {
                "lender": name or Notice("plan.business.cash_lender_unnamed"),
                "amount": Money(amount),
            },
        )
        for name, amount in zip(names, amounts, strict=False)
        if amount
    )


def _parts(
    carried: int,
    change: int,
    m: CashMonth,
    carried_key: str,
    kind: str,
    lenders: Sequence[str] = (),
) -> list[Notice]:
    """The sentences' parts: ``carried`` at the month's start, then ``change`` (this month's
    addition to the shortfall: the instalments first, up to the month's repayments, then the
    costs; negative: the part of the carried shortfall the month makes good). The
    instalments' part names each lender's share of them (rev14-lender 1b)."""
    repayments = m.repayments
    shares = lender_shares(lenders, m)
    lender = Notice("plan.business.instalments_lender", {"loans": shares}) if shares else ""
    found = []
    if carried:
        found.append(Notice(carried_key, {"carried": Money(carried)}))
    if change < 0:
        found.append(
            Notice(
                f"plan.business.{kind}_reduced",
                {"repayments": Money(repayments), "reduced": Money(-change)},
            )
        )
        return found
    unpaid = min(repayments, change)
    if unpaid:
        found.append(
            Notice(
                f"plan.business.{kind}_instalments",
                {"unpaid": Money(unpaid), "repayments": Money(repayments), "lender": lender},
            )
        )
    if change > unpaid:
        found.append(Notice(f"plan.business.{kind}_costs", {"costs": Money(change - unpaid)}))
    return found


def cash_warnings(
    months: Sequence[CashMonth],
    reserve: Sequence[int],
    opening_reserve: int,
    later_reserve: Mapping[int, int],
    lenders: Sequence[str] = (),
) -> list[Notice]:
    """A month with instalments or dues whose cash cannot pay them: the closing cash below
    zero, or below what is still set aside for costs paid ahead (:mod:`pra.plan.reserve`;
    ``opening_reserve`` set aside in the opening cash, ``later_reserve`` month → set aside
    with money handed over later), each said with what its shortfall is made of."""
    found = []
    kept_before = opening_reserve
    for m, kept in zip(months, reserve, strict=True):
        set_aside = kept_before + (later_reserve.get(m.index, 0) if m.index else 0)
        kept_before = kept
        if not m.repayments:
            continue
        if m.closing < 0 and not kept:
            carried = max(0, -m.opening)
            parts = _parts(
                carried,
                -m.closing - carried,
                m,
                "plan.business.short_carried",
                "short",
                lenders,
            )
            if carried and set_aside:
                # the month before's shortfall held the money it still set aside, spent this
                # month on what it was kept for: said, or "Rp 1.538.000" in November reads
                # against "Rp 843.000 terbawa" in December (rev15-lender 3)
                parts[0] = Notice(
                    "plan.business.short_carried_spent",
                    {
                        "carried": Money(carried),
                        "previous": Money(carried + set_aside),
                        "reserve": Money(set_aside),
                    },
                )
            found.append(
                Notice(
                    "plan.business.short",
                    {"period": m.period, "amount": Money(-m.closing), "why": tuple(parts)},
                )
            )
        elif m.closing < kept:
            # below zero too: the money still set aside is owed on top of the negative cash,
            # one rule for every month (rev14-lender 1: October dropped September's 307.000)
            spent = kept - m.closing
            carried = max(0, set_aside - m.opening - m.funding)
            parts = _parts(
                carried,
                spent - carried,
                m,
                "plan.business.reserve_carried",
                "reserve",
                lenders,
            )
            found.append(
                Notice(
                    "plan.business.short_reserve",
                    {
                        "period": m.period,
                        "closing": Money(m.closing),
                        "reserve": Money(kept),
                        "amount": Money(spent),
                        "why": tuple(parts),
                    },
                )
            )
    return found

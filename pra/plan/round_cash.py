"""Later rounds of the revolving fund against the group's own cash flow (rev13-lender 2).

A later round is lent from the instalments the first round's borrowers pay back. The fund's
ledger counts them as paid on their days; the group's cash flow may say they cannot be: a
month whose closing cash is below zero while instalments or dues fall due in it
(:func:`pra.plan.cash_summary.cash_notes` counts the same months). Pertukangan's second round
(Imam Syafii, 1 October 2003) was printed as lent "dari angsuran yang sudah kembali" while its
cash flow was short in September (Rp 34.000) and October 2003 (Rp 393.000). Such a round is
found here with those months, up to and including the round's own month (the round is lent
after that month's payments); the plan says so and ``pra check`` reminds the room. Undated
rounds are not judged: their months cannot be matched to the cash flow's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.periods import Period
from pra.plan.revolving import RotationRound


@dataclass(frozen=True, slots=True)
class UnpaidRound:
    """A later round and the months, up to its own, whose cash cannot pay what falls due."""

    round: RotationRound
    months: tuple[Period, ...]


def unpaid_rounds(group: BusinessGroup, start: dt.date | None) -> tuple[UnpaidRound, ...]:
    """Each dated later round (2, 3 …) lent while the cash flow (from ``start``, as
    :func:`pra.plan.business.analysis_start` gives it) is short in a month up to its own."""
    from pra.plan.business import business_plan
    from pra.plan.revolving import group_fund

    if not group.capital.stimulus_per_member or not group.member_ids:
        return ()
    later = [r for r in group_fund(group).rounds if r.number > 1 and r.date is not None]
    if not later:
        return ()
    short = [
        m.period
        for m in business_plan(group, start).months
        if m.repayments and m.closing < 0 and m.period.start is not None
    ]
    found = []
    for fund_round in later:
        assert fund_round.date is not None
        months = tuple(p for p in short if p.start is not None and p.start <= fund_round.date)
        if months:
            found.append(UnpaidRound(fund_round, months))
    return tuple(found)

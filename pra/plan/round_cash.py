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

A month whose cash pays what falls due only with the money set aside for materials and costs
paid ahead (:mod:`pra.plan.reserve`) is short too (rev13b-lender 5): that money cannot pay the
materials and the instalments both. Berjualan's second round (Rokayah, 1 October 2003) came
"dari angsuran yang sudah kembali" while September 2003 paid its Rp 359.000 with Rp 309.000
of the Rp 1.330.000 set aside for stock (closing Rp 1.021.000).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.plan.notice import Notice
from pra.plan.periods import Period
from pra.plan.revolving import RotationRound


@dataclass(frozen=True, slots=True)
class UnpaidRound:
    """A later round and the months, up to its own, whose cash cannot pay what falls due."""

    round: RotationRound
    months: tuple[Period, ...]
    reserve: bool = False
    """Some of :attr:`months` pay only with the money set aside (their closing cash is not
    below zero)."""


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
    plan = business_plan(group, start)
    kept = plan.reserve or (0,) * len(plan.months)
    short = [
        m
        for m, left in zip(plan.months, kept, strict=True)
        if m.repayments and m.closing < left and m.period.start is not None
    ]
    found = []
    for fund_round in later:
        assert fund_round.date is not None
        before = [
            m for m in short if m.period.start is not None and m.period.start <= fund_round.date
        ]
        if before:
            reserve = any(m.closing >= 0 for m in before)
            found.append(UnpaidRound(fund_round, tuple(m.period for m in before), reserve))
    return tuple(found)


def rounds_caveat(
    group: BusinessGroup, start: dt.date | None, names: Mapping[str, str]
) -> Notice | None:
    """The revolving schedule's caveat in one sentence (rev14-lender 3: page 1 said the second
    round "belum tentu sudah kembali" while the schedule page printed its row, "setiap kali dana
    bergulir cukup" and the fund's closing balance as certain): the months short up to the
    latest such round, and each round lent from instalments that may not be back. ``names``:
    participant id → name. None when no round is lent while the cash flow is short."""
    hits = unpaid_rounds(group, start)
    if not hits:
        return None
    months = max((h.months for h in hits), key=len)  # up to the latest round: all of them
    rounds = tuple(
        Notice(
            "plan.business.round_named",
            {
                "number": h.round.number,
                "date": h.round.date,
                "who": tuple(names.get(m, m) for m in h.round.member_ids),
            },
        )
        for h in hits
    )
    reserve = Notice("plan.business.short_without_reserve") if any(h.reserve for h in hits) else ""
    return Notice(
        "plan.business.rounds_unpaid", {"months": months, "reserve": reserve, "rounds": rounds}
    )

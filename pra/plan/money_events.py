"""The money events the schedules start from, placed in the activity calendar (#13, rule 9).

The repayment schedules start from a hand-over (a grant or a lender's loan
reaching the group, the revolving fund reaching the members) and run from a
first instalment. The calendar shows them as rows of their own, derived from
the capital plan, never typed as steps: a group that forgets to type "receive
the BMM loan" still sees the week the schedules count from (Jaya Bersama's BMM
loan, handed over Monday 1 September 2003, first weekly instalment 6 October).

Each event falls in the calendar's period that holds its day
(:func:`event_period`); one outside the calendar is listed below it, never
dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pra.model import BusinessGroup
from pra.plan.notice import Money, Notice
from pra.plan.periods import Period

EventKind = Literal["grant", "loan", "fund_handover", "fund_first_due", "loan_first_due"]


@dataclass(frozen=True, slots=True)
class MoneyEvent:
    """One hand-over or first instalment: its kind, day, whose money (giver or lender) and
    amount (the grant or loan whole; the fund's hand-over, the loans handed to members; a first
    instalment, what falls due that day)."""

    kind: EventKind
    day: dt.date
    source: str
    amount: int
    members: int = 0
    """The fund's hand-over and first instalment: how many members borrow in its first round
    (``amount`` is then all of them together at the hand-over, one member's instalment after)."""

    def notice(self) -> Notice:
        """``Dana: pinjaman BMM Rp 3.000.000 diterima kelompok``: marked as money, with its figure."""
        event = Notice(
            f"plan.money_events.{self.kind}",
            {"source": self.source, "amount": Money(self.amount), "members": self.members},
        )
        return Notice("plan.money_events.mark", {"event": event})


def money_events(group: BusinessGroup) -> tuple[MoneyEvent, ...]:
    """The group's hand-overs and first instalments with a known day, in order of day (the
    grants, the lender loans, the revolving fund's first round and first instalment, each
    loan's first instalment)."""
    from pra.plan.fund import instalments, member_share
    from pra.plan.lender import disbursement_date, group_lender_schedule
    from pra.plan.revolving import group_fund

    capital = group.capital
    events: list[MoneyEvent] = []
    for grant in capital.grants:
        day = disbursement_date(group, grant)
        if day is not None and grant.amount:
            events.append(MoneyEvent("grant", day, grant.giver, grant.amount))
    for loan in capital.loans:
        schedule = group_lender_schedule(group, loan)
        if schedule.disbursed is not None and loan.principal:
            events.append(MoneyEvent("loan", schedule.disbursed, loan.lender, loan.principal))
        first = next(iter(schedule.instalments), None)
        if first is not None and first.due is not None:
            events.append(MoneyEvent("loan_first_due", first.due, loan.lender, first.total))
    if capital.stimulus_per_member and group.member_ids:
        fund = group_fund(group)
        first_round = next(iter(fund.rounds), None)
        if first_round is not None and first_round.date is not None:
            received = member_share(capital).received
            events.append(
                MoneyEvent(
                    "fund_handover",
                    first_round.date,
                    "",
                    received * len(first_round.member_ids),
                    len(first_round.member_ids),
                )
            )
        dues = sorted(d for row in fund.rows for d in row.due_dates)
        if dues and first_round is not None:
            principal, charges = instalments(capital)[0]
            events.append(
                MoneyEvent(
                    "fund_first_due",
                    dues[0],
                    "",
                    principal + charges,
                    len(first_round.member_ids),
                )
            )
    order = {k: i for i, k in enumerate(("grant", "loan", "fund_handover"))}
    return tuple(sorted(events, key=lambda e: (e.day, order.get(e.kind, 9))))


def event_period(periods: Sequence[Period], day: dt.date) -> int | None:
    """The index of the period that holds ``day``, or ``None`` when it is outside them all
    (or the calendar has no dates)."""
    for period in periods:
        if (
            period.start is not None
            and period.end is not None
            and period.start <= day <= period.end
        ):
            return period.index
    return None

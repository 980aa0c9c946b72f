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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pra.model import BusinessGroup
from pra.plan.memo import once
from pra.plan.notice import Money, Notice
from pra.plan.periods import Period

EventKind = Literal[
    "grant", "loan", "fund_handover", "fund_round", "fund_first_due", "loan_first_due"
]


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
    member_ids: tuple[str, ...] = ()
    """A later round of the fund (``fund_round``): who borrows in it."""
    number: int = 0
    """A later round of the fund: its number in the schedule's "Putaran pinjaman" (2, 3 …)."""
    count: int = 1
    """A first instalment: how many instalments of its schedule fall due from it up to the
    calendar's account of them (:func:`calendar_due_until`), this one included; the row counts
    them all, so that each instalment is a calendar row or in the sentence after it (#13,
    review11p 9: BMM's 13 Oct – 17 Nov and the members' 6 Nov were in neither)."""
    last: dt.date | None = None
    """The last of those ``count`` instalments."""
    days: tuple[dt.date, ...] = ()
    """A first instalment: the days of those ``count`` instalments, ``day`` first; each is
    marked in the calendar's period that holds it (#13, rev13-lender 11: only the first was
    boxed, the members' 6 Nov instalment nowhere)."""
    each: bool = True
    """A lender's instalments counted: all of them ``amount`` (else ``total`` is said)."""
    total: int = 0
    """A lender's instalments counted: what they come to together."""
    parts: tuple[tuple[str, int], ...] = ()
    """The members' first instalment: what it is made of as the schedule's first row has it
    (``("instalment", 23_500), ("dues", 5_000)``: principal and service fee, monthly
    deductions, compulsory dues), ``amount`` being their sum, the row's "Setoran" (#13: the
    row said Rp 23.500 where the schedule's first payment is Rp 28.500)."""

    def notice(self, names: Mapping[str, str] | None = None) -> Notice:
        """``Dana: pinjaman BMM Rp 3.000.000 diterima kelompok``: marked as money, with its
        figure; a later round of the fund names its borrowers by ``names`` (id → name)."""
        params: dict[str, object] = {
            "source": self.source,
            "amount": Money(self.amount),
            "members": self.members,
            "number": self.number,
            "who": tuple((names or {}).get(m, m) for m in self.member_ids),
        }
        key: str = self.kind
        parts = dict(self.parts)
        if len(parts) > 1:
            # "Rp 28.500 per anggota (pokok dan jasa Rp 23.500 + iuran Rp 5.000)"
            key = "fund_first_due_" + "_".join(k for k in ("other", "dues") if parts.get(k))
            params |= {k: Money(v) for k, v in parts.items()}
        event = Notice(f"plan.money_events.{key}", params)
        if self.count > 1 and self.last is not None:
            # "angsuran kepada BMM 7 kali, 6 Oktober 2003 – 17 November 2003, Rp 68.500 …"
            many = {"count": self.count, "first": self.day, "last": self.last}
            if self.kind == "fund_first_due":
                event = Notice("plan.money_events.fund_dues", many | {"event": event})
            elif self.kind == "loan_first_due":
                key = "loan_dues" if self.each else "loan_dues_varying"
                event = Notice(
                    f"plan.money_events.{key}", params | many | {"total": Money(self.total)}
                )
        return Notice("plan.money_events.mark", {"event": event})


@once
def money_events(group: BusinessGroup) -> tuple[MoneyEvent, ...]:
    """The group's hand-overs and first instalments with a known day, in order of day (the
    grants, the lender loans, every round of the revolving fund as its schedule "Putaran
    pinjaman" dates it, the fund's first instalment, each loan's first instalment). While no
    money has a date, placed on the cash flow's assumed hand-over (:func:`pra.plan.business.
    as_assumed`), as the calendar is."""
    from pra.plan.business import as_assumed
    from pra.plan.fund import member_share, repayment_schedule
    from pra.plan.lender import disbursement_date, group_lender_schedule
    from pra.plan.revolving import group_fund

    group = as_assumed(group)
    capital = group.capital
    until = calendar_due_until(group)
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
            counted = [
                i
                for i in schedule.instalments
                if i.due is not None and (i.due == first.due or (until and i.due <= until))
            ]
            events.append(
                MoneyEvent(
                    "loan_first_due",
                    first.due,
                    loan.lender,
                    first.total,
                    count=len(counted),
                    last=counted[-1].due,
                    days=tuple(i.due for i in counted if i.due is not None),
                    each=len({i.total for i in counted}) == 1,
                    total=sum(i.total for i in counted),
                )
            )
    if capital.stimulus_per_member and group.member_ids:
        fund = group_fund(group)
        received = member_share(capital).received
        # every round, as the schedule's "Putaran pinjaman" dates it (#13: only the first was
        # shown, and Sedap Malam's hand-overs to Herlina on 6 Oct and Siti Zubaidah on 6 Nov
        # were missing from the calendar)
        for fund_round in fund.rounds:
            if fund_round.date is None:
                continue
            opening = fund_round.number == 1
            events.append(
                MoneyEvent(
                    "fund_handover" if opening else "fund_round",
                    fund_round.date,
                    "",
                    received * len(fund_round.member_ids),
                    len(fund_round.member_ids),
                    () if opening else fund_round.member_ids,
                    fund_round.number,
                )
            )
        first_round = next(iter(fund.rounds), None)
        if first_round is not None and first_round.date is not None:
            # the first row of the first round's schedule, its "Setoran" whole
            row = next(iter(repayment_schedule(capital, first_round.date).rows), None)
            if row is not None and row.due_date is not None:
                first_due = row.due_date
                days = sorted(
                    {
                        day
                        for r in fund.rows
                        for day in r.due_dates
                        if day == first_due or (until and first_due <= day <= until)
                    }
                )
                parts = (
                    ("instalment", row.principal + row.service_fee),
                    ("other", row.other),
                    ("dues", row.dues),
                )
                events.append(
                    MoneyEvent(
                        "fund_first_due",
                        row.due_date,
                        "",
                        row.total,
                        len(first_round.member_ids),
                        count=len(days),
                        last=days[-1] if days else None,
                        days=tuple(days),
                        parts=tuple((k, v) for k, v in parts if v or k == "instalment"),
                    )
                )
    # a later round is handed over after the payments of its day (the ledger's order)
    order = {k: i for i, k in enumerate(("grant", "loan", "fund_handover"))} | {"fund_round": 10}
    return tuple(sorted(events, key=lambda e: (e.day, order.get(e.kind, 9))))


def calendar_due_until(group: BusinessGroup) -> dt.date | None:
    """The last day whose instalments the calendar's rows account for: the end of the last
    collecting step when instalments fall due after it (those are the sentence under the
    calendar, :func:`pra.plan.collection.due_after_collection`), else the calendar's last day;
    ``None`` when the calendar has no dates."""
    from pra.plan.collection import due_after_collection
    from pra.plan.schedule import schedule_group

    after = due_after_collection(group)
    if after is not None:
        return after.step_end
    periods = schedule_group(group).periods
    return periods[-1].end if periods else None


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

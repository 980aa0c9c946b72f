"""The loans a group's fund handed over, and what it kept from each: one computation for the
fund's balance, its ledger, the savings table, the meeting screen and the report.

A deduction taken at hand-over (``frequency`` ``once``, :func:`pra.plan.fund.member_share`:
simpanan pokok, a reserve, an admin fee) is taken once per member: from her first loan
recorded at a meeting. A member who borrows again (a second round, a top-up) receives the
whole loan in cash, as the plan's revolving fund lends each member once and its deductions
are said "once"; before this, every later loan was charged again (review rev15 F9: Rohani's
simpanan pokok Rp 50.000).

What came in at a meeting (:func:`meeting_money`) is what members handed over plus what the
fund kept from the loans it handed over there; the screen's "masuk" and the report's
meeting table read the same figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pra.model import BusinessGroup
from pra.model.followup import Meeting


@dataclass(frozen=True, slots=True)
class HandedLoan:
    """One loan handed over at a meeting and the deductions the fund kept from it."""

    date: dt.date
    meeting_id: str
    participant_id: str
    loan: int
    first: bool
    """The member's first loan recorded (the one the one-time deductions are kept from)."""
    parts: tuple[tuple[str, str, int], ...]
    """(label, kind, amount) of each deduction kept; empty on a later loan."""

    @property
    def withheld(self) -> int:
        return sum(amount for _, _, amount in self.parts)

    @property
    def cash(self) -> int:
        """What the borrower receives in hand."""
        return self.loan - self.withheld


def handed_loans(group: BusinessGroup) -> tuple[HandedLoan, ...]:
    """Every loan of the group's meetings, by meeting date (a day's meetings in their order)."""
    from pra.plan.followup.fund import withheld_parts

    seen: set[str] = set()
    out = []
    for m in sorted(group.followup.meetings, key=lambda m: m.date):
        for row in m.members:
            if not row.loan_out:
                continue
            first = row.participant_id not in seen
            seen.add(row.participant_id)
            parts = withheld_parts(group, row.loan_out) if first else ()
            out.append(HandedLoan(m.date, m.id, row.participant_id, row.loan_out, first, parts))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class MeetingMoney:
    """The fund's money at one meeting."""

    handed_over: int
    """What members paid in (savings and instalments)."""
    withheld: int
    """What the fund kept from the loans handed over there."""
    lent: int
    """The loans handed over there, whole."""

    @property
    def money_in(self) -> int:
        """Uang masuk, as the fund's ledger counts it."""
        return self.handed_over + self.withheld

    @property
    def cash_out(self) -> int:
        """The cash handed to the borrowers (the loans minus what was kept)."""
        return self.lent - self.withheld


def meeting_money(group: BusinessGroup, meeting: Meeting) -> MeetingMoney:
    """What came in and went out of the fund at ``meeting`` (see the module)."""
    loans = [h for h in handed_loans(group) if h.meeting_id == meeting.id]
    return MeetingMoney(
        sum(row.handed_over() for row in meeting.members),
        sum(h.withheld for h in loans),
        sum(h.loan for h in loans),
    )

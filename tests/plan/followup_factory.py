"""A small group followed up after its workshop, for the follow-up tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from pra.model import BusinessGroup, CalendarSettings, CapitalPlan, Participant, Workshop
from pra.model.followup import GroupFollowUp, Meeting, MemberRecord

START = dt.date(2026, 1, 5)
NAMES = {"p1": "Ani Susanti", "p2": "Budi Santoso", "p3": "Citra Dewi", "p4": "Dewi Lestari"}


def plan(**kw: Any) -> CapitalPlan:
    """Rp 500.000 a member over 10 months, 1% flat fee (Rp 5.000), dues Rp 10.000."""
    values: dict[str, Any] = {
        "stimulus_per_member": 500_000,
        "loan_term_months": 10,
        "service_fee_percent": Decimal(1),
        "sources": ({"kind": "own", "id": "own", "compulsory_dues": 10_000},),
    }
    if "compulsory_dues" in kw:
        values["sources"] = (
            {"kind": "own", "id": "own", "compulsory_dues": kw.pop("compulsory_dues")},
        )
    values.update(kw)
    return CapitalPlan.model_validate(values)


def kept_plan() -> CapitalPlan:
    """:func:`plan` keeping at hand-over, once: simpanan pokok Rp 25.000 (a share) and a 10%
    reserve (Rp 50.000 of a Rp 500.000 loan)."""
    return plan(
        deductions=(
            {"id": "d1", "label": "Simpanan pokok", "kind": "share", "amount": 25_000},
            {"id": "d2", "label": "Cadangan", "kind": "reserve", "percent": Decimal(10)},
        )
    )


def meeting(
    ref: str,
    date: dt.date,
    rows: Mapping[str, Mapping[str, Any]],
    members: Sequence[str] = tuple(NAMES),
    **kw: Any,
) -> Meeting:
    """A meeting with one row per member; ``rows`` gives a member's fields (``present`` defaults
    to true for a member named there, false for the others)."""
    return Meeting(
        id=ref,
        date=date,
        members=tuple(
            MemberRecord.model_validate({"participant_id": m, "present": True, **rows[m]})
            if m in rows
            else MemberRecord(participant_id=m)
            for m in members
        ),
        **kw,
    )


def workshop(
    meetings: Sequence[Meeting] = (),
    capital: CapitalPlan | None = None,
    members: Sequence[str] = tuple(NAMES),
    **followup: Any,
) -> Workshop:
    group = BusinessGroup(
        id="g1",
        name="Kelompok Mawar",
        member_ids=tuple(members),
        chair_id=members[0],
        treasurer_id=members[-1],
        calendar=CalendarSettings(start=START),
        capital=capital or plan(),
        followup=GroupFollowUp(meetings=tuple(meetings), **followup),
    )
    return Workshop(
        id="ws",
        participants=tuple(Participant(id=k, name=v) for k, v in NAMES.items()),
        groups=(group,),
    )

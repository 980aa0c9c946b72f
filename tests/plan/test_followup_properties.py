"""Properties of the follow-up arithmetic, for any records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import BusinessGroup, CalendarSettings, CapitalPlan, Participant, Workshop
from pra.model.followup import GroupFollowUp, Meeting, MemberLeft, MemberRecord
from pra.model.funding import OwnCapital
from pra.plan.followup import (
    attendance_by_meeting,
    fund_balance,
    member_attendance,
    member_loans,
)
from pra.plan.fund import repayment_schedule
from pra.plan.revolving import revolving_fund

from .test_properties import deductions

START = dt.date(2026, 1, 31)
money = st.integers(0, 200_000)


def _workshop(members: list[str], plan: CapitalPlan, followup: GroupFollowUp) -> Workshop:
    group = BusinessGroup(
        id="g1",
        name="Kelompok",
        member_ids=tuple(members),
        calendar=CalendarSettings(start=START),
        capital=plan,
        followup=followup,
    )
    return Workshop(
        id="ws",
        participants=tuple(Participant(id=m, name=f"Anggota {m}") for m in members),
        groups=(group,),
    )


@st.composite
def recorded(draw: st.DrawFn) -> Workshop:
    """Meetings with any amounts and attendance, some members leaving."""
    members = [f"m{i}" for i in range(draw(st.integers(1, 8)))]
    meetings = []
    # a meeting and a visit may share a day; two of one kind may not (the model refuses them)
    days = st.tuples(st.integers(0, 400), st.sampled_from(["meeting", "visit"]))
    for k, (offset, kind) in enumerate(draw(st.lists(days, max_size=10, unique=True))):
        rows = tuple(
            MemberRecord(
                participant_id=m,
                present=j == 0 or draw(st.booleans()),  # a meeting has someone present
                savings_principal=draw(money),
                savings_compulsory=draw(money),
                savings_voluntary=draw(money),
                instalment=draw(money),
                loan_out=draw(st.sampled_from([0, 0, 0, 250_000, 500_000])),
            )
            for j, m in enumerate(draw(st.lists(st.sampled_from(members), unique=True, min_size=1)))
        )
        day = START + dt.timedelta(days=offset)
        meetings.append(Meeting(id=f"t{k}", date=day, members=rows, kind=kind))
    left = tuple(
        MemberLeft(participant_id=m, date=START + dt.timedelta(days=draw(st.integers(0, 400))))
        for m in draw(st.lists(st.sampled_from(members), unique=True))
    )
    plan = CapitalPlan(
        stimulus_per_member=500_000,
        service_fee_percent=Decimal(1),
        loan_term_months=draw(st.integers(1, 12)),
        sources=(OwnCapital(id="own", compulsory_dues=10_000),),
    )
    return _workshop(members, plan, GroupFollowUp(meetings=tuple(meetings), left=left))


@settings(max_examples=100, deadline=None)
@given(recorded(), st.integers(0, 450))
def test_payments_recorded_are_the_funds_inflows(ws: Workshop, days: int) -> None:
    g = ws.groups[0]
    on = START + dt.timedelta(days=days)
    handed = sum(
        row.handed_over() for m in g.followup.meetings if m.date <= on for row in m.members
    )
    fund = fund_balance(ws, g, on)
    assert fund.paid_in == handed
    assert fund.inflows == fund.stimulus + handed
    # and every payment of an instalment is a payment of the member's loans
    instalments = sum(
        row.instalment for m in g.followup.meetings if m.date <= on for row in m.members
    )
    assert sum(member_loans(g, pid).status(on).paid for pid in g.member_ids) == instalments


@settings(max_examples=100, deadline=None)
@given(recorded(), st.integers(0, 450))
def test_attendance_never_exceeds_membership(ws: Workshop, days: int) -> None:
    g = ws.groups[0]
    on = START + dt.timedelta(days=days)
    for row in attendance_by_meeting(g, on):
        assert row.present <= row.expected <= len(g.member_ids)
        assert row.rate is None or 0 <= row.rate <= 100
    for m in g.member_ids:
        a = member_attendance(g, m, on)
        assert a.attended <= a.held
        assert a.rate is None or a.rate <= 100


@st.composite
def plans(draw: st.DrawFn) -> tuple[CapitalPlan, list[str]]:
    members = [f"m{i}" for i in range(draw(st.integers(1, 6)))]
    stimulus = draw(st.integers(100_000, 1_000_000))
    plan = CapitalPlan(
        stimulus_per_member=stimulus,
        deductions=draw(deductions(stimulus)),
        sources=(OwnCapital(id="own", compulsory_dues=draw(st.integers(0, 50_000))),),
        service_fee_percent=draw(st.decimals(min_value=0, max_value=3, places=1)),
        loan_term_months=draw(st.integers(1, 8)),
        cash_unit=draw(st.sampled_from([1, 100, 500, 1000])),
        first_round_ids=tuple(draw(st.lists(st.sampled_from(members), unique=True))),
    )
    return plan, members


@settings(max_examples=60, deadline=None)
@given(plans())
def test_the_actual_balance_is_the_planned_one_when_every_instalment_is_paid_on_time(
    case: tuple[CapitalPlan, list[str]],
) -> None:
    plan, members = case
    ledger = revolving_fund(plan, members, START)
    rows = repayment_schedule(plan).rows
    borrowed = {pid: r.month for r in ledger.rounds for pid in r.member_ids}
    meetings = []
    for row in ledger.rows[:36]:
        assert row.date is not None
        records = []
        for m in members:
            k = row.month - borrowed[m] if m in borrowed else 0
            due = rows[k - 1] if 1 <= k <= len(rows) else None
            records.append(
                MemberRecord(
                    participant_id=m,
                    present=True,
                    savings_compulsory=plan.compulsory_dues if row.month else 0,
                    instalment=due.principal + due.service_fee + due.other if due else 0,
                    loan_out=plan.stimulus_per_member if m in row.new_borrower_ids else 0,
                )
            )
        meetings.append(Meeting(id=f"t{row.month}", date=row.date, members=tuple(records)))
    ws = _workshop(members, plan, GroupFollowUp(meetings=tuple(meetings)))
    g = ws.groups[0]
    for row in ledger.rows[:36]:
        assert row.date is not None
        fund = fund_balance(ws, g, row.date)
        assert (fund.actual, fund.planned) == (row.closing, row.closing)
        for m in members:
            status = member_loans(g, m).status(row.date)
            assert (status.arrears, status.days_late) == (0, 0)

"""Worked examples: due against paid, arrears, days late, PAR30 and the repayment rate.

Every group below: four members each lent Rp 500.000 on 5 January 2026 (the plan's
start), repaid over 10 months with a 1% flat fee: each instalment is
Rp 50.000 principal + Rp 5.000 fee = Rp 55.000, due on the 5th from February.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from pra.model.followup import LoanReschedule, MemberLeft
from pra.plan.followup import (
    due_by_month,
    early_warnings,
    fund_balance,
    group_progress,
    member_loans,
    par30,
    repayment_rate,
)

from .followup_factory import START, meeting, plan, workshop

LOANS = meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2", "p3", "p4")})


def _group() -> object:
    """p1 pays on time; p2 pays part; p3 pays early; p4 pays once and leaves on 20 March."""
    return workshop(
        [
            LOANS,
            meeting(
                "t1",
                dt.date(2026, 2, 5),
                {
                    "p1": {"instalment": 55_000},
                    "p2": {"instalment": 30_000},
                    "p3": {"instalment": 110_000},
                    "p4": {"instalment": 55_000},
                },
            ),
            meeting(
                "t2",
                dt.date(2026, 3, 5),
                {"p1": {"instalment": 55_000}, "p2": {"instalment": 30_000}, "p3": {}},
            ),
            meeting(
                "t3",
                dt.date(2026, 4, 5),
                {
                    "p1": {"instalment": 55_000},
                    "p2": {"instalment": 55_000},
                    "p3": {"instalment": 55_000},
                },
            ),
            meeting(
                "t4",
                dt.date(2026, 5, 10),
                {"p1": {"instalment": 55_000}, "p3": {"instalment": 55_000}, "p2": {}},
            ),
        ],
        left=(MemberLeft(participant_id="p4", date=dt.date(2026, 3, 20)),),
    )


def test_a_partial_payment_leaves_arrears_and_the_oldest_unpaid_instalment_sets_the_days_late() -> (
    None
):
    ws = _group()
    g = ws.groups[0]
    # p2 paid 30.000 + 30.000 + 55.000 = 115.000. Oldest first: instalment 1 (55.000) and
    # instalment 2 (55.000) are covered, 5.000 goes to instalment 3's fee.
    status = member_loans(g, "p2").status(dt.date(2026, 5, 10))
    # Due by 10 May: instalments of 5 Feb, 5 Mar, 5 Apr, 5 May = 4 × 55.000 = 220.000.
    assert (status.due, status.paid, status.arrears) == (220_000, 115_000, 105_000)
    # Instalment 3 (5 April) is the oldest not fully paid: 35 days late on 10 May.
    assert status.first_unpaid == dt.date(2026, 4, 5)
    assert status.days_late == 35 and status.at_risk
    # Principal repaid: 50.000 + 50.000 (the 5.000 of instalment 3 covered its fee only).
    assert status.outstanding == 400_000
    # On 5 March, after paying 60.000 of 110.000 due: instalment 2 (5 March) is 0 days late.
    march = member_loans(g, "p2").status(dt.date(2026, 3, 5))
    assert (march.arrears, march.days_late) == (50_000, 0)


def test_an_early_payment_covers_the_next_instalment_and_is_not_late() -> None:
    g = _group().groups[0]
    # p3 paid 110.000 on 5 Feb (instalments 1 and 2), nothing on 5 March.
    march = member_loans(g, "p3").status(dt.date(2026, 3, 5))
    assert (march.due, march.paid, march.arrears, march.days_late) == (110_000, 110_000, 0, 0)
    feb = member_loans(g, "p3").status(dt.date(2026, 2, 5))
    assert (feb.due, feb.ahead, feb.on_time_paid) == (55_000, 55_000, 55_000)
    # 100.000 principal repaid by then: 400.000 outstanding.
    assert feb.outstanding == 400_000


def test_a_member_who_leaves_still_owes_the_loan() -> None:
    g = _group().groups[0]
    # p4 paid instalment 1 only; left on 20 March. On 10 May instalments 2–4 are unpaid:
    # 3 × 55.000 = 165.000 arrears, 66 days since 5 March, 450.000 principal outstanding.
    status = member_loans(g, "p4").status(dt.date(2026, 5, 10))
    assert (status.arrears, status.days_late, status.outstanding) == (165_000, 66, 450_000)


def test_par30_and_the_repayment_rate_of_the_group() -> None:
    ws = _group()
    g = ws.groups[0]
    on = dt.date(2026, 5, 10)
    statuses = [member_loans(g, m).status(on) for m in g.member_ids]
    # Outstanding principal: p1 500-4×50 = 300.000, p2 400.000, p3 300.000, p4 450.000 → 1.450.000.
    # More than 30 days late: p2 (35 days) and p4 (66): 850.000. PAR30 = 850/1450 = 58,62%.
    assert par30(statuses) == Decimal(100) * 850_000 / 1_450_000
    assert round(par30(statuses) or 0, 2) == Decimal("58.62")
    # Due: 4 × 220.000 = 880.000. Paid of it: p1 220.000, p2 115.000, p3 220.000, p4 55.000
    # = 610.000 → 69,32%.
    assert repayment_rate(statuses) == Decimal(100) * 610_000 / 880_000
    progress = group_progress(ws, g, on)
    assert progress.par30 == par30(statuses)
    assert progress.arrears == 105_000 + 165_000


def test_the_early_warning_names_the_members_late_most_days_first() -> None:
    ws = _group()
    warnings = early_warnings(ws, ws.groups[0], dt.date(2026, 5, 10))
    texts = [w.text("id") for w in warnings]
    assert texts[0] == (
        "2 anggota menunggak lebih dari 30 hari: Dewi Lestari, Budi Santoso (tunggakan Rp\u00a0270.000)"
    )
    assert warnings[0].text("en").startswith("2 members more than 30 days late: Dewi Lestari")
    # Nobody saved the dues: 3 members still in the group × 4 months × 10.000 = 120.000.
    # Fund: 2.000.000 + 610.000 paid in − 2.000.000 lent = 610.000; the plan, four months
    # of 4 × (55.000 + 10.000) = 1.040.000.
    assert texts[1:] == [
        "iuran wajib baru terkumpul Rp\u00a00 dari Rp\u00a0120.000 yang disepakati",
        "saldo dana Rp\u00a0610.000, jauh di bawah rencana Rp\u00a01.040.000",
    ]


def test_a_rescheduled_loan_falls_due_on_the_agreed_repayment_day() -> None:
    # the same p2 as below, the group repaying on the 5th: rescheduled on 10 April, the new
    # instalments fall on the first 5th a month later (5 May < 10 May: 5 June), to 5 January
    ws = workshop(
        [
            LOANS,
            meeting("t1", dt.date(2026, 2, 5), {"p2": {"instalment": 30_000}}),
            meeting("t2", dt.date(2026, 3, 5), {"p2": {"instalment": 30_000}}),
            meeting("t3", dt.date(2026, 4, 5), {"p2": {"instalment": 55_000}}),
        ],
        capital=plan().model_copy(update={"repayment_day": 5}),
        reschedules=(
            LoanReschedule(id="r1", participant_id="p2", date=dt.date(2026, 4, 10), term_months=8),
        ),
    )
    dues = member_loans(ws.groups[0], "p2").dues
    assert [d.date for d in dues[2:4]] == [dt.date(2026, 6, 5), dt.date(2026, 7, 5)]
    assert dues[-1].date == dt.date(2027, 1, 5) and len(dues) == 10


def test_a_rescheduled_loan_spreads_the_principal_still_owed_over_the_new_term() -> None:
    ws = workshop(
        [
            LOANS,
            meeting("t1", dt.date(2026, 2, 5), {"p2": {"instalment": 30_000}}),
            meeting("t2", dt.date(2026, 3, 5), {"p2": {"instalment": 30_000}}),
            meeting("t3", dt.date(2026, 4, 5), {"p2": {"instalment": 55_000}}),
            meeting("t4", dt.date(2026, 5, 10), {"p2": {"instalment": 50_000}}),
        ],
        reschedules=(
            LoanReschedule(id="r1", participant_id="p2", date=dt.date(2026, 4, 10), term_months=8),
        ),
    )
    loans = member_loans(ws.groups[0], "p2")
    # By 10 April p2 paid 115.000: instalments 1 and 2 kept (paid); the principal of
    # instalments 3–10 (8 × 50.000 = 400.000) is spread over 8 months from 10 May:
    # 50.000 + the 5.000 fee each, the 5.000 paid beyond the kept ones counting towards them.
    assert [(d.date, d.total) for d in loans.dues[:3]] == [
        (dt.date(2026, 2, 5), 55_000),
        (dt.date(2026, 3, 5), 55_000),
        (dt.date(2026, 5, 10), 55_000),
    ]
    assert len(loans.dues) == 10 and loans.dues[-1].date == dt.date(2026, 12, 10)
    assert sum(d.principal for d in loans.dues) == 500_000
    # On 10 May: due 55.000 + 55.000 + 55.000 = 165.000; paid 115.000 + 50.000 = 165.000.
    status = loans.status(dt.date(2026, 5, 10))
    assert (status.arrears, status.days_late, status.outstanding) == (0, 0, 350_000)
    # Without the rescheduling the same 165.000 cover instalments 1–3 only; the 4th
    # (5 May, 55.000) is unpaid: 5 days late.
    plain = workshop(list(ws.groups[0].followup.meetings)).groups[0]
    late = member_loans(plain, "p2").status(dt.date(2026, 5, 10))
    assert (late.arrears, late.days_late) == (55_000, 5)


def test_due_against_paid_by_month() -> None:
    ws = _group()
    g = ws.groups[0]
    months = due_by_month([member_loans(g, "p2")], START, dt.date(2026, 5, 31))
    # p2: nothing due in January; 55.000 due each month from February; paid 30.000, 30.000, 55.000, 0.
    assert [(m.month.month, m.due, m.paid, m.arrears) for m in months] == [
        (1, 0, 0, 0),
        (2, 55_000, 30_000, 25_000),
        (3, 55_000, 30_000, 50_000),
        (4, 55_000, 55_000, 50_000),
        (5, 55_000, 0, 105_000),
    ]


def test_the_fund_balance_from_the_meetings_against_the_plan() -> None:
    ws = _group()
    g = ws.groups[0]
    fund = fund_balance(ws, g, dt.date(2026, 3, 5))
    # In: stimulus 4 × 500.000 = 2.000.000 (as planned: everybody borrows at once);
    # instalments 55+30+110+55 (Feb) + 55+30 (Mar) = 335.000. Out: 4 × 500.000 lent.
    assert (fund.stimulus, fund.paid_in, fund.lent, fund.actual) == (
        2_000_000,
        335_000,
        2_000_000,
        335_000,
    )
    # Planned by 5 March: two months of 4 × 55.000 instalments and 4 × 10.000 dues = 520.000.
    assert fund.planned == 520_000 and fund.difference == -185_000


def _rescheduled_group() -> object:
    """p1 and p2 borrow Rp 500.000 on 5 January (cash unit Rp 500). p1 pays every month; p2
    pays February and March, nothing on 5 April, 5 May and 5 June, and on 5 June the group
    reschedules p2's loan over 6 months; p2 then pays the new instalments (74.000) in July
    and August."""
    months = [dt.date(2026, m, 5) for m in range(2, 9)]
    p2 = {2: 55_000, 3: 55_000, 7: 74_000, 8: 74_000}
    return workshop(
        [
            meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2")}),
            *(
                meeting(
                    f"t{day.month}",
                    day,
                    {"p1": {"instalment": 55_000}, "p2": {"instalment": p2.get(day.month, 0)}},
                )
                for day in months
            ),
        ],
        capital=plan(cash_unit=500),
        reschedules=(
            LoanReschedule(id="r1", participant_id="p2", date=dt.date(2026, 6, 5), term_months=6),
        ),
    )


def test_a_reschedule_keeps_the_arrears_before_it_in_the_history() -> None:
    ws = _rescheduled_group()
    g = ws.groups[0]
    loans = member_loans(g, "p2")
    # On 4 June, the day before the reschedule, p2 stands as p2 did then: instalments of
    # 5 Feb, 5 Mar, 5 Apr, 5 May due = 4 × 55.000 = 220.000, paid 110.000, arrears 110.000,
    # the oldest unpaid (5 April) 60 days late: at risk.
    before = loans.status(dt.date(2026, 6, 4))
    assert (before.due, before.paid, before.arrears, before.days_late) == (
        220_000,
        110_000,
        110_000,
        60,
    )
    assert before.at_risk and before.rescheduled == 0
    # PAR30 that day: p1 owes 500.000 − 4 × 50.000 = 300.000, p2 400.000 (at risk):
    # 400/700 = 57,14%. Repayment rate: (220.000 + 110.000) / (220.000 + 220.000) = 75%.
    p1 = member_loans(g, "p1").status(dt.date(2026, 6, 4))
    assert round(par30([p1, before]) or 0, 2) == Decimal("57.14")
    assert repayment_rate([p1, before]) == Decimal(75)
    # On 5 August, after the reschedule: p2 owes nothing overdue, but the three instalments
    # of 5 April, 5 May and 5 June (3 × 55.000 = 165.000) fell due unpaid and were
    # respread: they stay in the history as rescheduled.
    after = loans.status(dt.date(2026, 8, 5))
    # due: Feb, Mar (110.000) + the new 5 July and 5 August (2 × 74.000) = 258.000, all paid
    assert (after.due, after.paid, after.arrears, after.rescheduled) == (
        258_000,
        258_000,
        0,
        165_000,
    )
    # p1 paid Feb–Aug, 7 × 55.000 = 385.000 of 385.000. The group's rate: paid when due
    # 385.000 + 258.000 = 643.000 of 385.000 + 258.000 + 165.000 = 808.000 → 79,58%
    # (it read 100%, the missed instalments dropped from the history).
    p1_after = member_loans(g, "p1").status(dt.date(2026, 8, 5))
    assert repayment_rate([p1_after, after]) == Decimal(100) * 643_000 / 808_000
    progress = group_progress(ws, g, dt.date(2026, 8, 5))
    assert round(progress.repayment_rate or 0, 2) == Decimal("79.58")
    # By month (p2): April and May keep their arrears; in June the 165.000 is respread.
    months = due_by_month([loans], START, dt.date(2026, 8, 31))
    assert [(m.month.month, m.due, m.paid, m.arrears, m.rescheduled) for m in months] == [
        (1, 0, 0, 0, 0),
        (2, 55_000, 55_000, 0, 0),
        (3, 55_000, 55_000, 0, 0),
        (4, 55_000, 0, 55_000, 0),
        (5, 55_000, 0, 110_000, 0),
        (6, 0, 0, 0, 165_000),
        (7, 74_000, 74_000, 0, 0),
        (8, 74_000, 74_000, 0, 0),
    ]


def test_a_reschedule_keeps_the_service_fee_and_rounds_to_the_cash_unit() -> None:
    loans = member_loans(_rescheduled_group().groups[0], "p2")
    (change,) = loans.rescheduled
    # Not paid by 5 June: instalments 3–10, principal 8 × 50.000 = 400.000 and fee
    # 8 × 5.000 = 40.000 (kept, not waived). Over 6 months in Rp 500: 400.000 / 6 =
    # 66.666,67 → 5 × 67.000 + 65.000; 40.000 / 6 = 6.666,67 → 5 × 7.000 + 5.000.
    assert (change.principal, change.charges, change.missed, change.missed_count) == (
        400_000,
        40_000,
        165_000,
        3,
    )
    assert [(d.principal, d.charge) for d in change.instalments] == [(67_000, 7_000)] * 5 + [
        (65_000, 5_000)
    ]
    assert change.instalments[0].date == dt.date(2026, 7, 5)
    # The whole loan still repays 500.000 and its 10 × 5.000 fee.
    assert sum(d.principal for d in loans.dues) == 500_000
    assert sum(d.charge for d in loans.dues) == 50_000


def test_par30_of_loans_all_repaid_is_zero_and_without_loans_there_is_none() -> None:
    # p1 borrows 500.000 on 5 January and pays all 10 × 55.000 = 550.000 on 5 February:
    # nothing outstanding, nothing at risk: PAR30 0% (it read "–" like a group that never lent)
    ws = workshop(
        [
            meeting("t0", START, {"p1": {"loan_out": 500_000}}),
            meeting("t1", dt.date(2026, 2, 5), {"p1": {"instalment": 550_000}}),
        ]
    )
    g = ws.groups[0]
    on = dt.date(2026, 3, 5)
    statuses = [member_loans(g, m).status(on) for m in g.member_ids]
    assert sum(s.outstanding for s in statuses) == 0
    assert par30(statuses) == Decimal(0)
    nobody = workshop([meeting("t0", START, {"p1": {}})]).groups[0]
    assert par30([member_loans(nobody, m).status(on) for m in nobody.member_ids]) is None


def test_small_charges_of_a_reschedule_are_spread_from_the_first_instalment() -> None:
    # Issue 15 (7). Rp 500.000 over 10 months, fee 0,1% (Rp 500 a month), cash unit Rp 500:
    # each instalment 50.000 + 500. p2 pays the first four (4 × 50.500 = 202.000) and on
    # 10 May the loan is rescheduled over 10 months: instalments 5–10 are left, principal
    # 6 × 50.000 = 300.000 → 30.000 a month (exact); charges 6 × 500 = 3.000 → 6 × 500 from
    # the first new instalment and 4 × 0. Before the fix: 9 × 0 and all 3.000 on the last.
    capital = plan(service_fee_percent=Decimal("0.1"), cash_unit=500)
    ws = workshop(
        [
            meeting("t0", START, {"p2": {"loan_out": 500_000}}),
            *(
                meeting(f"t{m}", dt.date(2026, m, 5), {"p2": {"instalment": 50_500}})
                for m in (2, 3, 4, 5)
            ),
        ],
        capital=capital,
        reschedules=(
            LoanReschedule(id="r1", participant_id="p2", date=dt.date(2026, 5, 10), term_months=10),
        ),
    )
    (change,) = member_loans(ws.groups[0], "p2").rescheduled
    assert (change.principal, change.charges) == (300_000, 3_000)
    assert [(d.principal, d.charge) for d in change.instalments] == [(30_000, 500)] * 6 + [
        (30_000, 0)
    ] * 4


def test_split_instalments_never_leaves_more_on_the_last_than_on_the_others() -> None:
    from pra.plan.rounding import split_instalments

    def parts_of(amount: int, parts: int, unit: int) -> tuple[int, ...]:
        return split_instalments(amount, parts, unit).instalments

    # shared out from the first (#13; it was 9 × 0 + 3.000)
    assert parts_of(3_000, 10, 500) == (500,) * 6 + (0,) * 4
    # 3.200: six units, then the 200 below a unit on the next instalment
    assert parts_of(3_200, 10, 500) == (500,) * 6 + (200,) + (0,) * 3
    # rounded up: 40.000 / 6 in Rp 500 → 5 × 7.000 + 5.000
    assert parts_of(40_000, 6, 500) == (7_000,) * 5 + (5_000,)
    for amount in range(0, 20_001, 700):
        for parts in (1, 3, 7, 10, 24):
            for unit in (1, 100, 500, 1000):
                got = parts_of(amount, parts, unit)
                assert sum(got) == amount and len(got) == parts
                # each at most the one before: the last is at most the others
                assert all(b <= a for a, b in itertools.pairwise(got))
                if split_instalments(amount, parts, unit).direction == "spread":
                    assert got[0] - got[-1] <= unit

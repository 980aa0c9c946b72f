"""Worked example (review rev15 F9): a deduction taken "once" is kept from a member's first
loan only, and a meeting's money in is one figure for the screen and the report."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import fund_balance, savings_status
from pra.plan.followup.fund_period import fund_period
from pra.plan.followup.handover import meeting_money

from .followup_factory import START, kept_plan, meeting, workshop

SECOND = dt.date(2026, 3, 5)


def test_a_second_loan_is_handed_over_whole_and_the_meeting_money_is_one_figure() -> None:
    # Plan: Rp 500.000 a member, kept at hand-over: simpanan pokok Rp 25.000 (a share) and a
    # 10% reserve, Rp 50.000 — both "once". Stimulus Rp 1.500.000 received on 5 January.
    # 5 Jan: p1 and p2 borrow Rp 500.000 each (first loans).
    # 5 Mar: p1 borrows Rp 300.000 again (second loan), p3 Rp 200.000 (first loan), p2 pays
    #        Rp 60.000 instalment and Rp 10.000 wajib.
    capital = kept_plan()
    ws = workshop(
        [
            meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2")}),
            meeting(
                "t1",
                SECOND,
                {
                    "p1": {"loan_out": 300_000},
                    "p2": {"instalment": 60_000, "savings_compulsory": 10_000},
                    "p3": {"loan_out": 200_000},
                },
            ),
        ],
        capital=capital,
        stimulus_received=1_500_000,
        stimulus_on=START,
    )
    g = ws.groups[0]
    first, second = g.followup.meetings
    # Meeting 1: nothing handed over by members; kept 2 × (25.000 + 50.000) = 150.000.
    # Money in Rp 150.000 (before the fix the screen said Rp 0, the report Rp 150.000);
    # cash to the borrowers 1.000.000 − 150.000 = 850.000.
    m1 = meeting_money(g, first)
    assert (m1.money_in, m1.lent, m1.cash_out) == (150_000, 1_000_000, 850_000)
    # Meeting 2: p1's second loan is handed over whole (nothing kept again); p3's first loan
    # of 200.000 keeps 25.000 + 10% = 20.000 → 45.000. Handed over 60.000 + 10.000 = 70.000.
    # Money in 70.000 + 45.000 = 115.000 (before: 70.000 + 2 × 25.000 + 30.000 + 20.000 = 170.000
    # in the report); cash out 500.000 − 45.000 = 455.000.
    m2 = meeting_money(g, second)
    assert (m2.money_in, m2.withheld, m2.cash_out) == (115_000, 45_000, 455_000)
    # The ledger of the two meetings: Simpanan pokok 3 × 25.000 = 75.000 (not 4 ×),
    # Cadangan 50.000 + 50.000 + 20.000 = 120.000; money in = the meetings' money in + stimulus.
    ledger = fund_period(ws, g, START, SECOND)
    assert dict(ledger.withheld) == {"Simpanan pokok": 75_000, "Cadangan": 120_000}
    assert ledger.money_in == 1_500_000 + m1.money_in + m2.money_in
    # The fund after meeting 2 (the cash the treasurer holds): 1.500.000 + 70.000 −
    # (850.000 + 455.000) = 265.000 by hand; the ledger: opening 0 + money in
    # (1.500.000 + 150.000 + 115.000 = 1.765.000) − money out 1.500.000 = 265.000.
    assert fund_balance(ws, g, SECOND).actual == 265_000 == ledger.closing
    # p1's simpanan pokok is Rp 25.000, kept once (before: Rp 50.000).
    assert savings_status(ws, g, "p1", SECOND).principal == 25_000
    assert savings_status(ws, g, "p3", SECOND).principal == 25_000

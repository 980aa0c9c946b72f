"""Worked example: the simpanan pokok kept from a loan at hand-over is the member's savings."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import savings_status
from pra.plan.followup.fund_period import fund_period

from .followup_factory import START, kept_plan, meeting, workshop


def test_the_share_kept_at_hand_over_is_the_members_simpanan_pokok_in_both_tables() -> None:
    # Each loan of Rp 500.000 keeps Rp 25.000 simpanan pokok (a share: the member's own
    # savings) and a 10% reserve, Rp 50.000 (the fund's, not the member's). p1 and p2 borrow
    # on 5 January; p3 hands Rp 25.000 of simpanan pokok over in cash on 5 February.
    capital = kept_plan()
    ws = workshop(
        [
            meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2")}),
            meeting("t1", dt.date(2026, 2, 5), {"p3": {"savings_principal": 25_000}}),
        ],
        capital=capital,
    )
    g = ws.groups[0]
    on = dt.date(2026, 2, 5)
    pokok = {m: savings_status(ws, g, m, on).principal for m in ("p1", "p2", "p3", "p4")}
    assert pokok == {"p1": 25_000, "p2": 25_000, "p3": 25_000, "p4": 0}
    # The fund's ledger: the same 2 × 25.000 kept as simpanan pokok, and 2 × 50.000 reserve;
    # p3's 25.000 in cash. Pokok in the savings table: 75.000 = 50.000 kept + 25.000 in cash.
    ledger = fund_period(ws, g, START, on)
    assert dict(ledger.withheld) == {"Simpanan pokok": 50_000, "Cadangan": 100_000}
    assert dict(ledger.paid_in)["savings_principal"] == 25_000
    assert sum(pokok.values()) == dict(ledger.withheld)["Simpanan pokok"] + 25_000

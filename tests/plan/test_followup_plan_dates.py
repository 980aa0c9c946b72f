"""Worked example: the follow-up compares with the plan as the plan dates it, from the day the
plan hands the fund over (here two months into the calendar), never re-dated to the calendar's
start or to the day the fund was recorded."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import fund_balance, savings_status
from pra.plan.followup.fund import plan_start, recorded_start

from .followup_factory import START, meeting, plan, workshop

HANDED = dt.date(2026, 3, 5)
"""The plan's hand-over: the grant of Rp 2.000.000 (4 × 500.000), two months after START."""


def _capital() -> object:
    return plan(
        sources=(
            {"kind": "own", "id": "own", "compulsory_dues": 10_000},
            {
                "kind": "grant",
                "id": "gr",
                "amount": 2_000_000,
                "revolving": 2_000_000,
                "disbursed_on": HANDED,
            },
        )
    )


def _loans(day: dt.date) -> object:
    loans = meeting("t0", day, {m: {"loan_out": 500_000} for m in ("p1", "p2", "p3", "p4")})
    return workshop([loans], capital=_capital())


def test_the_planned_balance_and_the_dues_count_from_the_plans_hand_over() -> None:
    ws = _loans(HANDED)
    g = ws.groups[0]
    assert (START, plan_start(ws, g), recorded_start(g)) == (START, HANDED, HANDED)
    on = dt.date(2026, 4, 5)
    # By 5 April the plan expects one month: 4 × (55.000 instalment + 10.000 dues) = 260.000
    # over the 2.000.000 received and lent (it said 780.000, three months from 5 January).
    assert fund_balance(ws, g, on).planned == 260_000
    # and one month of dues per member, 10.000 (it said 30.000)
    assert savings_status(ws, g, "p1", on).agreed == 10_000


def test_a_hand_over_recorded_late_shows_as_a_gap_against_the_plan() -> None:
    from pra.export.report import build_report
    from pra.export.template import load_template
    from tests.export.test_report import _text

    late = dt.date(2026, 5, 5)
    ws = _loans(late)
    g = ws.groups[0]
    assert recorded_start(g) == late
    # the plan's balance by 5 May: two months of 260.000; nothing recorded paid in
    assert fund_balance(ws, g, late).planned == 520_000
    text = _text(build_report(ws, g, load_template(), "id", START, late))
    assert (
        "Menurut rencana usaha dana bergulir diserahkan 5 Maret 2026; tercatat diserahkan "
        "5 Mei 2026, 2 bulan lebih lambat."
    ) in text

"""Worked examples (review rev15 F6, P4, P5): a report's months are the period's own, with the
arrears carried in; a month cut by the period's end says so; the gap between the fund's
actual and planned balance is explained part by part.

The group of tests/plan/test_followup_loans.py: four members each lent Rp 500.000 on
5 January 2026; each instalment is Rp 50.000 principal + Rp 5.000 fee = Rp 55.000, due on
the 5th from February; compulsory dues Rp 10.000 a month.
"""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import group_progress, member_loans
from pra.plan.followup.fund_gap import fund_gap
from pra.plan.followup.loans import due_in_period

from .test_followup_loans import _group


def test_the_periods_months_with_the_arrears_carried_in_and_the_cut_month() -> None:
    # Period 1 March – 4 April 2026, p1 and p2. p1 pays 55.000 on 5 Feb and 5 Mar; p2 pays
    # 30.000 on 5 Feb and 5 Mar (and 55.000 on 5 April, after the period).
    # Carried in (end of 28 Feb): p1 55.000 − 55.000 = 0; p2 55.000 − 30.000 = 25.000.
    # March: due 2 × 55.000 = 110.000, paid 55.000 + 30.000 = 85.000, arrears 0 + 50.000.
    # April, 1–4 only: the instalments fall due on the 5th, after the period: due 0, paid 0,
    # arrears still 50.000 — the month is cut, and says so (cut_end).
    # Total: due 110.000, paid 85.000; 25.000 + 110.000 − 85.000 = 50.000 = the closing arrears.
    g = _group().groups[0]
    loans = [member_loans(g, m) for m in ("p1", "p2")]
    period = due_in_period(loans, dt.date(2026, 3, 1), dt.date(2026, 4, 4))
    assert period.earlier and period.opening == 25_000
    assert [(m.month.month, m.due, m.paid, m.arrears) for m in period.months] == [
        (3, 110_000, 85_000, 50_000),
        (4, 0, 0, 50_000),
    ]
    assert (period.due, period.paid, period.closing) == (110_000, 85_000, 50_000)
    march, april = period.months
    assert not period.cut_end(march) and period.cut_end(april)
    assert not period.cut_start(march) and not period.cut_start(april)
    # A period from 10 February: February counted from the 10th (the 5 Feb instalment and
    # payment before it are carried in: 25.000), and says so (cut_start).
    late = due_in_period(loans, dt.date(2026, 2, 10), dt.date(2026, 3, 31))
    assert late.opening == 25_000 and late.cut_start(late.months[0])
    assert [(m.due, m.paid) for m in late.months] == [(0, 0), (110_000, 85_000)]


def test_the_funds_gap_against_the_plan_is_explained_part_by_part() -> None:
    # On 5 March 2026. Planned: two months of 4 × 55.000 instalments and 4 × 10.000 dues
    # = 520.000. Actual: instalments 55+30+110+55 (Feb) + 55+30 (Mar) = 335.000, no savings.
    # Difference −185.000 = dues agreed and not saved −(2 × 4 × 10.000 = 80.000)
    # + arrears −(p2 110.000 − 60.000 = 50.000; p4 110.000 − 55.000 = 55.000: 105.000).
    # p3 paid 110.000 on 5 Feb for February and March: by 5 March nothing is ahead.
    ws = _group()
    g = ws.groups[0]
    gap = fund_gap(g, group_progress(ws, g, dt.date(2026, 3, 5)))
    assert gap is not None
    assert gap.difference == -185_000
    assert gap.parts == (("dues", -80_000), ("arrears", -105_000))
    assert gap.rest == 0
    # On 5 February p3's second instalment (55.000) is paid ahead; the plan foresees one month:
    # 4 × 55.000 + 4 × 10.000 = 260.000; actual 55 + 30 + 110 + 55 = 250.000: −10.000
    # = dues −40.000 + ahead 55.000 + arrears −(p2 25.000) = −10.000.
    gap = fund_gap(g, group_progress(ws, g, dt.date(2026, 2, 5)))
    assert gap is not None
    assert gap.parts == (("dues", -40_000), ("ahead", 55_000), ("arrears", -25_000))
    assert gap.difference == -10_000 and gap.rest == 0

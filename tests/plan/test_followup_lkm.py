"""Worked examples: a group is linked to an LKM only with an eligible grade and a repayment
record (at least 90% repaid on time, PAR30 at most 10%)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import Workshop
from pra.model.followup import CRITERIA, Assessment
from pra.plan.followup import LKM_PAR30, LKM_REPAYMENT, LkmReadiness, lkm_readiness

from .followup_factory import START, meeting, workshop

ON = dt.date(2026, 5, 5)
# 9 of the 17 criteria: 53% → grade B (from 50%), one of the eligible grades A and B.
NINE = tuple((area, key) for area, keys in CRITERIA.items() for key in keys)[:9]


def _group(p2_pays: int) -> Workshop:
    """p1 and p2 borrow Rp 500.000 on 5 January (instalment 55.000 from 5 February); p1 pays
    every month, p2 pays ``p2_pays`` a month; assessed B on 5 May."""
    return workshop(
        [
            meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2")}),
            *(
                meeting(
                    f"t{m}",
                    dt.date(2026, m, 5),
                    {"p1": {"instalment": 55_000}, "p2": {"instalment": p2_pays}},
                )
                for m in (2, 3, 4, 5)
            ),
        ],
        assessments=(Assessment(id="a1", date=ON, met=NINE),),
    )


def test_a_b_group_that_repays_may_be_linked() -> None:
    ws = _group(55_000)
    ready = lkm_readiness(ws, ws.groups[0], ON)
    # Both paid 4 × 55.000 of 4 × 55.000: 100% on time, nobody late: PAR30 0%.
    assert (ready.grade, ready.rate, ready.par30) == ("B", Decimal(100), Decimal(0))
    assert ready.ready


def test_a_b_group_with_arrears_may_not_be_linked_whatever_its_grade() -> None:
    ws = _group(0)
    ready = lkm_readiness(ws, ws.groups[0], ON)
    # Due 2 × 4 × 55.000 = 440.000; paid on time p1's 220.000: 50%. Outstanding: p1
    # 500.000 − 4 × 50.000 = 300.000, p2 500.000 (5 February unpaid: 89 days late, at risk):
    # PAR30 500/800 = 62,5%. Grade B is eligible, the record is not.
    assert (ready.grade, ready.rate, ready.par30) == ("B", Decimal(50), Decimal("62.5"))
    assert ready.grade_ok and not ready.rate_ok and not ready.par30_ok
    assert not ready.ready


def lender_group(april_paid: bool) -> Workshop:
    """``_group(55_000)``'s members repay every month (5 Feb, 5 Mar, 5 Apr), and the group
    owes the BMM of ``tests.plan.test_followup_lender`` 224.000 on the 10th of each month from
    10 February; it pays 224.000 on 9 February, 100.000 on 9 March and, when
    ``april_paid``, 224.000 on 13 April. Assessed B (9 of 17 criteria) on 15 April."""
    from tests.plan.test_followup_lender import capital, paid

    meetings = [
        meeting("t0", START, {m: {"loan_out": 500_000} for m in ("p1", "p2")}),
        *(
            meeting(
                f"t{m}",
                dt.date(2026, m, 5),
                {"p1": {"instalment": 55_000}, "p2": {"instalment": 55_000}},
            )
            for m in (2, 3, 4)
        ),
        paid("b2", dt.date(2026, 2, 9), 224_000),
        paid("b3", dt.date(2026, 3, 9), 100_000),
        *([paid("b4", dt.date(2026, 4, 13), 224_000)] if april_paid else []),
    ]
    meetings.sort(key=lambda m: m.date)
    return workshop(
        meetings,
        capital=capital(),
        assessments=(Assessment(id="a1", date=LENDER_ON, met=NINE),),
    )


LENDER_ON = dt.date(2026, 4, 15)


def test_only_lender_arrears_more_than_30_days_late_count_against_the_link() -> None:
    # Members: 3 × 2 × 55.000 due and paid on time: 100%, PAR30 0%; grade B.
    # With the 13 April payment: paid 224.000 + 100.000 + 224.000 = 548.000 of 3 × 224.000 =
    # 672.000; arrears 124.000, the oldest unpaid April's (10 April): 5 days late, as long
    # as the early warning waits (30 days) it is no reason: ready. (Before issue 15 (4):
    # refused for one day of lender arrears.)
    ws = lender_group(april_paid=True)
    ready = lkm_readiness(ws, ws.groups[0], LENDER_ON)
    assert (ready.grade, ready.rate, ready.par30, ready.lender_arrears) == (
        "B",
        Decimal(100),
        Decimal(0),
        (),
    )
    assert ready.ready
    # Without it: 324.000 paid covers February and 100.000 of March; March's (10 March) is
    # 36 days late: arrears 672.000 − 324.000 = 348.000, refused, the sentence says why.
    ws = lender_group(april_paid=False)
    late = lkm_readiness(ws, ws.groups[0], LENDER_ON)
    assert [(a.lender, a.amount, a.since) for a in late.lender_arrears] == [
        ("BMM", 348_000, dt.date(2026, 3, 10))
    ]
    assert late.grade_ok and late.rate_ok and late.par30_ok and not late.ready
    assert late.verdict("id") == (
        "Kelompok ini belum dapat dihubungkan dengan LKM: tunggakan Rp\u00a0348.000 kepada BMM "
        "sejak 10 Maret 2026, terlambat lebih dari 30 hari."
    )
    assert late.verdict("en") == (
        "This group may not be linked to an LKM yet: Rp\u00a0348,000 in arrears to BMM since "
        "10 March 2026, more than 30 days late."
    )
    assert late.rule("id").endswith(
        "dan tidak terlambat lebih dari 30 hari membayar angsuran kepada lembaga keuangan yang "
        "sudah meminjaminya."
    )
    assert late.rule("en").endswith(
        "and no instalment to a financial institution it already borrows from more than "
        "30 days late."
    )


def test_a_lender_paid_at_the_meeting_after_its_due_date_does_not_block_the_link() -> None:
    from pra.model import Workshop
    from pra.resources import example_path

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    # Graded B on 6 December 2003 with its own fund repaid well (95% on time, PAR30 0%).
    # The BMM loan's instalment of 274.000 due on 8 December 2003 is paid at the meeting of
    # 6 January: on 31 December it is 23 days late, within the 30 days of PAR30 and the
    # early warning, so the group may be linked (before issue 15 (4) it was refused).
    ready = lkm_readiness(ws, jaya, dt.date(2003, 12, 31))
    assert (ready.grade, ready.rate, ready.par30) == ("B", Decimal(95), Decimal(0))
    assert ready.lender_arrears == ()
    assert ready.ready


@pytest.mark.parametrize(
    ("rate", "par30", "id_text"),
    [
        # issue 15 (3): HALF_EVEN printed "90%" and "10%" against the rule's 90%/10%
        (Decimal("89.6"), Decimal("10.4"), "angsuran lancar baru 89,6%; PAR30 10,4%"),
        # 89,96 to one decimal half-even is 90,0: rounded down, 89,9; 10,01 up, 10,1
        (Decimal("89.96"), Decimal("10.01"), "angsuran lancar baru 89,9%; PAR30 10,1%"),
        # far from the threshold, a whole percent as before
        (Decimal("50"), Decimal("62.5"), "angsuran lancar baru 50%; PAR30 62%"),
        (Decimal("89.4"), Decimal("10.6"), "angsuran lancar baru 89%; PAR30 11%"),
    ],
)
def test_a_shortfall_never_reads_as_the_threshold(
    rate: Decimal, par30: Decimal, id_text: str
) -> None:
    figures = LkmReadiness("B", ("A", "B"), rate, par30)
    assert not figures.ready
    assert figures.shortfalls().text("id") == id_text


@given(
    rate=st.decimals(min_value=0, max_value=LKM_REPAYMENT, places=4),
    par30=st.decimals(min_value=LKM_PAR30, max_value=100, places=4),
)
@settings(deadline=None)
def test_the_figures_printed_for_a_shortfall_are_short_of_the_rule(
    rate: Decimal, par30: Decimal
) -> None:
    figures = LkmReadiness("B", ("A", "B"), rate, par30)
    shown = {n.key: n.params for n in figures.shortfalls().reasons}
    if not figures.rate_ok:
        assert shown["followup.lkm.reason_rate"]["rate"] < LKM_REPAYMENT
    if not figures.par30_ok:
        assert shown["followup.lkm.reason_par30"]["par30"] > LKM_PAR30

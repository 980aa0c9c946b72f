"""Worked examples: a group is linked to an LKM only with an eligible grade and a repayment
record (at least 90% repaid on time, PAR30 at most 10%)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pra.model.followup import CRITERIA, Assessment
from pra.plan.followup import lkm_readiness

from .followup_factory import START, meeting, workshop

ON = dt.date(2026, 5, 5)
# 9 of the 17 criteria: 53% → grade B (from 50%), one of the eligible grades A and B.
NINE = tuple((area, key) for area, keys in CRITERIA.items() for key in keys)[:9]


def _group(p2_pays: int) -> object:
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


def test_arrears_to_the_groups_lender_count_against_the_link() -> None:
    from pra.model import Workshop
    from pra.resources import example_path

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    # Graded B on 6 December 2003 with its own fund repaid well (95% on time, PAR30 0%),
    # but the BMM loan's first instalment, 274.000 due on 8 December 2003, is unpaid
    # on 31 December: the group is behind with the lender it already borrows from.
    ready = lkm_readiness(ws, jaya, dt.date(2003, 12, 31))
    assert (ready.grade, ready.rate, ready.par30) == ("B", Decimal(95), Decimal(0))
    assert ready.grade_ok and ready.rate_ok and ready.par30_ok
    assert [(a.lender, a.amount, a.since) for a in ready.lender_arrears] == [
        ("BMM", 274_000, dt.date(2003, 12, 8))
    ]
    assert not ready.ready
    assert ready.verdict("id") == (
        "Kelompok ini belum dapat dihubungkan dengan LKM: tunggakan Rp\u00a0274.000 kepada BMM "
        "sejak 8 Desember 2003."
    )
    assert ready.verdict("en") == (
        "This group may not be linked to an LKM yet: Rp\u00a0274,000 in arrears to BMM since "
        "8 December 2003."
    )
    # On 6 December, before that instalment fell due, nothing is owed to the BMM.
    assert lkm_readiness(ws, jaya, dt.date(2003, 12, 6)).ready

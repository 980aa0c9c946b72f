"""Worked examples from the source: Palembang and Yogyakarta's KUW "Tri Astha"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import combinations

from pra.model import BudgetLine, BusinessGroup, CapitalPlan, Deduction, Pledge
from pra.plan.capital import capital_summary
from pra.plan.fund import member_share, repayment_schedule, stated_mismatch
from pra.plan.rounding import rounding_note

from .factory import people

NBSP = "\u00a0"


def tri_astha(term: int = 10) -> CapitalPlan:
    """KUW "Tri Astha": 10 % reserve, 10 % shares, 1.5 % administration, Rp 5.000 dues, 1 % flat."""
    return CapitalPlan(
        stimulus_per_member=500_000,
        deductions=(
            Deduction(id="d-r", label="cadangan", kind="reserve", percent=Decimal(10)),
            Deduction(id="d-s", label="saham", kind="share", percent=Decimal(10)),
            Deduction(id="d-a", label="administrasi", kind="admin", percent=Decimal("1.5")),
        ),
        compulsory_dues=5_000,
        service_fee_percent=Decimal(1),
        loan_term_months=term,
    )


def test_tri_astha_member_share_with_arithmetic() -> None:
    share = member_share(tri_astha())
    assert [d.amount for d in share.deductions] == [50_000, 50_000, 7_500]
    assert share.deducted == 107_500
    assert share.received == 392_500
    assert share.formula("id").replace(NBSP, " ") == (
        "Bantuan Rp 500.000 − cadangan 10% Rp 50.000 − saham 10% Rp 50.000"
        " − administrasi 1,5% Rp 7.500 = Rp 392.500"
    )
    assert [line.text("id").replace(NBSP, " ") for line in share.lines] == [
        "Bantuan stimulan per anggota: Rp 500.000",
        "dikurangi cadangan 10% × Rp 500.000 = Rp 50.000",
        "dikurangi saham 10% × Rp 500.000 = Rp 50.000",
        "dikurangi administrasi 1,5% × Rp 500.000 = Rp 7.500",
        "Jumlah potongan: Rp 107.500",
        "Diterima setiap anggota: Rp 392.500",
    ]


def test_tri_astha_source_figure_does_not_follow_from_its_rules() -> None:
    """The source says "each member receives Rp 435.000"; the stated rules give Rp 392.500.

    Rp 435.000 is Rp 65.000 (13 %) less than Rp 500.000. No selection of the
    stated charges, each taken once — reserve Rp 50.000, shares Rp 50.000,
    administration Rp 7.500, one month's dues Rp 5.000, one month's service
    fee Rp 5.000 — adds up to Rp 65.000, so the tool prints what the rules give
    and says that the source differs.
    """
    share = member_share(tri_astha())
    charges = [50_000, 50_000, 7_500, 5_000, 5_000]
    sums = {sum(c) for n in range(len(charges) + 1) for c in combinations(charges, n)}
    assert 500_000 - 435_000 not in sums
    note = stated_mismatch(share, 435_000)
    assert note is not None
    assert note.text("id").replace(NBSP, " ") == (
        "Aturan yang tertulis memberi Rp 392.500 per anggota; sumber menyebut Rp 435.000"
        " (selisih Rp 42.500)."
    )
    assert stated_mismatch(share, 392_500) is None


def test_tri_astha_repayment_schedule() -> None:
    rep = repayment_schedule(tri_astha(), start=dt.date(2003, 1, 31))
    assert len(rep.rows) == 10
    first = rep.rows[0]
    assert (first.principal, first.service_fee, first.dues, first.total) == (
        50_000,
        5_000,
        5_000,
        60_000,
    )
    assert first.due_date == dt.date(2003, 2, 28)  # 31 January + 1 month stays in February
    assert rep.rows[-1].remaining == 0
    assert rep.total_principal == 500_000
    assert rep.total_service_fee == 50_000
    assert rep.total_dues == 50_000
    assert rep.total_paid == 600_000
    assert [line.text("en").replace(NBSP, " ") for line in rep.lines] == [
        "Principal instalment: Rp 500,000 ÷ 10 months = Rp 50,000 a month",
        "Service fee 1% flat × Rp 500,000 = Rp 5,000 a month",
        "Compulsory dues: Rp 5,000 a month",
        "Payment each month: Rp 60,000",
        "Total paid over 10 months: Rp 600,000",
    ]


def test_uneven_term_puts_the_remainder_in_the_last_instalment() -> None:
    rep = repayment_schedule(tri_astha(term=3))
    assert [r.principal for r in rep.rows] == [166_666, 166_666, 166_668]
    assert rep.total_principal == 500_000
    assert rep.rows[0].due_date is None
    assert any(line.key == "plan.fund.line_principal_last" for line in rep.lines)


def test_fixed_and_monthly_deductions() -> None:
    plan = CapitalPlan(
        stimulus_per_member=300_000,
        deductions=(
            Deduction(id="a", label="materai", amount=10_000),
            Deduction(id="b", label="tabungan", amount=2_000, frequency="monthly"),
        ),
        loan_term_months=2,
    )
    share = member_share(plan)
    assert share.received == 290_000
    assert [d.label for d in share.monthly] == ["tabungan"]
    rep = repayment_schedule(plan)
    assert [(r.principal, r.other, r.total) for r in rep.rows] == [
        (150_000, 2_000, 152_000),
        (150_000, 2_000, 152_000),
    ]


def test_deductions_larger_than_the_stimulus() -> None:
    plan = CapitalPlan(
        stimulus_per_member=10_000,
        deductions=(Deduction(id="a", label="biaya", amount=15_000),),
    )
    share = member_share(plan)
    assert share.received == 0
    assert [w.key for w in share.warnings] == ["plan.fund.deductions_exceed"]


def test_no_stimulus_at_all() -> None:
    share = member_share(CapitalPlan())
    assert (share.received, share.deductions) == (0, ())
    rep = repayment_schedule(CapitalPlan())
    assert rep.total_paid == 0 and len(rep.rows) == 10


def test_palembang_ten_million_for_two_groups() -> None:
    """Rp 10.000.000 for two groups, Rp 500.000 signed for by each member: 2 × 10 members."""
    ps = people(20, rts=("10", "13"))
    plan = CapitalPlan(stimulus_per_member=500_000)
    groups = [
        BusinessGroup(
            id=f"g{i}",
            name=name,
            member_ids=tuple(p.id for p in ps[i * 10 : (i + 1) * 10]),
            capital=plan,
        )
        for i, name in enumerate(["Kelompok Sedap Malam", "Kelompok Jaya Bersama"])
    ]
    summaries = [capital_summary(g) for g in groups]
    assert [s.stimulus_gross for s in summaries] == [5_000_000, 5_000_000]
    assert sum(s.stimulus_gross for s in summaries) == 10_000_000
    assert member_share(plan).received == 500_000
    assert summaries[0].lines[0].text("id").replace(NBSP, " ") == (
        "Bantuan stimulan diterima: 10 anggota × Rp 500.000 = Rp 5.000.000"
    )


def test_capital_summary_against_budget() -> None:
    ps = people(5)
    group = BusinessGroup(
        id="g",
        name="Penjahit",
        member_ids=tuple(p.id for p in ps),
        pledges=(
            Pledge(id="a", participant_id="p00", kind="money", value=100_000, kept=True),
            Pledge(id="b", participant_id="p01", kind="tool", value=750_000),
            Pledge(id="c", participant_id="p02", kind="labour", value=200_000),
            Pledge(id="d", participant_id="p03", kind="labour"),
        ),
        capital=tri_astha().model_copy(
            update={
                "budget": (
                    BudgetLine(id="x", item="Mesin jahit", quantity=2, unit_price=1_200_000),
                    BudgetLine(id="y", item="Kain", quantity=10, unit_price=50_000, source="own"),
                )
            }
        ),
    )
    s = capital_summary(group)
    assert (s.stimulus_gross, s.stimulus_net) == (2_500_000, 1_962_500)
    assert (s.own_money, s.own_goods, s.own_labour, s.own_total) == (
        100_000,
        750_000,
        200_000,
        1_050_000,
    )
    assert (s.unvalued_pledges, s.kept_value) == (1, 100_000)
    assert s.budget_total == 2_900_000
    assert s.budget_by_source() == {"stimulus": 2_400_000, "own": 500_000, "other": 0}
    assert s.difference == 3_012_500 - 2_900_000
    assert s.lines[-1].text("id").replace(NBSP, " ") == "Kelebihan modal: Rp 112.500"
    assert any(line.key == "plan.capital.line_unvalued" for line in s.lines)


def test_capital_shortfall_and_first_round() -> None:
    group = BusinessGroup(
        id="g",
        name="Kue",
        member_ids=("a", "b", "c"),
        capital=CapitalPlan(
            stimulus_per_member=500_000,
            first_round_ids=("a",),
            budget=(BudgetLine(id="x", item="Oven", unit_price=800_000),),
        ),
    )
    s = capital_summary(group)
    assert s.borrowers == 1
    assert s.difference == -300_000
    assert s.lines[-1].key == "plan.capital.line_shortfall"


def test_group_of_one_and_empty_group() -> None:
    one = capital_summary(BusinessGroup(id="g", name="G", member_ids=("a",), capital=tri_astha()))
    assert one.stimulus_net == 392_500
    empty = capital_summary(BusinessGroup(id="g", name="G"))
    assert (empty.stimulus_gross, empty.budget_total, empty.difference) == (0, 0, 0)
    assert empty.lines[-1].key == "plan.capital.line_balanced"


def test_rounding_rule_is_stated() -> None:
    assert "setengah ke atas" in rounding_note().text("id")

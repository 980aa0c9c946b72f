"""Instalments paid from the cash set aside for costs paid ahead (#13, review10p finding 3).

Jaya Bersama's opening cash Rp 895.000 is Rp 845.000 of budget lines set aside for cloth,
thread (materials, Rp 695.000) and three months' rent (Rp 150.000), plus Rp 50.000 free. A
month whose closing cash stays positive but below what is still set aside has paid its
instalments from that money: the check says so, as it says a month of negative cash."""

from __future__ import annotations

from pra.model import Workshop
from pra.plan.business import analysis_start, business_plan, workshop_warnings

from .test_examples import load


def _jaya_bersama_mondays() -> Workshop:
    """Jaya Bersama repaying "mingguan Senin" (the reviewer's variant)."""
    ws = load("palembang")
    group = ws.groups[1]
    capital = group.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 1})
    group = group.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": (ws.groups[0], group, *ws.groups[2:])})


def test_the_weekly_september_instalments_eat_the_cloth_and_rent_money() -> None:
    ws = _jaya_bersama_mondays()
    group = ws.groups[1]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    sep, oct_ = plan.months[0], plan.months[1]
    # Sep 2003: 895.000 + sales 197.500 − product costs 108.500 − fixed 140.000 − members
    # 510.000 (4 Mondays × 11.500 × 10 + 10 × 5.000 dues) = 334.000
    assert (sep.opening, sep.closing) == (895_000, 334_000)
    # still set aside: materials 695.000 − 108.500 = 586.500, rent 150.000 − 50.000 (the fixed
    # cost "Sewa tempat"; electricity and the cloth trip are not paid ahead) = 100.000
    assert plan.reserve[:2] == (686_500, 50_000)
    # Oct: the materials are used up (2.060.000 of product costs), rent 100.000 − 50.000; the
    # BMM loan's first Monday is 6 Oct, the first on or after its month of grace (s11-undated),
    # so October pays it 4 × 68.500 = 274.000 (1.468.500 with 3 Mondays − 68.500)
    assert oct_.lender == 274_000
    assert oct_.closing == 1_400_000
    said = [w.text("id") for w in plan.warnings]
    assert said == [
        "Pada September 2003 kas kelompok kurang Rp\u00a0352.500 untuk angsuran dan iuran tanpa"
        " memakai uang yang disisihkan untuk bahan dan biaya yang dibayar di muka: kas akhir"
        " Rp\u00a0334.000 lebih kecil dari Rp\u00a0686.500 yang masih disisihkan, dan uang itu"
        " tidak bisa membayar bahan dan biaya itu sekaligus angsuran. Yang kurang:"
        " Rp\u00a0352.500 untuk angsuran dan iuran bulan itu (Rp\u00a0510.000)."
    ]


def test_pra_check_names_the_group_that_pays_from_its_reserve() -> None:
    ws = _jaya_bersama_mondays()
    found = [(g, n.text("id")) for g, n in workshop_warnings(ws)]
    assert (
        ws.groups[1].id,
        "Analisis usaha Kelompok Jaya Bersama: pada September 2003 kas kelompok kurang"
        " Rp\u00a0352.500 untuk angsuran dan iuran tanpa memakai uang yang disisihkan untuk bahan"
        " dan biaya yang dibayar di muka: kas akhir Rp\u00a0334.000 lebih kecil dari"
        " Rp\u00a0686.500 yang masih disisihkan, dan uang itu tidak bisa membayar bahan dan biaya"
        " itu sekaligus angsuran. Yang kurang: Rp\u00a0352.500 untuk angsuran dan iuran bulan itu"
        " (Rp\u00a0510.000).",
    ) in found


def test_the_monthly_plan_keeps_its_reserve() -> None:
    # repaying on the 6th from 6 Oct (dues with it), Jaya Bersama's September pays nothing:
    # 895.000 + 197.500 − 108.500 − 140.000 = 844.000 ≥ 686.500 set aside
    ws = load("palembang")
    group = ws.groups[1]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    assert (plan.months[0].closing, plan.reserve[0]) == (844_000, 686_500)
    assert not [g for g, _ in workshop_warnings(ws) if g == group.id]


def test_the_fixed_costs_paid_ahead_are_those_the_reserve_pays() -> None:
    """One rule for the fixed costs a line paid ahead pays (review rev13-code F-b): charged
    from the hand-over (prepaid_fixed_costs) and spending the reserve (reserve_left) alike.
    Jaya Bersama pays "Sewa tempat" ahead: the fixed cost of that word, 50.000. Named
    "Kontrak tempat" in the analysis, no fixed cost has the line's word: the money set aside
    pays all of them (50.000 + 40.000 + 50.000), and they are charged from the hand-over too
    (before, none was charged ahead while all of them spent the reserve)."""
    from pra.plan.reserve import prepaid_fixed_costs

    ws = load("palembang")
    sedap, jaya = ws.groups[0], ws.groups[1]
    assert prepaid_fixed_costs(sedap) == 0  # no line pays a fixed cost ahead
    assert prepaid_fixed_costs(jaya) == 50_000
    costs = tuple(
        c.model_copy(update={"label": "Kontrak tempat"}) if c.label == "Sewa tempat" else c
        for c in jaya.analysis.fixed_costs
    )
    renamed = jaya.model_copy(
        update={"analysis": jaya.analysis.model_copy(update={"fixed_costs": costs})}
    )
    assert prepaid_fixed_costs(renamed) == 140_000

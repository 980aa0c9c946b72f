"""Repayment capacity business by business for a group of members' own businesses (#13).

KUW "Tri Astha" (Yogyakarta) lends to members who each run a household business; the
pooled sentence "laba sebulan Rp 1.595.000 ÷ 10 anggota" let the repair shop pay for the
chickens. Worked by hand below; every figure of an ordinary month comes from the example's
products (tools/pra_examples/yogyakarta_analysis.py)."""

from __future__ import annotations

from pra.model import BusinessGroup, Workshop
from pra.plan.business import analysis_start, business_plan
from pra.plan.capacity_brief import makers_brief
from pra.plan.cash_summary import capacity_verdict
from pra.plan.makers import fixed_shares, makers, makers_intro
from pra.resources import example_path


def _example(name: str) -> Workshop:
    return Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))


def _names(ws: Workshop) -> dict[str, str]:
    return {p.id: p.name for p in ws.participants}


def _id(ws: Workshop, name: str) -> str:
    return next(p.id for p in ws.participants if p.name == name)


def _plan(ws: Workshop, group: BusinessGroup):  # type: ignore[no-untyped-def]
    return business_plan(group, analysis_start(group, ws.info.date))


def test_tri_astha_each_business_carries_the_instalments_of_those_who_run_it() -> None:
    ws = _example("yogyakarta")
    group = ws.groups[0]
    plan = _plan(ws, group)
    found = makers(group, plan)
    assert found is not None
    # ordinary month, gross profit = units × (price − unit cost):
    #   sepatu    20 × (45.000 − 31.500) = 270.000   sales   900.000
    #   kelontong 150 × (10.000 − 8.500) = 225.000   sales 1.500.000
    #   servis    40 × (25.000 − 8.000)  = 680.000   sales 1.000.000
    #   jahit     60 × (6.000 − 500)     = 330.000   sales   360.000
    #   ayam      15 × (25.000 − 14.000) = 165.000   sales   375.000
    # sales 4.135.000; fixed costs 60.000 + 15.000 = 75.000 shared by sales:
    #   sepatu    75.000 × 900.000 ÷ 4.135.000   = 16.324,06 → 16.324
    #   kelontong 75.000 × 1.500.000 ÷ 4.135.000 = 27.206,77 → 27.206 + 1 = 27.207
    #   servis    75.000 × 1.000.000 ÷ 4.135.000 = 18.137,85 → 18.137 + 1 = 18.138
    #   jahit     75.000 × 360.000 ÷ 4.135.000   =  6.529,63 →  6.529
    #   ayam      75.000 × 375.000 ÷ 4.135.000   =  6.801,69 →  6.801 + 1 = 6.802
    # rounded down they make 74.997; the 3 rupiah left go to the largest remainders
    # (,85 ,77 ,69): 16.324 + 27.207 + 18.138 + 6.529 + 6.802 = 75.000
    assert [b.fixed_share for b in found.businesses] == [16_324, 27_207, 18_138, 6_529, 6_802]
    # profit − share, ÷ the members who run it (rounded down):
    #   sepatu    253.676 ÷ 2 = 126.838     kelontong 197.793 ÷ 3 = 65.931 (,0 dropped)
    #   servis    661.862 ÷ 2 = 330.931     jahit     323.471 ÷ 2 = 161.735
    #   ayam      158.198 ÷ 1 = 158.198
    assert [(b.profit, len(b.member_ids), b.per_member) for b in found.businesses] == [
        (253_676, 2, 126_838),
        (197_793, 3, 65_931),
        (661_862, 2, 330_931),
        (323_471, 2, 161_735),
        (158_198, 1, 158_198),
    ]
    # one borrower pays 500.000 ÷ 10 + 1 % × 500.000 + dues 5.000 = 60.000 a month
    assert found.payment == 60_000
    assert (found.carrying, found.weakest.product_id, found.weakest.left) == (
        5,
        "pr-ta-kelontong",
        65_931 - 60_000,
    )
    assert found.unrun == ()
    said = [n.text("id") for n in capacity_verdict(group, plan, _names(ws))]
    assert said[0] == (
        "Kemampuan mengangsur per usaha anggota: 5 dari 5 usaha dapat membayar angsuran "
        "Rp\u00a060.000 sebulan setiap peminjam yang menjalankannya; yang terlemah Belanja di "
        "warung kelontong (rata-rata Rp 10.000) (Sutrisno, Tukiyem, Ngatini), laba "
        "Rp\u00a065.931 per orang sebulan: cukup, sisa Rp\u00a05.931."
    )
    # the pooled sentence is gone from the verdict: no "÷ 10 anggota"
    assert not any("÷ 10 anggota" in s for s in said)
    intro = makers_intro(found).text("id")
    assert "dibagi menurut penjualan" in intro and "Ayam kampung Rp\u00a06.802" in intro


def test_a_business_that_cannot_carry_it_and_a_member_who_runs_none_are_said() -> None:
    ws = _example("yogyakarta")
    group = ws.groups[0]
    budi = _id(ws, "Budi Santoso")
    products = tuple(
        p.model_copy(update={"units_per_month": 5})
        if p.id == "pr-ta-ayam"
        else p.model_copy(update={"member_ids": tuple(m for m in p.member_ids if m != budi)})
        for p in group.analysis.products
    )
    group = group.model_copy(
        update={"analysis": group.analysis.model_copy(update={"products": products})}
    )
    plan = _plan(ws, group)
    found = makers(group, plan)
    assert found is not None
    # ayam now sells 5 a month: gross 5 × 11.000 = 55.000, sales 125.000; all sales 3.885.000
    #   sepatu    75.000 × 900.000 ÷ 3.885.000   = 17.374,52 → 17.374
    #   kelontong 75.000 × 1.500.000 ÷ 3.885.000 = 28.957,53 → 28.957 + 1 = 28.958
    #   servis    75.000 × 1.000.000 ÷ 3.885.000 = 19.305,02 → 19.305
    #   jahit     75.000 × 360.000 ÷ 3.885.000   =  6.949,81 →  6.949 + 1 = 6.950
    #   ayam      75.000 × 125.000 ÷ 3.885.000   =  2.413,13 →  2.413
    # (74.998 rounded down; 2 rupiah to the remainders ,81 and ,53)
    assert [b.fixed_share for b in found.businesses] == [17_374, 28_958, 19_305, 6_950, 2_413]
    ayam = found.businesses[-1]
    # 55.000 − 2.413 = 52.587 for Sumardi alone, against 60.000: short 7.413
    assert (ayam.per_member, ayam.left) == (52_587, -7_413)
    # servis by Suparman alone: 680.000 − 19.305 = 660.695
    assert found.businesses[2].per_member == 660_695
    assert (found.carrying, found.weakest.product_id) == (4, "pr-ta-ayam")
    assert found.unrun == (budi,)
    said = [n.text("id") for n in capacity_verdict(group, plan, _names(ws))]
    assert said[0].startswith("Kemampuan mengangsur per usaha anggota: 4 dari 5 usaha")
    assert (
        "yang terlemah Ayam kampung (Sumardi), laba Rp\u00a052.587 per orang sebulan: " in (said[0])
    )
    assert "kurang Rp\u00a07.413." in said[0]
    assert (
        " Budi Santoso tidak menjalankan usaha yang ada di rencana ini: angsurannya "
        "Rp\u00a060.000 sebulan tidak ditanggung laba usaha mana pun dalam rencana."
    ) in said[0]
    assert said[1] == (
        "Ayam kampung (Sumardi): laba Rp\u00a052.587 per orang sebulan, angsuran Rp\u00a060.000: "
        "kurang Rp\u00a07.413; angsuran anggota ini tidak terbayar dari laba usahanya."
    )
    brief = makers_brief(plan, found, _names(ws), "Titik impas").text("en")
    assert brief.startswith("Repayment capacity business by business: 4 of 5 businesses")
    assert '(worked out under "Titik impas")' in brief and "Budi Santoso run no" in brief
    # `pra check` and the review say both (rev17-lender 5: they said "baik")
    from pra.plan.business import workshop_warnings

    groups = tuple(group if g.id == group.id else g for g in ws.groups)
    warned = [n.text("id") for _, n in workshop_warnings(ws.model_copy(update={"groups": groups}))]
    assert warned == [
        f'Analisis usaha KUW "Tri Astha": {said[1]}',
        'Analisis usaha KUW "Tri Astha": Budi Santoso tidak menjalankan usaha yang ada di rencana'
        " ini: angsurannya Rp\u00a060.000 sebulan tidak ditanggung laba usaha mana pun dalam"
        " rencana.",
    ]


def test_fixed_costs_are_shared_to_the_rupiah() -> None:
    # 100 by 1:1:1 → 33,33 each, the one rupiah left to the first of equal remainders
    assert fixed_shares((10, 10, 10), 100) == (34, 33, 33)
    # nothing sold: equal parts
    assert fixed_shares((0, 0), 75_001) == (37_501, 37_500)
    assert sum(fixed_shares((900_000, 1_500_000, 7), 75_000)) == 75_000
    assert fixed_shares((), 5_000) == ()


def test_shared_businesses_keep_the_pooled_sentence() -> None:
    """Palembang and Surabaya name nobody: their plans say what they said before."""
    for city in ("palembang", "surabaya"):
        ws = _example(city)
        for group in ws.groups:
            plan = _plan(ws, group)
            assert makers(group, plan) is None
            verdict = capacity_verdict(group, plan, _names(ws))
            assert verdict == capacity_verdict(group, plan)
            assert verdict[0].key.startswith("plan.business.capacity")

"""The break-even with the instalments and dues (rev13b-lender 5 / rev13-lender 10): the plan
said "Titik impas sebulan: 4 stel … 3 potong … 9 potong" for Jaya Bersama, which covers its
Rp 140.000 fixed costs only, while its business pays the members' instalments, the dues and
BMM's instalments from its cash."""

from __future__ import annotations

import datetime as dt

from pra.plan.business import analysis_start, break_even, business_plan
from pra.plan.debt_break_even import debt_break_even_line

from .test_examples import load

NB = "\u00a0"


def test_jaya_bersama_says_the_break_even_leaves_out_the_instalments_and_gives_it_with_them() -> (
    None
):
    ws = load("palembang")
    group = ws.groups[1]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    # An ordinary month: Seragam 30 × (price − cost 11.000) + Jahit 25 × 21.000 + Permak
    # 80 × 5.000 = 330.000 + 525.000 + 400.000 = 1.255.000 margin; fixed costs 140.000
    assert (plan.ordinary.margin, plan.ordinary.fixed_costs) == (1_255_000, 140_000)
    # without debt: 30 × 140.000 / 1.255.000 = 3,3 → 4; 25 × … = 2,8 → 3; 80 × … = 8,9 → 9
    assert break_even(group.analysis).per_product[0][1] == 4
    # the heaviest month of the cash flow: December 2003, members 470.000 + dues 50.000 + BMM
    # 5 Mondays × 68.500 = 342.500 → 862.500 (March, May, August 2004 equal it: the earliest)
    heaviest = max((m for m in plan.months if m.repayments), key=lambda m: m.repayments)
    assert heaviest.period.start == dt.date(2003, 12, 1)
    assert (heaviest.instalments, heaviest.dues, heaviest.lender) == (470_000, 50_000, 342_500)
    # with it: (140.000 + 862.500) = 1.002.500; 30 × 1.002.500 / 1.255.000 = 23,96 → 24;
    # 25 × … = 19,97 → 20; 80 × … = 63,9 → 64
    assert [n for _, n in break_even(group.analysis, 862_500).per_product] == [24, 20, 64]
    said = [n.text("id").replace(NB, " ") for n in plan.lines]
    at = said.index(
        "Titik impas sebulan (perbandingan produk seperti bulan biasa): 4 stel Seragam sekolah,"
        " 3 potong Jahit baju pesanan (kain dari pemesan), 9 potong Permak dan vermak"
    )
    assert said[at + 1] == (
        "Titik impas itu hanya menutup biaya tetap Rp 140.000 sebulan, tanpa angsuran dan iuran."
        " Termasuk angsuran dan iuran bulan terberat di tabel arus kas (Desember 2003:"
        " Rp 862.500), titik impas sebulan: 24 stel Seragam sekolah, 20 potong Jahit baju"
        " pesanan (kain dari pemesan), 64 potong Permak dan vermak"
    )
    # the capacity verdict stays the last line (page 1 and the screen read it there)
    assert plan.lines[-1].key.startswith("plan.business.capacity")


def test_a_cash_flow_with_nothing_due_says_no_second_break_even() -> None:
    ws = load("palembang")
    group = ws.groups[1]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    # September 2003, before any instalment or dues: nothing to add to the fixed costs
    assert plan.months[0].repayments == 0
    assert debt_break_even_line(group.analysis, plan.months[:1]) is None
    assert debt_break_even_line(group.analysis, ()) is None

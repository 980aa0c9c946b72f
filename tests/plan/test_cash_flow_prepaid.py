"""A lender's reading of the cash flow (#13): budget lines that pay running costs ahead are
not charged a second time, and each lender's instalments can be followed on their own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pra.model import BudgetLine, BusinessGroup, PraStep, Workshop
from pra.model.funding import LenderLoan
from pra.plan.business import business_plan
from pra.plan.checks import input_checks
from pra.plan.ledger import funding_ledger

from .test_business import kue_group
from .test_examples import load

JAN_2004 = dt.date(2004, 1, 1)


def _with_budget(group: BusinessGroup, *lines: BudgetLine) -> BusinessGroup:
    capital = group.capital.model_copy(update={"budget": lines})
    return group.model_copy(update={"capital": capital})


OVEN = BudgetLine(id="bl-oven", item="Oven", unit_price=1_500_000, source_id="gr-dinsos")


def test_materials_bought_through_the_budget_are_opening_cash_for_the_product_costs() -> None:
    # the kue group's own capital (5 × 200.000 simpanan pokok = 1.000.000 cash) buys the first
    # ingredients, 700.000. Spent at the start, the cash flow would open at 1.000.000 − 700.000
    # = 300.000 and then charge the full product costs every month: the ingredients twice.
    bahan = BudgetLine(
        id="bl-bahan", item="Bahan awal", unit_price=700_000, source_id="own", prepaid="materials"
    )
    group = _with_budget(kue_group(), OVEN, bahan)
    plan = business_plan(group, JAN_2004)
    # the grant's 1.500.000 for assets − the oven 1.500.000, the own cash 1.000.000 − 700.000,
    # + the 700.000 of ingredients set aside = 1.000.000
    assert (plan.capital, plan.start_up, plan.prepaid, plan.opening) == (
        2_500_000,
        2_200_000,
        700_000,
        1_000_000,
    )
    assert plan.lines[1].text("id") == (
        "Kas awal menurut sumber dana: Bantuan stimulan Dinas Sosial untuk aset "
        "Rp\u00a01.500.000 − RAB Rp\u00a01.500.000, modal sendiri tunai Rp\u00a01.000.000 − RAB "
        "Rp\u00a0700.000 + RAB untuk bahan dan biaya bulanan yang dibayar di muka "
        "Rp\u00a0700.000 (tetap di kas, disisihkan untuk biaya itu) = Rp\u00a01.000.000; dana "
        "bergulir Rp\u00a02.500.000 dipinjamkan ke anggota, bukan kas usaha."
    )
    # Jan: the product costs are charged in full, 200 × 1.800 + 300 × 1.300 = 750.000, out of
    # the cash that holds the ingredients: 1.000.000 + 1.200.000 − 750.000 − 240.000 = 1.210.000
    assert (plan.months[0].cost_of_sales, plan.months[0].closing) == (750_000, 1_210_000)
    # every later month closes 700.000 higher than with the ingredients spent at the start
    # (test_business: Dec 2004 closes at 2.885.000)
    assert plan.months[11].closing == 2_885_000 + 700_000
    # the ledger says the same: the own capital's 1.000.000 is 700.000 of ingredients set
    # aside in the business cash and 300.000 left over, both the cash flow's opening cash
    own = funding_ledger(group).sources[1]
    assert [(u.key, u.amount) for u in own.uses] == [("prepaid", 700_000), ("till", 300_000)]


def test_rent_paid_ahead_by_a_later_loan_comes_in_with_the_loan() -> None:
    # a BMM loan of 1.200.000 handed over 10 Mar 2004 (month 2) pays 3 months' rent ahead,
    # 3 × 150.000 = 450.000, which the fixed costs (Sewa kios 150.000) charge every month
    bmm = LenderLoan(
        id="ln-bmm",
        lender="BMM",
        principal=1_200_000,
        term_months=12,
        rate_percent=Decimal("1.5"),
        disbursed_on=dt.date(2004, 3, 10),
    )
    rent = BudgetLine(
        id="bl-sewa",
        item="Sewa kios",
        quantity=3,
        unit="bulan",
        unit_price=150_000,
        source_id="ln-bmm",
        prepaid="fixed_costs",
    )
    group = kue_group()
    capital = group.capital.model_copy(
        update={"sources": (*group.capital.sources, bmm), "budget": (*group.capital.budget, rent)}
    )
    plan = business_plan(group.model_copy(update={"capital": capital}), JAN_2004)
    # Mar: 1.200.000 − RAB 450.000 + the rent set aside 450.000 = 1.200.000 comes in
    assert [m.funding for m in plan.months[:4]] == [0, 0, 1_200_000, 0]
    assert "− RAB Rp\u00a0450.000 + RAB untuk bahan dan biaya bulanan" in plan.lines[1].text("id")


def test_each_lender_has_its_own_column_apart_from_the_members() -> None:
    # Jaya Bersama, Oct 2003: the ten members pay their fund 10 × (instalment 47.000 + fee
    # 5.000) = 520.000 (due on the 6th), dues 5.000 each only once the fund is repaid; BMM gets
    # 4 Mondays (6, 13, 20, 27 Oct: the first on or after the grace's end, 1 Oct) × 68.500
    # = 274.000 — until #13 one figure, 794.000
    ws = load("palembang")
    jaya = ws.groups[1]
    plan = business_plan(jaya, jaya.calendar.start)
    october = plan.months[1]
    assert october.period.label("id") == "Okt 2003"
    assert (october.members_and_dues, october.lenders, october.lender) == (
        520_000,
        (274_000,),
        274_000,
    )
    assert october.repayments == 794_000
    # Dec 2003 has five Mondays (1, 8, 15, 22, 29): 5 × 68.500 = 342.500 to BMM
    assert plan.months[3].lenders == (342_500,)
    # BMM's column adds up to what goes back to BMM: 51 × 68.500 + 46.500 = 3.540.000
    assert sum(m.lenders[0] for m in plan.months) == 3_540_000


def test_the_examples_set_aside_the_materials_and_rent_their_budgets_buy() -> None:
    ws = load("palembang")
    sedap, jaya = ws.groups
    # Sedap Malam: ingredients 175.000 + 135.000 + 160.000 + 250.000, packaging 150.000 and the
    # working capital for months 2 and 3, 2 × 580.000: 2.030.000 on top of the 100.000 cash
    plan = business_plan(sedap, sedap.calendar.start)
    assert (plan.prepaid, plan.opening) == (2_030_000, 2_130_000)
    # Jaya Bersama: cloth 60 × 8.250 = 495.000, thread 200.000, rent 3 × 50.000: 845.000 on
    # top of 150.000 − 100.000 = 50.000 (the cutting table is paid in cash: no goods given
    # are a cutting table); the rent goes on as a fixed cost after those months
    plan = business_plan(jaya, jaya.calendar.start)
    assert (plan.prepaid, plan.opening) == (845_000, 895_000)
    sewa = jaya.analysis.fixed_costs[0]
    assert (sewa.label, sewa.amount) == ("Sewa tempat", 50_000)
    assert plan.months[0].fixed_costs == 50_000 + 40_000 + 50_000


def _rent_not_a_fixed_cost() -> Workshop:
    """Palembang as printed until #13: Jaya Bersama's budget pays 3 months' rent, and its
    analysis has no rent among the fixed costs."""
    ws = load("palembang")
    jaya = ws.groups[1]
    costs = tuple(c for c in jaya.analysis.fixed_costs if c.label != "Sewa tempat")
    jaya = jaya.model_copy(
        update={"analysis": jaya.analysis.model_copy(update={"fixed_costs": costs})}
    )
    return ws.model_copy(update={"groups": (ws.groups[0], jaya)})


def test_rent_paid_for_some_months_and_not_a_fixed_cost_is_to_look_at_again() -> None:
    found = [c for c in input_checks(_rent_not_a_fixed_cost()) if c.group_id == "g-jaya-bersama"]
    # RAB row 6, "Sewa tempat", 3 bulan; the cash flow runs Sep 2003 – Sep 2004 (BMM's last
    # Monday, 27 Sep 2004, and the members' last instalment): 13 months; the fixed costs are "Listrik mesin jahit" and "Ongkos
    # belanja kain ke Pasar 16 Ilir", neither begins with "Sewa"
    assert [(c.step, c.notice.text("id")) for c in found] == [
        (
            PraStep.ANALYSIS,
            'Baris RAB 6 Kelompok Jaya Bersama, "Sewa tempat", dibayar untuk 3 bulan saja '
            '(langkah "Modal dan dana bergulir"), padahal arus kas berjalan 13 bulan, dan tidak '
            "ada biaya tetap yang namanya diawali kata yang sama: tambahkan biaya itu sebagai "
            'biaya tetap bulanan di langkah "Analisis usaha" supaya bulan-bulan sesudahnya juga '
            "membayarnya. Bila baris itu bahan atau modal kerja, biayanya sudah ada dalam biaya "
            "produk.",
        )
    ]
    # the example as shipped carries the rent on ("Sewa tempat" Rp 50.000 a month), and Sedap
    # Malam's "Modal kerja bahan kue bulan ke-2 dan ke-3" (2 bulan) is marked as materials
    assert input_checks(load("palembang")) == []


def test_working_capital_for_some_months_not_marked_as_materials_is_named_too() -> None:
    ws = load("palembang")
    sedap = ws.groups[0]
    budget = tuple(b.model_copy(update={"prepaid": None}) for b in sedap.capital.budget)
    capital = sedap.capital.model_copy(update={"budget": budget})
    sedap = sedap.model_copy(update={"capital": capital})
    found = input_checks(ws.model_copy(update={"groups": (sedap, ws.groups[1])}))
    # row 11, 2 bulan; Sedap's cash flow runs Sep 2003 – Jan 2005, the fund's last instalment
    assert [c.notice.params["item"] for c in found] == ["Modal kerja bahan kue bulan ke-2 dan ke-3"]
    assert [(c.notice.params["row"], c.notice.params["cash_flow_months"]) for c in found] == [
        (11, 17)
    ]

"""A lender's loan the plan spends before it is handed over (#13, rev13-lender finding 1):
the ledger's check names the loan, its date, the lines and the step or the selling day, so
``pra check`` counts it as a problem and page 1 prints it."""

from __future__ import annotations

import datetime as dt

from pra.model import BusinessGroup, Workshop
from pra.plan.checks import plan_checks
from pra.plan.early_spending import spent_before_handover
from pra.resources import example_path


def jaya_bersama(handed: dt.date) -> BusinessGroup:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    sources = tuple(
        s.model_copy(update={"disbursed_on": handed}) if s.kind == "loan" else s
        for s in group.capital.sources
    )
    return group.model_copy(
        update={"capital": group.capital.model_copy(update={"sources": sources})}
    )


def test_a_loan_handed_over_after_the_steps_and_selling_that_need_it_is_a_problem() -> None:
    # By hand (palembang.json, Jaya Bersama, calendar in weeks from Monday 1 Sep 2003):
    # "Mencari tempat usaha" Rp 150.000 weeks 1-2, "Mencari modal" week 1, then "Membeli
    # mesin jahit dan obras" Rp 1.950.000 in week 2 (8-14 Sep): 150.000 + 1.950.000 =
    # Rp 2.100.000 spent, while the group's other money is its members' pledged cash paid in,
    # Rp 150.000 (the grant is all lent to members: assets Rp 0). Selling starts with the step
    # "Menerima pesanan …" on 29 September. The BMM loan, handed over on 3 November, pays all
    # seven lines of the budget it names: Rp 3.000.000. On the printed steps table "Mencari
    # tempat usaha" is step 2 and "Membeli mesin jahit dan obras" step 4: the sentence says
    # the running total with each step's own cost (rev13b-lender finding 2: "biaya langkah
    # Rp 2.100.000" read as the cost of step 4, which is Rp 1.950.000), and counts the other
    # six budget lines instead of "(Mesin jahit, …)".
    [said] = spent_before_handover(jaya_bersama(dt.date(2003, 11, 3)))
    text = said.text("id").replace("\u00a0", " ")
    assert text == (
        "Pinjaman BMM baru diserahkan 3 November 2003, tetapi rencana sudah memakai"
        " Rp 3.000.000 darinya (Mesin jahit dan 6 baris RAB lain): langkah 4"
        ' "Membeli mesin jahit dan obras" mulai 8 September 2003, dan biaya langkah sampai'
        " dengan langkah itu seluruhnya Rp 2.100.000 (langkah 2 Rp 150.000, langkah 4"
        " Rp 1.950.000), padahal uang lain hanya Rp 150.000;"
        ' penjualan mulai 29 September 2003 (langkah "Menerima pesanan seragam dan baju'
        ' Lebaran"). Majukan penyerahannya, mundurkan langkahnya, atau bayar dari sumber lain.'
    )
    assert (
        'step 4 "Membeli mesin jahit dan obras" starts on 8 September 2003, and the steps up to'
        " it cost Rp 2,100,000 in all (step 2 Rp 150,000, step 4 Rp 1,950,000), while the other"
        " money is only Rp 150,000"
    ) in said.text("en").replace("\u00a0", " ")
    assert "(Mesin jahit and 6 other budget lines)" in said.text("en")
    # a problem of the plan (pra check: exit 1; page 1 in bold), not a reminder
    assert said in plan_checks(jaya_bersama(dt.date(2003, 11, 3)))


def test_selling_alone_before_the_hand_over_is_said() -> None:
    # handed over on 15 September: the steps until then (Rp 2.100.000 by 14 September) still
    # spend it, and so does selling from 29 September
    [said] = spent_before_handover(jaya_bersama(dt.date(2003, 9, 15)))
    assert "Membeli mesin jahit" in said.text("id")
    # handed over on 8 September, the step buying the machines begins that day: only the
    # first step (Rp 150.000 = the members' cash) is before it, and selling is after
    assert spent_before_handover(jaya_bersama(dt.date(2003, 9, 8))) == ()


def test_the_shipped_plan_handed_over_on_its_first_day_is_not_said() -> None:
    assert spent_before_handover(jaya_bersama(dt.date(2003, 9, 1))) == ()

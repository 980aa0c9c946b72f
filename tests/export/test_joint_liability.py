"""The tanggung renteng sentence says what the lender's schedule does: the group repays from the
business's cash, and, when jointly liable, the members make up a shortfall together (issue 13,
item 12: it said the members answer for each other's instalments, as if each repaid her own,
while the BMM schedule is paid from the business's cash)."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop
from pra.model import Workshop
from pra.plan.business import analysis_start, business_plan
from pra.plan.lender import group_lender_schedule

from .factory import example
from .test_docx import text_of

NB = "\u00a0"


def _jaya(joint: bool = True) -> Workshop:
    ws = example("palembang")
    jaya = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    [loan] = jaya.capital.loans
    loan = loan.model_copy(update={"joint_liability": joint})
    capital = jaya.capital.model_copy(update={"sources": (*jaya.capital.grants, loan)})
    jaya = jaya.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": (jaya,)})


def test_the_bmm_schedule_is_paid_from_the_business_cash_and_the_sentence_says_so(
    tmp_path: Path,
) -> None:
    ws = _jaya()
    jaya = ws.groups[0]
    [loan] = jaya.capital.loans
    schedule = group_lender_schedule(jaya, loan)
    # By hand: Rp 3.000.000 at 1,5% flat a month for 12 months: interest 3.000.000 × 1,5% ×
    # 12 = 540.000, repaid in all 3.540.000; every rupiah of it leaves the business's cash in
    # the cash flow's BMM column, in the months the instalments fall due.
    assert (schedule.principal, schedule.total_interest, schedule.total_paid) == (
        3_000_000,
        540_000,
        3_540_000,
    )
    plan = business_plan(jaya, analysis_start(jaya, ws.info.date))
    assert sum(m.lender for m in plan.months) == 3_540_000
    text = text_of(export_workshop(ws, source="p", output=tmp_path).documents[0])
    assert (
        "Tanggung renteng: angsuran kepada BMM dibayar kelompok dari kas usaha, seperti pada "
        "jadwal di bawah dan arus kas; bila kas kelompok tidak cukup, semua anggota bersama-sama "
        "menutup kekurangannya, dan setiap anggota ikut menanggung seluruh sisa pinjaman."
    ) in text
    # the sentence the lender read, as if each member repaid her own instalments
    assert "menanggung angsuran anggota yang tidak membayar" not in text


def test_without_joint_liability_the_group_still_repays_and_the_members_do_not_answer(
    tmp_path: Path,
) -> None:
    text = text_of(export_workshop(_jaya(joint=False), source="p", output=tmp_path).documents[0])
    assert (
        "Angsuran kepada BMM dibayar kelompok dari kas usaha, seperti pada jadwal di bawah dan "
        "arus kas. Tanpa tanggung renteng: bila kas kelompok tidak cukup, BMM tidak menagih "
        "kekurangannya kepada setiap anggota."
    ) in text
    assert "Tanggung renteng:" not in text

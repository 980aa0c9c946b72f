"""The first month of sales counts the days selling only (issue 13), worked on Palembang."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from pra.model import Workshop
from pra.model.business import BusinessAnalysis
from pra.plan.business import analysis_start, business_plan, sales_start
from pra.resources import example_path


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_jaya_bersama_sells_two_days_of_september() -> None:
    ws = palembang()
    jaya = ws.groups[1]
    assert jaya.name == "Kelompok Jaya Bersama"
    # selling starts with the step "Menerima pesanan seragam dan baju Lebaran", scheduled
    # from Monday 29 Sep 2003: 29 and 30 September, 2 of 30 days
    assert sales_start(jaya) is not None
    assert sales_start(jaya).day == dt.date(2003, 9, 29)  # type: ignore[union-attr]
    plan = business_plan(jaya, analysis_start(jaya, ws.info.date))
    september, october = plan.months[:2]
    # September (no season): uniforms 30 × 2/30 = 2 stel, made-to-order 25 × 2/30 = 1,67 → 2,
    # alterations 80 × 2/30 = 5,33 → 5. Sales 2 × 45.000 + 2 × 35.000 + 5 × 7.500 = 197.500
    # (a full month: 2.825.000); cost 2 × 34.000 + 2 × 14.000 + 5 × 2.500 = 108.500; the fixed
    # costs 50.000 rent + 40.000 + 50.000 = 140.000 are paid all the same
    assert (september.sales, september.cost_of_sales, september.fixed_costs) == (
        197_500,
        108_500,
        140_000,
    )
    # opening 50.000 (own cash 150.000 − the cutting table 100.000, paid in cash) + 845.000
    # of cloth, thread and rent bought ahead (#13) = 895.000;
    # 895.000 + 197.500 − 108.500 − 140.000 = 844.000
    assert plan.opening == 895_000
    assert september.closing == 844_000
    # October is a full month, its Lebaran season included (60 made-to-order): 4.050.000
    assert october.sales == 4_050_000
    assert plan.sales_note is not None
    assert plan.sales_note.text("id") == (
        'Penjualan mulai 29 September 2003 (langkah "Menerima pesanan seragam dan baju Lebaran"):'
        " September 2003 dihitung 2 dari 30 hari (unit bulan biasa × 2 ÷ 30, dibulatkan ke unit"
        " terdekat); bulan berikutnya penuh. Biaya tetap dibayar penuh setiap bulan sejak bulan"
        " itu."
    )


def test_a_later_start_leaves_the_months_before_without_sales() -> None:
    ws = palembang()
    jaya = ws.groups[1]
    later = jaya.model_copy(
        update={
            "analysis": jaya.analysis.model_copy(
                update={"sales_step_id": None, "sales_start": dt.date(2003, 11, 1)}
            )
        }
    )
    plan = business_plan(later, analysis_start(later, ws.info.date))
    # nothing sold in September and October; November (Lebaran: 60 made-to-order) in full:
    # 30 × 45.000 + 60 × 35.000 + 80 × 7.500 = 4.050.000
    assert [m.sales for m in plan.months[:3]] == [0, 0, 4_050_000]
    # the fixed costs start with the business (#13, review11p finding 3): before November only
    # the rent the budget pays ahead ("Sewa tempat, 3 bulan" pays "Sewa tempat", 50.000); the
    # electricity and the cloth trip from November, 140.000 in all
    assert [m.fixed_costs for m in plan.months[:3]] == [50_000, 50_000, 140_000]
    assert plan.sales_note is not None
    assert plan.sales_note.text("en") == (
        "Selling starts on 1 November 2003: counted in full from November 2003; no sales in the"
        " months before."
    )


def test_without_a_day_sales_count_in_full_and_the_plan_says_so() -> None:
    ws = palembang()
    jaya = ws.groups[1]
    plain = jaya.model_copy(
        update={"analysis": jaya.analysis.model_copy(update={"sales_step_id": None})}
    )
    plan = business_plan(plain, analysis_start(plain, ws.info.date))
    assert plan.months[0].sales == 2_825_000  # 30 × 45.000 + 25 × 35.000 + 80 × 7.500
    assert plan.sales_note is not None
    assert plan.sales_note.text("id") == (
        "Penjualan dihitung penuh sejak bulan pertama tabel (September 2003): hari mulai menjual"
        " belum ditentukan di analisis usaha."
    )


def test_selling_starts_on_a_date_or_at_a_step_not_both() -> None:
    with pytest.raises(ValidationError):
        BusinessAnalysis(sales_start=dt.date(2003, 9, 29), sales_step_id="st-jb-7")


def test_a_chosen_step_without_a_date_asks_for_the_calendars_date_not_for_a_step() -> None:
    # Issue 15 (5): Jaya Bersama's analysis chose the step "Menerima pesanan seragam dan baju
    # Lebaran" to start selling; with no start date in its calendar (nor a step with a fixed
    # date) that step has no date. The plan and the check used to say that the analysis
    # does not say when selling starts and to choose a step: it did choose one.
    from pra.plan.business import undated_sales_step
    from pra.plan.checks import input_checks
    from pra.plan.notice import Notice

    ws = palembang()
    jaya = ws.groups[1]
    undated = jaya.model_copy(
        update={
            "calendar": jaya.calendar.model_copy(update={"start": None}),
            "steps": tuple(s.model_copy(update={"start": None, "end": None}) for s in jaya.steps),
        }
    )
    ws = ws.model_copy(update={"groups": (ws.groups[0], undated, *ws.groups[2:])})
    title = "Menerima pesanan seragam dan baju Lebaran"
    assert sales_start(undated) is None
    assert undated_sales_step(undated) == title
    plan = business_plan(undated, analysis_start(undated, ws.info.date))
    assert plan.sales_note is not None
    assert plan.sales_note.text("id") == (
        "Penjualan dihitung penuh sejak bulan pertama tabel (Agustus 2003): langkah "
        f'"{title}" yang dipilih untuk mulai menjual belum punya tanggal, karena kalender '
        "kegiatan kelompok belum punya tanggal mulai."
    )
    # the capacity line's tail, in the lines of the plan
    capacity = [n for n in plan.lines if n.key == "plan.business.capacity_and_assumed"]
    assert [n.params["assumed"] for n in capacity] == [
        Notice(
            "plan.business.capacity_assumed_undated",
            {"period": plan.months[0].period, "title": title},
        )
    ]
    found = [c for c in input_checks(ws) if c.group_id == jaya.id and "sales" in c.notice.key]
    assert [(c.step.value, c.notice.text("id")) for c in found] == [
        (
            "calendar",
            "Analisis usaha Kelompok Jaya Bersama memilih langkah "
            f'"{title}" untuk mulai menjual, tetapi langkah itu belum punya tanggal karena '
            "kalender kegiatan kelompok belum punya tanggal mulai: arus kas dan kemampuan "
            "mengangsur menghitung penjualan penuh sejak bulan pertama rencana. Isi tanggal "
            'mulai kalender di langkah "Kalender kegiatan".',
        )
    ]

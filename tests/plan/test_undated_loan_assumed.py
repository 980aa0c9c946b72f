"""A lender loan without a hand-over date in a dated plan (#13, rev13-lender finding 6): the cash
flow placed its instalments from an unnamed date (page 1: "bulan terberat, Januari 2004"; the
cash flow from October 2003) while its schedule's dates stayed blank. It is now placed from the
cash flow's first day, and the plan says so, with that day and the first instalment's."""

from __future__ import annotations

import datetime as dt

from pra.model import BusinessGroup, Workshop
from pra.plan.business import analysis_start, business_plan
from pra.resources import example_path


def undated_bmm() -> tuple[BusinessGroup, dt.date | None]:
    """v_nodate.json: Palembang's Jaya Bersama, its BMM loan without a hand-over date (the
    grant and the calendar keep theirs: 1 September 2003)."""
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    undated = {"disbursed_on": None, "disbursement_step_id": None}
    sources = tuple(
        s.model_copy(update=undated) if s.kind == "loan" else s for s in group.capital.sources
    )
    group = group.model_copy(
        update={"capital": group.capital.model_copy(update={"sources": sources})}
    )
    return group, analysis_start(group, ws.info.date)


def test_an_undated_loan_is_placed_from_the_cash_flows_first_day_and_said() -> None:
    group, start = undated_bmm()
    assert start == dt.date(2003, 9, 1)  # the calendar's start
    plan = business_plan(group, start)
    # By hand: handed over (assumed) Monday 1 September 2003, a month's grace to Wednesday
    # 1 October, the first Monday on or after it 6 October 2003, as the dated plan. The
    # heaviest month is then December 2003, five Mondays (1, 8, 15, 22, 29): 5 × 68.500 =
    # 342.500; undated it was placed by nominal weeks and said "Januari 2004".
    assert plan.capacity.lender_month is not None
    assert plan.capacity.lender_month.start == dt.date(2003, 12, 1)
    assert plan.capacity.lender_total == 342_500
    # 52 Mondays from 6 Oct 2003: the last 27 Sep 2004, in September's row (was October 2004):
    # 6, 13, 20 September at 68.500 and the last 46.500 = 252.000, the table's last month,
    # closing at 6.944.000 as the dated plan (rev13-lender's hand check)
    assert len(plan.months) == 13
    assert plan.months[12].period.start == dt.date(2004, 9, 1)
    assert plan.months[12].lender == 3 * 68_500 + 46_500
    assert plan.months[12].closing == 6_944_000
    assert plan.assumed is not None
    assert plan.assumed.text("id").replace("\u00a0", " ") == (
        "Tanggal penyerahan Pinjaman BMM belum ditentukan: arus kas, bulan terberat dan"
        " kemampuan mengangsur menganggap dana diserahkan pada hari pertama arus kas,"
        " 1 September 2003, dengan angsuran pertama 6 Oktober 2003. Bila dana diserahkan pada"
        " hari lain, bulan-bulan angsurannya ikut bergeser."
    )


def test_a_dated_loan_assumes_nothing() -> None:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    assert business_plan(group, analysis_start(group, ws.info.date)).assumed is None

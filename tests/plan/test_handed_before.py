"""Money handed over before the calendar starts is in the cash flow from its day (rev16-lender 1).

A BMM loan handed over on 1 June 2003 for a calendar starting 1 September 2003 lost its eight
weekly instalments of July and August from the cash flow, yet the plan said it was repaid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import BusinessGroup, LenderLoan, Workshop
from pra.plan.business import analysis_start, business_plan
from pra.plan.checks import input_checks
from pra.plan.lender import group_lender_schedule
from pra.resources import example_path
from tests.plan.test_business import kue_group


def palembang_bmm_on(day: dt.date) -> tuple[Workshop, BusinessGroup]:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    jaya = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    sources = tuple(
        s.model_copy(update={"disbursed_on": day}) if isinstance(s, LenderLoan) else s
        for s in jaya.capital.sources
    )
    jaya = jaya.model_copy(update={"capital": jaya.capital.model_copy(update={"sources": sources})})
    groups = tuple(jaya if g.id == jaya.id else g for g in ws.groups)
    return ws.model_copy(update={"groups": groups}), jaya


def test_a_loan_handed_over_in_june_is_repaid_in_the_cash_flow_from_july() -> None:
    ws, jaya = palembang_bmm_on(dt.date(2003, 6, 1))
    start = analysis_start(jaya, ws.info.date)
    assert start == dt.date(2003, 6, 1)  # not the calendar's 1 September 2003
    plan = business_plan(jaya, start)
    # BMM Rp 3.000.000, 52 Mondays of 68.500 (the last 46.500) after a month of grace: from
    # Monday 7 July 2003. July holds 7, 14, 21, 28 and August 4, 11, 18, 25: 4 × 68.500 =
    # 274.000 each; September five Mondays (1 … 29): 342.500. June nothing.
    labels = [m.period.label("id") for m in plan.months]
    assert labels[:4] == ["Jun 2003", "Jul 2003", "Agu 2003", "Sep 2003"]
    assert [m.lender for m in plan.months[:4]] == [0, 274_000, 274_000, 342_500]
    # everything back to BMM is in the table: 51 × 68.500 + 46.500 = 3.540.000 (the table
    # held 3.540.000 − 8 × 68.500 = 2.992.000 when it started in September)
    assert sum(m.lender for m in plan.months) == 3_540_000
    # kas: 895.000 at hand-over (50.000 own + 845.000 of the loan kept for materials and rent)
    # less 50.000 rent a month: June 845.000; July 845.000 − 50.000 − 274.000 = 521.000;
    # August 521.000 − 50.000 − 274.000 = 197.000
    assert [m.closing for m in plan.months[:3]] == [845_000, 521_000, 197_000]


def test_pra_check_says_money_handed_over_before_the_workshop() -> None:
    ws, jaya = palembang_bmm_on(dt.date(2003, 6, 1))
    said = [c.notice.text("id") for c in input_checks(ws) if c.group_id == jaya.id]
    assert (
        "Pinjaman BMM Kelompok Jaya Bersama diserahkan 1 Juni 2003, sebelum lokakarya "
        "(13 Agustus 2003): rencana ini mengajukan uang yang sudah diterima? Arus kas "
        "menghitungnya sejak 1 Juni 2003, termasuk angsuran yang jatuh sebelum lokakarya. Jika "
        'tanggalnya salah, perbaiki di tab Sumber dana (langkah "Modal dan dana bergulir").'
    ) in said
    # the shipped date (1 September 2003, after the workshop) is not said
    ws, jaya = palembang_bmm_on(dt.date(2003, 9, 1))
    assert not any("sebelum lokakarya" in c.notice.text("id") for c in input_checks(ws))


@settings(max_examples=30, deadline=None)
@given(
    frequency=st.sampled_from(["weekly", "monthly"]),
    term=st.integers(1, 24),
    handed=st.dates(dt.date(2003, 1, 1), dt.date(2005, 12, 31)),
)
def test_every_instalment_is_in_the_table_whenever_the_loan_is_handed_over(
    frequency: str, term: int, handed: dt.date
) -> None:
    """Before or after the workshop's date, the table holds all that goes back to the lender
    and no instalment falls before its first month."""
    group = kue_group()
    loan = LenderLoan(
        id="ln-x",
        lender="BMM",
        principal=1_000_000,
        term_months=term,
        rate_percent=Decimal("1.5"),
        frequency=frequency,  # type: ignore[arg-type]
        due_day=1,
        disbursed_on=handed,
    )
    capital = group.capital.model_copy(update={"sources": (*group.capital.sources, loan)})
    group = group.model_copy(update={"capital": capital})
    start = analysis_start(group, dt.date(2004, 1, 1))
    plan = business_plan(group, start)
    schedule = group_lender_schedule(group, loan)
    assert sum(m.lender for m in plan.months) == schedule.total_paid
    first = plan.months[0].period.start
    assert first is not None
    assert all(r.due is not None and r.due >= first for r in schedule.instalments)

"""The cash flow runs until every loan is repaid (issue 13): worked on the Palembang example."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import BusinessGroup, LenderLoan, Workshop
from pra.plan.business import analysis_start, business_plan, cash_flow_length
from pra.plan.lender import group_lender_schedule
from pra.resources import example_path
from tests.plan.test_business import kue_group

NB = "\u00a0"


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def group(ws: Workshop, name: str) -> BusinessGroup:
    return next(g for g in ws.groups if g.name == name)


def test_sedap_malam_shows_its_fifth_round_repaid_in_january_2005() -> None:
    ws = palembang()
    sedap = group(ws, "Kelompok Sedap Malam")
    plan = business_plan(sedap, analysis_start(sedap, ws.info.date))
    # The fund lends Rp 250.000 over 12 months at 1% a month, in the cash unit Rp 500:
    # 250.000 ÷ 12 = 20.833,33 → 11 × 21.000 and a last 250.000 − 231.000 = 19.000; the fee is
    # 1% × 250.000 = 2.500. Six borrow on 1 Sep 2003, then one a month (Oct, Nov, Dec 2003, Jan
    # 2004) as the till allows. The last borrower (Jan 2004) repays Feb 2004 – Jan 2005: the table
    # runs Sep 2003 … Jan 2005, 17 months, where it stopped at Aug 2004 with five loans owed.
    assert cash_flow_length(sedap, analysis_start(sedap, ws.info.date)) == 17
    assert [m.period.label("id") for m in plan.months][-6:] == [
        "Agu 2004",
        "Sep 2004",
        "Okt 2004",
        "Nov 2004",
        "Des 2004",
        "Jan 2005",
    ]
    # Sep 2004: the first six pay their last 6 × (19.000 + 2.500) = 129.000 and the four later
    # borrowers 4 × (21.000 + 2.500) = 94.000: 223.000. Oct 2004: the Oct 2003 borrower's last
    # 21.500 and three others' 3 × 23.500 = 70.500: 92.000; then 68.500, 45.000, and in
    # Jan 2005 the last borrower's last 19.000 + 2.500 = 21.500
    assert [m.instalments for m in plan.months[-5:]] == [223_000, 92_000, 68_500, 45_000, 21_500]
    # the dues go on every month: 10 members × 5.000
    assert {m.dues for m in plan.months[1:]} == {50_000}
    assert [n.text("id") for n in plan.repaid] == [
        "Dana bergulir: angsuran terakhir anggota masuk pada Januari 2005: sisa pinjaman anggota "
        f"Rp{NB}0."
    ]


def test_jaya_bersama_shows_the_bmm_loan_repaid_in_september_2004() -> None:
    ws = palembang()
    jaya = group(ws, "Kelompok Jaya Bersama")
    plan = business_plan(jaya, analysis_start(jaya, ws.info.date))
    # BMM: Rp 3.000.000 over 12 months at 1,5% flat, weekly on Mondays, one month of grace from
    # 1 Sep 2003. 12 × 52 ÷ 12 = 52 instalments, in the cash unit Rp 500: principal
    # 3.000.000 ÷ 52 = 57.692,31 → 58.000 (the last 3.000.000 − 51 × 58.000 = 42.000), interest
    # 3.000.000 × 1,5% × 12 = 540.000 ÷ 52 = 10.384,62 → 10.500 (the last 540.000 − 51 × 10.500
    # = 4.500). Grace to Wednesday 1 Oct, the first Monday on or after it is 6 Oct 2003; the
    # 52nd is 51 weeks later, 27 Sep 2004 (Mon): the table runs Sep 2003 … Sep 2004, 13 months
    # (it was 14, to the 52nd on 4 Oct 2004, a week of grace too many: review 10p finding 10)
    assert len(plan.months) == 13
    assert plan.months[-1].period.label("id") == "Sep 2004"
    # Sep 2004 holds the Mondays 6, 13 and 20 Sep, 3 × 68.500 = 205.500, and the 52nd on the
    # 27th, 42.000 + 4.500 = 46.500: 252.000; Aug 2004 its five Mondays: 5 × 68.500 = 342.500
    assert [m.lender for m in plan.months[-2:]] == [342_500, 252_000]
    # everything paid back to BMM: 51 × 68.500 + 46.500 = 3.540.000 = 3.000.000 + 540.000
    assert sum(m.lender for m in plan.months) == 3_540_000
    # the members' fund (Rp 500.000 each, 12 months from 1 Sep 2003) is repaid in Sep 2004
    assert plan.months[-1].instalments > 0
    assert [n.text("id") for n in plan.repaid] == [
        f"Pinjaman BMM lunas dengan angsuran ke-52 pada 27 September 2004: sisa pinjaman Rp{NB}0.",
        "Dana bergulir: angsuran terakhir anggota masuk pada September 2004: sisa pinjaman "
        f"anggota Rp{NB}0.",
    ]


@settings(max_examples=40, deadline=None)
@given(
    frequency=st.sampled_from(["weekly", "monthly"]),
    term=st.integers(1, 36),
    grace=st.integers(0, 6),
    day=st.integers(1, 7),
    handed=st.dates(dt.date(2004, 1, 1), dt.date(2005, 12, 31)),
)
def test_every_lender_instalment_is_in_the_table(
    frequency: str, term: int, grace: int, day: int, handed: dt.date
) -> None:
    """Whatever the loan, the table holds all of what goes back to the lender, and it ends in
    the month of the last instalment (or after 12 months, or the fund's last instalment)."""
    group = kue_group()
    loan = LenderLoan(
        id="ln-x",
        lender="BMM",
        principal=1_000_000,
        term_months=term,
        rate_percent=Decimal("1.5"),
        frequency=frequency,  # type: ignore[arg-type]
        due_day=day,
        grace_months=grace,
        disbursed_on=handed,
    )
    capital = group.capital.model_copy(update={"sources": (*group.capital.sources, loan)})
    group = group.model_copy(update={"capital": capital})
    plan = business_plan(group, dt.date(2004, 1, 1))
    schedule = group_lender_schedule(group, loan)
    assert sum(m.lender for m in plan.months) == schedule.total_paid
    last = schedule.instalments[-1].due
    assert last is not None
    end = plan.months[-1].period
    assert end.start is not None and end.end is not None
    # the fund's 10 instalments end in Nov 2004 (month 10): the table ends at month 11 or at
    # the loan's last instalment, whichever is later
    assert end.start <= last <= end.end or (len(plan.months) == 12 and last < end.start)

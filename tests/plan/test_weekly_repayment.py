"""The members repay the revolving fund weekly, at their weekly meeting (#13), worked by hand.

Rp 500.000 lent for 3 months, 1% flat a month, repaid every Thursday in the cash unit Rp 500,
handed over on Thursday 4 September 2003:

- instalments: 3 months × 52 weeks ÷ 12 = 156 ÷ 12 = 13 (the lender's weekly rule);
- the first on the Thursday at least a week after the hand-over: 11 Sep, then 18, 25 Sep;
  2, 9, 16, 23, 30 Oct (five Thursdays); 6, 13, 20, 27 Nov; 4 Dec;
- principal: 500.000 ÷ 13 = 38.461,54, rounded up to Rp 500: 12 × 38.500 = 462.000, the last
  500.000 − 462.000 = 38.000;
- service fee: 1% × 500.000 = 5.000 a month × 3 months = 15.000; ÷ 13 = 1.153,85, rounded up
  to 1.500 would make 12 × 1.500 = 18.000 > 15.000, so its 30 units of Rp 500 are shared out
  from the first week (#13): 30 = 13 × 2 + 4, so 4 × 1.500 and 9 × 1.000 (6.000 + 9.000 =
  15.000), never a last week larger than the others (it was 12 × 1.000 and a last 3.000);
- every week: 4 × (38.500 + 1.500) = 4 × 40.000, 8 × (38.500 + 1.000) = 8 × 39.500, the last
  38.000 + 1.000 = 39.000; in all 160.000 + 316.000 + 39.000 = 515.000 = 500.000 + 15.000;
- by month: Sep 3 × 40.000 = 120.000; Oct 40.000 + 4 × 39.500 = 198.000; Nov 4 × 39.500 =
  158.000; Dec 39.000.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import CapitalPlan
from pra.plan.effective_rate import effective_rate
from pra.plan.fund import by_month, most_in_a_month, repayment_schedule
from pra.plan.revolving import revolving_fund

HANDED_OVER = dt.date(2003, 9, 4)  # a Thursday
THURSDAY = 4


def _plan(**update: object) -> CapitalPlan:
    fields: dict[str, object] = {
        "stimulus_per_member": 500_000,
        "loan_term_months": 3,
        "service_fee_percent": Decimal(1),
        "repayment_frequency": "weekly",
        "repayment_day": THURSDAY,
        "cash_unit": 500,
    }
    return CapitalPlan.model_validate({**fields, **update})


def test_weekly_instalments_on_thursdays_by_hand() -> None:
    schedule = repayment_schedule(_plan(), HANDED_OVER)
    rows = schedule.rows
    assert [r.due_date for r in rows] == [
        dt.date(2003, 9, 11),
        dt.date(2003, 9, 18),
        dt.date(2003, 9, 25),
        dt.date(2003, 10, 2),
        dt.date(2003, 10, 9),
        dt.date(2003, 10, 16),
        dt.date(2003, 10, 23),
        dt.date(2003, 10, 30),
        dt.date(2003, 11, 6),
        dt.date(2003, 11, 13),
        dt.date(2003, 11, 20),
        dt.date(2003, 11, 27),
        dt.date(2003, 12, 4),
    ]
    assert [r.principal for r in rows] == [38_500] * 12 + [38_000]
    assert [r.service_fee for r in rows] == [1_500] * 4 + [1_000] * 9
    assert [r.total for r in rows] == [40_000] * 4 + [39_500] * 8 + [39_000]
    assert schedule.total_paid == 515_000
    assert [sum(r.total for r in month) for month in by_month(_plan(), schedule)] == [
        120_000,
        198_000,
        158_000,
        39_000,
    ]
    # repayment capacity asks the most a borrower pays in a month: October's five Thursdays
    assert most_in_a_month(_plan(), HANDED_OVER) == 198_000
    assert [n.text("id") for n in schedule.lines] == [
        "Angsuran setiap minggu pada hari Kamis: 3 bulan × 52 minggu ÷ 12 = 13 angsuran "
        "(dibulatkan ke bawah), yang pertama pada hari Kamis sedikitnya seminggu sesudah dana "
        "diserahkan (4 September 2003): 11 September 2003",
        "Cicilan pokok: Rp\u00a0500.000 ÷ 13 = Rp\u00a038.461,54; angsuran dibulatkan ke atas "
        "ke kelipatan Rp\u00a0500: 12 × Rp\u00a038.500 dan terakhir Rp\u00a038.000.",
        "Jasa pinjaman 1% flat × Rp\u00a0500.000 = Rp\u00a05.000 per bulan, × 3 bulan = "
        "Rp\u00a015.000, dibagi ke 13 angsuran mingguan: 4 × Rp\u00a01.500, 9 × Rp\u00a01.000",
        # no monthly deduction: the week's payment is principal and fee only (#13)
        "Setoran per minggu (pokok dan jasa), berurutan: 4 × Rp\u00a040.000, "
        "8 × Rp\u00a039.500, Rp\u00a039.000",
        "Jumlah setoran 13 angsuran mingguan, dengan iuran wajib: Rp\u00a0515.000",
    ]


def test_the_fund_takes_each_month_s_thursdays() -> None:
    # three members borrow at once; Sep holds 3 weeks of principal (3 × 3 × 38.500 = 346.500)
    # and fees (3 × 3 × 1.500 = 13.500), Oct 5 weeks (577.500 and 3 × (1.500 + 4 × 1.000) =
    # 16.500), Nov 4 (462.000 and 12.000), Dec the last (3 × 38.000 = 114.000 and 3 × 1.000)
    ledger = revolving_fund(_plan(), ["a", "b", "c"], HANDED_OVER)
    assert [(r.principal_in, r.fees_in) for r in ledger.rows] == [
        (346_500, 13_500),
        (577_500, 16_500),
        (462_000, 12_000),
        (114_000, 3_000),
    ]
    assert [len(r.due_dates) for r in ledger.rows] == [3, 5, 4, 1]
    # the 1.500.000 lent came back whole, with 3 × 15.000 in fees
    assert ledger.balance == 1_545_000
    assert ledger.outstanding == 0


def _reference_yearly(flows: list[tuple[dt.date, int]]) -> float:
    """The yearly rate at which the flows are worth nothing on the first day, by bisection on
    (1 + r)^(days ÷ 365): written here apart from pra.plan.irr."""
    first = flows[0][0]

    def value(rate: float) -> float:
        return sum(amount / (1 + rate) ** ((day - first).days / 365) for day, amount in flows)

    low, high = 0.0, 10.0
    for _ in range(200):
        middle = (low + high) / 2
        # worth more than nothing: the rate is too high
        low, high = (low, middle) if value(middle) > 0 else (middle, high)
    return (low + high) / 2


def test_the_effective_rate_is_measured_on_the_thursdays() -> None:
    rows = repayment_schedule(_plan(), HANDED_OVER).rows
    flows = [(HANDED_OVER, 500_000)] + [(r.due_date, -r.total) for r in rows if r.due_date]
    reference = _reference_yearly(flows)
    rate = effective_rate(_plan(), HANDED_OVER)
    assert rate is not None and rate.dated
    assert abs(rate.yearly - reference) < 1e-6
    # 15.000 on what is held ~1,5 months on average: far above the flat 12% a year
    assert 0.2 < rate.yearly < 0.3


def test_a_file_without_the_field_repays_monthly_as_before() -> None:
    plan = CapitalPlan.model_validate({"stimulus_per_member": 500_000, "loan_term_months": 3})
    assert plan.repayment_frequency == "monthly"
    rows = repayment_schedule(plan, HANDED_OVER).rows
    assert [r.due_date for r in rows] == [
        dt.date(2003, 10, 4),
        dt.date(2003, 11, 4),
        dt.date(2003, 12, 4),
    ]


@settings(max_examples=60, deadline=None)
@given(
    loan=st.integers(min_value=1, max_value=20_000_000),
    term=st.integers(min_value=1, max_value=24),
    fee=st.sampled_from([Decimal(0), Decimal(1), Decimal("1.5"), Decimal(2)]),
    unit=st.sampled_from([1, 100, 500, 1000]),
    weekday=st.integers(min_value=1, max_value=7),
    handed_over=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_weekly_schedules_hold_their_promises(
    loan: int, term: int, fee: Decimal, unit: int, weekday: int, handed_over: dt.date
) -> None:
    plan = _plan(
        stimulus_per_member=loan,
        loan_term_months=term,
        service_fee_percent=fee,
        cash_unit=unit,
        repayment_day=weekday,
    )
    rows = repayment_schedule(plan, handed_over).rows
    # the fee a month to the rupiah, halves up (pra.plan.rounding), for every month of the term
    service = int((loan * fee / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * term
    assert len(rows) == max(term * 52 // 12, 1)
    # the instalments add up to the principal and the service fee of the whole term
    assert sum(r.principal for r in rows) == loan
    assert sum(r.principal + r.service_fee for r in rows) == loan + service
    # all on the agreed weekday, a week apart, none before (nor on) the hand-over
    days = [r.due_date for r in rows if r.due_date is not None]
    assert len(days) == len(rows)
    assert all(d.isoweekday() == weekday for d in days)
    assert all(d > handed_over for d in days)
    assert all(b - a == dt.timedelta(weeks=1) for a, b in itertools.pairwise(days))
    # in the cash unit: rounded up, all but the last; shared out from the first (#13), all but
    # one (the rupiah below a unit); never a week more than the one before
    for parts in ([r.principal for r in rows], [r.service_fee for r in rows]):
        assert sum(p % unit != 0 for p in parts) <= 1
        assert all(b <= a for a, b in itertools.pairwise(parts))


def test_the_follow_up_owes_each_month_s_thursdays() -> None:
    """A member handed Rp 500.000 at the meeting of Thursday 4 Sep 2003 owes, by the same
    schedule, Sep 3 × 40.000 = 120.000, Oct (five Thursdays) 40.000 + 4 × 39.500 = 198.000;
    she paid what fell due at the three September meetings and at two in October."""
    from pra.plan.followup import due_by_month, member_loans
    from tests.plan.followup_factory import meeting, workshop

    capital = _plan(sources=({"kind": "own", "id": "own", "compulsory_dues": 0},))
    meetings = [meeting("m0", HANDED_OVER, {"p1": {"loan_out": 500_000}})] + [
        meeting(f"m{k}", day, {"p1": {"instalment": paid}})
        for k, (day, paid) in enumerate(
            [
                (dt.date(2003, 9, 11), 40_000),
                (dt.date(2003, 9, 18), 40_000),
                (dt.date(2003, 9, 25), 40_000),
                (dt.date(2003, 10, 2), 40_000),
                (dt.date(2003, 10, 9), 39_500),
            ],
            start=1,
        )
    ]
    group = workshop(meetings, capital=capital).groups[0]
    months = due_by_month([member_loans(group, "p1")], HANDED_OVER, dt.date(2003, 10, 31))
    assert [(m.month, m.due, m.paid, m.arrears) for m in months] == [
        (dt.date(2003, 9, 1), 120_000, 120_000, 0),
        # 16, 23, 30 Oct not paid: 3 × 39.500 = 118.500 behind at the month's end
        (dt.date(2003, 10, 1), 198_000, 79_500, 118_500),
    ]


def test_a_later_round_is_handed_over_at_the_month_s_last_meeting() -> None:
    """Only "a" borrows first; the fund holds 500.000 again once her 13 instalments are in
    (Sep 120.000, Oct 318.000, Nov 476.000, Dec 515.000), so "b" borrows in December 2003, at
    its last Thursday meeting, 25 Dec, and repays from Thursday 1 Jan 2004."""
    ledger = revolving_fund(_plan(first_round_ids=("a",)), ["a", "b"], HANDED_OVER)
    assert [(r.month, r.date, r.member_ids) for r in ledger.rounds] == [
        (0, HANDED_OVER, ("a",)),
        (3, dt.date(2003, 12, 25), ("b",)),
    ]
    assert ledger.rows[4].due_dates[0] == dt.date(2004, 1, 1)


def test_the_calendar_checks_follow_the_weekly_days() -> None:
    """Sedap Malam (Palembang) repaying on Thursdays from its hand-over on Monday 1 Sep 2003:
    the first Thursday a week later is 11 Sep, before its weekly meetings start collecting
    (6 Oct), so September has instalments nobody collects; and Thursday 27 Nov falls in the
    Lebaran holiday its calendar marks (25-30 Nov 2003). Monthly on the 6th, neither is said."""
    from pra import store
    from pra.plan.checks import input_checks
    from pra.resources import example_path

    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    capital = sedap.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 4})
    weekly = ws.model_copy(
        update={"groups": (sedap.model_copy(update={"capital": capital}), *ws.groups[1:])}
    )

    def said(workshop):  # type: ignore[no-untyped-def]
        return {
            c.notice.key: c.notice.text("id")
            for c in input_checks(workshop)
            if c.group_id == sedap.id
        }

    assert said(ws) == {}
    found = said(weekly)
    assert set(found) == {
        "plan.checks.collection_uncollected",
        "plan.checks.fund_due_in_holiday",
        "plan.checks.fund_due_before_collection",
        # its rule 3 still says "setiap tanggal 6" (tests/plan/test_rule_days.py)
        "plan.checks.rule_day",
    }
    assert "pada September 2003, padahal" in found["plan.checks.collection_uncollected"]
    assert (
        "jatuh tempo 27 November 2003, di dalam masa Libur Lebaran"
        in (found["plan.checks.fund_due_in_holiday"])
    )
    assert (
        "jatuh tempo mulai 11 September 2003, sebelum pertemuan pertama"
        in (found["plan.checks.fund_due_before_collection"])
    )


def test_members_paying_on_sundays_are_not_flagged() -> None:
    """Decided in #13: members pay at their own meeting, which may be a Sunday; only a lender's
    office days matter."""
    from pra.plan.rest_days import dues_on_rest_days
    from tests.plan.followup_factory import workshop

    group = workshop(capital=_plan(repayment_day=7)).groups[0]
    assert dues_on_rest_days(group) == ()


def test_repayment_capacity_counts_each_month_s_meeting_days() -> None:
    """Sedap Malam on Thursdays: 250.000 in 52 weeks at Rp 500 shared out from the first
    (32 × 5.000, 20 × 4.500), the fee 30.000 the same way (8 × 1.000, 44 × 500), Rp 5.000 dues
    a month. A borrower pays at most in October 2003, five Thursdays of weeks 4–8:
    5 × (5.000 + 1.000) + 5.000 = 35.000; September 2003, the weakest month (profit Rp 67.000
    ÷ 10 = 6.700 a member), holds three Thursdays: 3 × 6.000 + 5.000 = 23.000, not the
    five-Thursday month's 35.000."""
    from pra import store
    from pra.plan.business import analysis_start, business_plan
    from pra.resources import example_path

    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    capital = sedap.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 4})
    sedap = sedap.model_copy(update={"capital": capital})
    capacity = business_plan(sedap, analysis_start(sedap, ws.info.date)).capacity
    assert capacity.payment == 35_000
    assert capacity.weakest is not None
    weakest = capacity.weakest
    assert (weakest.period.label(), weakest.per_member, weakest.payment) == (
        "Sep 2003",
        6_700,
        23_000,
    )


def test_a_weekly_day_is_a_weekday() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="weekday, 1 \\(Monday\\) to 7 \\(Sunday\\)"):
        _plan(repayment_day=9)
    assert _plan(repayment_frequency="monthly", repayment_day=9).repayment_day == 9


def test_the_dues_start_with_the_first_instalment_s_month_on_every_page() -> None:
    """#13: Sedap Malam on Thursdays (10 members, 6 in the first round, handed over Monday
    1 Sep 2003, dues Rp 5.000 a member a month). The first instalment falls on Thursday
    11 Sep, so the schedule charges September's dues with it; the fund and the cash flow
    must count them too (they started in October: Sep 2003's "Angsuran anggota dan iuran"
    was 90.000 and the fund's dues 16 months × 50.000 = 800.000)."""
    from pra import store
    from pra.plan.business import analysis_start, business_plan
    from pra.plan.revolving import fund_start, group_fund
    from pra.resources import example_path

    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    capital = sedap.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 4})
    sedap = sedap.model_copy(update={"capital": capital})
    schedule = repayment_schedule(capital, fund_start(sedap))
    september = by_month(capital, schedule)[0]
    # the schedule: Sep 2003 holds 11, 18, 25 Sep, the dues with the first; 13 months of dues
    assert [(r.due_date, r.dues) for r in september] == [
        (dt.date(2003, 9, 11), 5_000),
        (dt.date(2003, 9, 18), 0),
        (dt.date(2003, 9, 25), 0),
    ]
    assert schedule.total_dues == 13 * 5_000
    # the fund: its month 0 (Sep 2003) takes 10 × 5.000 = 50.000 dues with the 6 borrowers'
    # 3 weeks × (5.000 + 1.000) = 108.000, and every month after it too: 16 months, Sep 2003 …
    # Dec 2004 (September's dues let two members borrow in October: 150.000 kept + 108.000 +
    # 50.000 + Oct's 6 × 5 × 6.000 = 180.000 + 50.000 = 538.000 ≥ 2 × 225.000)
    fund = group_fund(sedap)
    assert (fund.rows[0].date, fund.rows[-1].date) == (dt.date(2003, 9, 1), dt.date(2004, 12, 30))
    assert [r.dues_in for r in fund.rows] == [50_000] * 16
    assert [len(r.new_borrower_ids) for r in fund.rows[:4]] == [6, 2, 1, 1]
    # the cash flow's Sep 2003: 6 × (18.000 + 5.000) + 4 × 5.000 = 158.000
    plan = business_plan(sedap, analysis_start(sedap, ws.info.date))
    sep = next(m for m in plan.months if m.period.label() == "Sep 2003")
    assert (sep.instalments, sep.dues, sep.members_and_dues) == (108_000, 50_000, 158_000)


def test_the_undated_schedule_says_its_dues_may_grow_once_dated() -> None:
    """Review 10 (8): Rp 500.000 over 12 months, weekly on Thursdays, dues Rp 5.000. Undated,
    the 52 weeks fall in 12 nominal months: dues 12 × 5.000 = 60.000. Handed over Monday
    1 Sep 2003, the 52 Thursdays run from 11 Sep 2003 to 2 Sep 2004, 13 calendar months:
    13 × 5.000 = 65.000. The undated plan printed a total the dated one no longer shows, and
    said nothing; now its last line says so, with both figures."""
    capital = _plan(
        loan_term_months=12,
        sources=({"kind": "own", "id": "own", "compulsory_dues": 5_000},),
    )
    undated = repayment_schedule(capital)
    dated = repayment_schedule(capital, dt.date(2003, 9, 1))
    assert (undated.total_dues, dated.total_dues) == (12 * 5_000, 13 * 5_000)
    assert (dated.rows[0].due_date, dated.rows[-1].due_date) == (
        dt.date(2003, 9, 11),
        dt.date(2004, 9, 2),
    )
    assert undated.lines[-1].text("id").replace("\u00a0", " ") == (
        "Tanggal penyerahan dana belum ada, jadi iuran wajib dihitung 12 bulan (Rp 60.000). "
        "Iuran dibayar bersama angsuran pertama setiap bulan kalender: setelah tanggalnya "
        "ada, 52 minggu angsuran bisa jatuh dalam 13 bulan kalender, dan iurannya menjadi "
        "Rp 65.000."
    )
    # dated, the schedule counts the calendar months itself and says nothing more
    assert all(line.key != "plan.fund.line_dues_undated" for line in dated.lines)

"""A lender's loan on one timeline: worked examples by hand and properties of any loan."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal, getcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import LenderLoan
from pra.plan.lender import due_dates, first_interest, instalment_count, lender_schedule
from pra.resources import example_path


def xirr_reference(principal: int, payments: list[tuple[int, int]]) -> Decimal:
    """Reference yearly IRR by Newton's method in Decimal: ``payments`` are (days, amount).

    Solves principal = Σ amount × (1 + r)^(−days/365), written out here independently
    of ``pra.plan.lender`` (which bisects in floats).
    """
    getcontext().prec = 28
    r = Decimal("0.1")
    for _ in range(200):
        value = Decimal(principal)
        slope = Decimal(0)
        for days, amount in payments:
            t = Decimal(days) / 365
            value -= amount * (1 + r) ** (-t)
            slope += amount * t * (1 + r) ** (-t - 1)
        step = value / slope
        r -= step
        if abs(step) < Decimal("1e-20"):
            break
    return r


def bmm() -> LenderLoan:
    return LenderLoan(
        id="bmm",
        lender="BMM",
        principal=3_000_000,
        term_months=12,
        rate_percent=Decimal("1.5"),
        method="flat",
        frequency="weekly",
        due_day=1,
        grace_months=1,
        disbursed_on=dt.date(2003, 9, 1),
        joint_liability=True,
    )


def test_bmm_weekly_loan_on_mondays_after_a_month_of_grace() -> None:
    # Handed over Monday 1 Sep 2003; grace to Wednesday 1 Oct; the first instalment on the
    # first Monday on or after the grace's end, as a lender's contract starts: 6 Oct 2003 (it
    # was 13 Oct, "at least a week after the grace", six weeks' grace for one month's: review
    # 10p finding 10). 12 months weekly = 12 × 52 ÷ 12 = 52 instalments, every Monday to
    # 27 Sep 2004.
    # Principal 3.000.000 ÷ 52 = 57.692,31 → up to Rp 500: 58.000; 51 × 58.000 = 2.958.000,
    # last 42.000. Flat interest 1,5% × 3.000.000 × 12 = 540.000 ÷ 52 = 10.384,62 → 10.500;
    # 51 × 10.500 = 535.500, last 4.500. Each Monday 68.500, the last 46.500;
    # 3.540.000 in all.
    loan = bmm()
    s = lender_schedule(loan, loan.disbursed_on, unit=500)
    assert instalment_count(loan) == len(s.instalments) == 52
    assert s.instalments[0].due == dt.date(2003, 10, 6)
    assert s.instalments[-1].due == dt.date(2004, 9, 27)
    assert {i.due.weekday() for i in s.instalments if i.due} == {0}  # Mondays
    assert [i.principal for i in s.instalments] == [58_000] * 51 + [42_000]
    assert [i.interest for i in s.instalments] == [10_500] * 51 + [4_500]
    assert (s.total_interest, s.total_paid) == (540_000, 3_540_000)
    assert s.instalments[-1].remaining == 0
    # Effective: +3.000.000 on day 0, −68.500 on days 35, 42, … and −46.500 on day 392.
    # Reference by Newton on those days; by hand about 32% a year (flat 18%): interest on the
    # whole principal for 12 months while half of it is repaid on average, plus the grace.
    payments = [((i.due - dt.date(2003, 9, 1)).days, i.total) for i in s.instalments if i.due]
    assert payments[0] == (35, 68_500) and payments[-1] == (392, 46_500)
    reference = xirr_reference(3_000_000, payments)
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - reference) < Decimal("1e-9")
    assert round(rate * 100, 1) == 33.7  # a week less of grace than before (32,4%)


def test_kur_style_declining_loan_monthly_on_the_31st() -> None:
    # Rp 6.000.000, 12 months, 1% a month on what is still owed, on day 31, handed over
    # 15 Jan 2024, no grace: the first instalment at least a month later, on day 31 or
    # the month's last day: 29 Feb 2024 (a leap year), then 31 Mar, 30 Apr, 31 May, …,
    # 31 Jan 2025. Principal 6.000.000 ÷ 12 = 500.000 each; interest 1% of what is owed:
    # 55.000, …, 5.000 from the second on; the first runs from 15 Jan to 29 Feb, a month (to
    # 15 Feb) and 14 of the 29 days from 15 Feb to 15 Mar: 60.000 × (1 + 14/29) = 88.965,52
    # → 88.966 (it was 60.000, a month's interest for 45 days). 5.000 × (11 + … + 1) = 330.000
    # + 88.966 = 418.966 in all.
    loan = LenderLoan(
        id="kur",
        lender="Bank (KUR)",
        principal=6_000_000,
        term_months=12,
        rate_percent=Decimal(1),
        method="declining",
        frequency="monthly",
        due_day=31,
        disbursed_on=dt.date(2024, 1, 15),
    )
    s = lender_schedule(loan, loan.disbursed_on)
    assert [i.due for i in s.instalments][:4] == [
        dt.date(2024, 2, 29),
        dt.date(2024, 3, 31),
        dt.date(2024, 4, 30),
        dt.date(2024, 5, 31),
    ]
    assert s.instalments[-1].due == dt.date(2025, 1, 31)
    assert [i.principal for i in s.instalments] == [500_000] * 12
    assert [i.interest for i in s.instalments] == [88_966] + [5_000 * k for k in range(11, 0, -1)]
    assert s.total_interest == 418_966
    # Effective: 1% a month on the balance is 1,01^12 − 1 = 12,68% a year with months of
    # equal length; here a little less (February's 29 days count as a month), but never below
    # the nominal 12% (it was between 11,5% and 12,68%: the first 45 days were charged a month)
    payments = [((i.due - dt.date(2024, 1, 15)).days, i.total) for i in s.instalments if i.due]
    reference = xirr_reference(6_000_000, payments)
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - reference) < Decimal("1e-9")
    assert round(rate * 100, 2) == 12.62


def test_a_declining_loan_first_due_two_months_on_is_charged_for_that_time() -> None:
    # BMM review, variant v1 of Jaya Bersama (#13): Rp 3.000.000, 2% a month on the balance,
    # 12 monthly instalments on day 31, handed over 1 Sep 2003, no grace. The first falls on
    # 31 Oct (30 Sep is less than a month after the hand-over), a month and 30 of October's
    # 31 days later: its interest 3.000.000 × 2% × (1 + 30/31) = 60.000 + 58.064,52 →
    # 118.065, so 250.000 + 118.065 = 368.065; then 2.750.000 × 2% = 55.000 + 250.000 =
    # 305.000, … down to 250.000 + 5.000 = 255.000. Interest 118.065 + 5.000 × (11 + … + 1)
    # = 118.065 + 330.000 = 448.065. It was charged one month (60.000): 390.000 in all and an
    # effective 22,7% a year, below the nominal 2% × 12 = 24%. Now (1,02)^12 − 1 = 26,8% for
    # months of equal length; 26,7% with these dates (by Newton below).
    loan = LenderLoan(
        id="bmm",
        lender="BMM",
        principal=3_000_000,
        term_months=12,
        rate_percent=Decimal(2),
        method="declining",
        frequency="monthly",
        due_day=31,
        disbursed_on=dt.date(2003, 9, 1),
    )
    s = lender_schedule(loan, loan.disbursed_on, unit=500)
    assert s.instalments[0].due == dt.date(2003, 10, 31)
    # paid in the group's Rp 500 (#13, rev13-lender finding 8): 118.065 → 118.000, the 65
    # carried on; the later interests are whole 500s, so the last owes 5.000 + 65 = 5.065,
    # rounded up to the unit (rev16-lender 8): 5.500, and the interest 448.065 → 448.500
    assert [i.total for i in s.instalments] == [368_000] + [
        250_000 + 5_000 * k for k in range(11, 1, -1)
    ] + [255_500]
    assert s.total_interest == 448_500
    payments = [((i.due - dt.date(2003, 9, 1)).days, i.total) for i in s.instalments if i.due]
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - xirr_reference(3_000_000, payments)) < Decimal("1e-9")
    assert round(rate * 100, 1) == 26.7
    assert rate > 0.24


def test_the_palembang_example_holds_the_bmm_loan() -> None:
    from pra.model import Workshop

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    (loan,) = ws.groups[1].capital.loans
    assert loan.model_dump(exclude={"id"}) == bmm().model_dump(exclude={"id"})


def day_in(year: int, month: int, day: int) -> dt.date:
    """Day ``day`` of the month, or its last day."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return min(dt.date(year, month, 1) + dt.timedelta(days=day - 1), following - dt.timedelta(1))


def months_later(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return day_in(index // 12, index % 12 + 1, day.day)


loans = st.builds(
    LenderLoan,
    id=st.just("l"),
    lender=st.just("BMM"),
    principal=st.integers(0, 50_000_000),
    term_months=st.integers(1, 60),
    rate_percent=st.decimals(min_value=0, max_value=5, places=2),
    method=st.sampled_from(["flat", "declining"]),
    frequency=st.just("monthly"),
    due_day=st.integers(1, 31),
    grace_months=st.integers(0, 6),
) | st.builds(
    LenderLoan,
    id=st.just("l"),
    lender=st.just("BMM"),
    principal=st.integers(0, 50_000_000),
    term_months=st.integers(1, 60),
    rate_percent=st.decimals(min_value=0, max_value=5, places=2),
    method=st.sampled_from(["flat", "declining"]),
    frequency=st.just("weekly"),
    due_day=st.integers(1, 7),
    grace_months=st.integers(0, 6),
)
days = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=150, deadline=None)
@given(loans, days, st.sampled_from([1, 100, 500, 1000]))
def test_instalments_follow_the_agreed_day_after_the_hand_over(
    loan: LenderLoan, disbursed: dt.date, unit: int
) -> None:
    s = lender_schedule(loan, disbursed, unit)
    dates = [i.due for i in s.instalments]
    assert all(d is not None for d in dates)
    dated = [d for d in dates if d is not None]
    # never before the money is there: without grace, the first agreed day at least one
    # period after the hand-over; after a grace, the first agreed day on or after its end
    # (computed here by month arithmetic of our own)
    assert dated[0] > disbursed
    grace_end = months_later(disbursed, loan.grace_months)
    if loan.frequency == "weekly":
        earliest = grace_end + dt.timedelta(days=0 if loan.grace_months else 7)
        assert earliest <= dated[0] < earliest + dt.timedelta(days=7)
    else:
        earliest = grace_end if loan.grace_months else months_later(grace_end, 1)
        assert dated[0] >= earliest
        before = months_later(dated[0].replace(day=1), -1)
        assert day_in(before.year, before.month, loan.due_day) < earliest
    if loan.frequency == "weekly":
        assert {d.isoweekday() for d in dated} == {loan.due_day}
        assert all((b - a).days == 7 for a, b in itertools.pairwise(dated))
    else:
        for a, b in itertools.pairwise(dated):
            assert (b.year * 12 + b.month) - (a.year * 12 + a.month) == 1
        for d in dated:
            assert d == day_in(d.year, d.month, loan.due_day)
    assert due_dates(loan, disbursed) == tuple(dated)


@settings(max_examples=150, deadline=None)
@given(loans, st.sampled_from([1, 100, 500, 1000]))
def test_rounded_instalments_are_in_the_cash_unit_and_sum_to_the_principal(
    loan: LenderLoan, unit: int
) -> None:
    s = lender_schedule(loan, None, unit)
    principal = [i.principal for i in s.instalments]
    assert sum(principal) == loan.principal
    # rounded up, all but the last in the unit; shared out from the first where rounding up
    # would repay it early, all but one (the rupiah below a unit), never more than the one before
    assert sum(p % unit != 0 for p in principal) <= 1
    assert all(b <= a for a, b in itertools.pairwise(principal))
    assert all(p >= 0 for p in principal)
    assert s.instalments[-1].remaining == 0
    if loan.method == "flat":
        interest = [i.interest for i in s.instalments]
        assert sum(i % unit != 0 for i in interest) <= 1
        assert all(b <= a for a, b in itertools.pairwise(interest))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1_000_000, 50_000_000),
    st.integers(1, 36),
    st.decimals(min_value=Decimal("0.5"), max_value=5, places=2),
    st.sampled_from(["monthly", "weekly"]),
    st.integers(1, 31),
    days,
)
def test_a_declining_loan_never_costs_less_than_its_nominal_rate(
    principal: int, term: int, rate: Decimal, frequency: str, due_day: int, disbursed: dt.date
) -> None:
    # without a grace period, interest on the balance for the actual time the money is held:
    # the effective yearly rate is at least the nominal one (rate × 12), whatever the first
    # due date (a first instalment two months on charged one month's interest fell below it;
    # 0,1 point of room for interest rounded to the rupiah and months of 28 to 31 days)
    loan = LenderLoan(
        id="l",
        lender="BMM",
        principal=principal,
        term_months=term,
        rate_percent=rate,
        method="declining",
        frequency=frequency,  # type: ignore[arg-type]
        due_day=due_day if frequency == "monthly" else due_day % 7 + 1,
    )
    effective = lender_schedule(loan, disbursed).effective_yearly()
    assert effective is not None
    assert effective >= float(rate) * 12 / 100 - 0.001


def test_the_rounding_sentence_names_the_schedules_own_interest_and_parts() -> None:
    """Review 10 (9): the sentence under a lender's schedule rebuilt the flat interest and the
    split's words apart from the schedule; both now come from one place (flat_interest,
    InstalmentSplit.params). BMM, Rp 3.000.000 over 12 months at 1,5% flat, weekly, Rp 500:
    interest 3.000.000 × 1,5% × 12 = 540.000; 52 weeks: principal 3.000.000 ÷ 52 =
    57.692,31 up to 58.000 (51 × 58.000 = 2.958.000, the last 42.000), interest 540.000 ÷ 52
    = 10.384,62 up to 10.500 (51 × 10.500 = 535.500, the last 4.500)."""
    from pra.plan.lender import flat_interest, rounding_notice

    loan = LenderLoan(
        id="fs-x",
        lender="BMM",
        principal=3_000_000,
        rate_percent=Decimal("1.5"),
        frequency="weekly",
        due_day=1,
    )
    schedule = lender_schedule(loan, None, 500)
    assert flat_interest(loan) == schedule.total_interest == 540_000
    parts = [i.principal for i in schedule.instalments], [i.interest for i in schedule.instalments]
    assert parts == ([58_000] * 51 + [42_000], [10_500] * 51 + [4_500])
    assert rounding_notice(loan, 500).text("id").replace("\u00a0", " ") == (
        "Pembulatan jadwal ini: pokok Rp 3.000.000 ÷ 52 = Rp 57.692,31, dibulatkan ke atas ke "
        "kelipatan Rp 500 dan sisanya pada angsuran terakhir: 51 × Rp 58.000 dan terakhir "
        "Rp 42.000; bunga flat Rp 540.000 ÷ 52 = Rp 10.384,62, dibulatkan ke atas ke kelipatan "
        "Rp 500 dan sisanya pada angsuran terakhir: 51 × Rp 10.500 dan terakhir Rp 4.500."
    )


def test_after_a_grace_the_first_instalment_falls_on_the_first_agreed_day_it_ends() -> None:
    """Review 10p finding 10: a month's grace became six weeks (13 Oct for a grace ending
    Wednesday 1 Oct). A lender's contract starts on the first due day on or after the
    grace's end; "at least a period after" is for a loan without grace."""
    # monthly on the 15th, handed over 10 Jan 2024, 1 month's grace to 10 Feb: 15 Feb 2024
    # (it was 15 Mar); without grace, at least a month after 10 Jan: 15 Feb as well
    monthly = LenderLoan(
        id="m",
        lender="BMM",
        principal=1_200_000,
        term_months=12,
        rate_percent=Decimal("1"),
        frequency="monthly",
        due_day=15,
        grace_months=1,
    )
    handed = dt.date(2024, 1, 10)
    assert due_dates(monthly, handed)[:2] == (dt.date(2024, 2, 15), dt.date(2024, 3, 15))
    no_grace = monthly.model_copy(update={"grace_months": 0})
    assert due_dates(no_grace, handed)[0] == dt.date(2024, 2, 15)
    # a grace ending on the agreed day itself: due that day (10 Feb, a Saturday, weekly on
    # Saturdays), not a week later
    weekly = monthly.model_copy(update={"frequency": "weekly", "due_day": 6})
    assert due_dates(weekly, handed)[0] == dt.date(2024, 2, 10)


def test_a_declining_loan_charges_interest_through_its_grace() -> None:
    # BMM's loan on the balance (rev13-lender finding 8, decl.json): handed over Monday 1 Sep
    # 2003, a month's grace to Wednesday 1 Oct, first Monday 6 Oct. The money is owed from the
    # hand-over: 35 days = 5 weeks, 3.000.000 × 1,5% × 12/52 × 35/7 = 51.923,08 → 51.923. It
    # was charged one week (10.385) from the grace's end: 16,8% effective against 18% nominal.
    loan = bmm().model_copy(update={"method": "declining"})
    s = lender_schedule(loan, loan.disbursed_on)
    assert (s.instalments[0].due, s.instalments[0].interest) == (dt.date(2003, 10, 6), 51_923)
    first = first_interest(loan, s)
    assert first is not None
    assert (first.start, first.grace, first.days, first.length, first.amount) == (
        dt.date(2003, 9, 1),
        True,
        35,
        7,
        51_923,
    )
    rate = s.effective_yearly()
    payments = [((i.due - dt.date(2003, 9, 1)).days, i.total) for i in s.instalments if i.due]
    assert rate is not None
    assert abs(Decimal(repr(rate)) - xirr_reference(3_000_000, payments)) < Decimal("1e-9")
    assert rate > 0.18  # never below the nominal 1,5% × 12 for money held through the grace


def test_a_declining_loan_is_paid_in_the_cash_unit_the_rest_on_the_last() -> None:
    # decl.json printed "Rp 68.385", bunga "Rp 145" in a group paying in Rp 500. At Rp 500:
    # principal 3.000.000 ÷ 52 → 58.000 × 51 + 42.000; interest carried down: 51.923 → 51.500
    # (423 carried), then 2.942.000 × 1,5% × 12/52 = 10.183,85 → 10.184, running 62.107 →
    # 62.000: 10.500 …; every instalment a multiple of Rp 500, the last paying the rest of the
    # exact total rounded up to the unit (rev16-lender 8)
    loan = bmm().model_copy(update={"method": "declining"})
    s = lender_schedule(loan, loan.disbursed_on, unit=500)
    assert [i.interest for i in s.instalments[:2]] == [51_500, 10_500]
    assert all(i.total % 500 == 0 for i in s.instalments)
    # the exact interests, apart: on 3.000.000 for 5 weeks, then on each balance for a week
    owed, exact = 3_000_000, 0
    for k, principal in enumerate([58_000] * 51 + [42_000]):
        weeks = 5 if k == 0 else 1
        exact += int(
            (Decimal(owed) * Decimal("0.015") * 12 / 52 * weeks).quantize(
                Decimal(1), rounding="ROUND_HALF_UP"
            )
        )
        owed -= principal
    assert s.total_interest == -(-exact // 500) * 500
    assert 0 <= s.total_interest - exact < 500
    assert all(i.interest >= 0 for i in s.instalments)
    payments = [((i.due - dt.date(2003, 9, 1)).days, i.total) for i in s.instalments if i.due]
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - xirr_reference(3_000_000, payments)) < Decimal("1e-9")


def test_an_undated_loan_counts_its_first_instalment_from_the_graces_end() -> None:
    # undated, the first instalment when the grace ends (1/12 of a year), the earliest the
    # contract allows, so the rate is never understated: 34,5% (dated 1 Sep 2003: 33,7%)
    s = lender_schedule(bmm(), None, unit=500)
    assert s.times[0] == 1 / 12
    assert s.times[1] == 1 / 12 + 1 / 52
    rate = s.effective_yearly()
    assert rate is not None and round(rate * 100, 1) == 34.5

"""A lender's loan on one timeline: worked examples by hand and properties of any loan."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal, getcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import LenderLoan
from pra.plan.lender import due_dates, instalment_count, lender_schedule
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
    # Handed over Monday 1 Sep 2003; grace to Wednesday 1 Oct; the first instalment at
    # least a week later, on a Monday: 13 Oct 2003. 12 months weekly = 12 × 52 ÷ 12 = 52
    # instalments, every Monday to 4 Oct 2004.
    # Principal 3.000.000 ÷ 52 = 57.692,31 → up to Rp 500: 58.000; 51 × 58.000 = 2.958.000,
    # last 42.000. Flat interest 1,5% × 3.000.000 × 12 = 540.000 ÷ 52 = 10.384,62 → 10.500;
    # 51 × 10.500 = 535.500, last 4.500. Each Monday 68.500, the last 46.500;
    # 3.540.000 in all.
    loan = bmm()
    s = lender_schedule(loan, loan.disbursed_on, unit=500)
    assert instalment_count(loan) == len(s.instalments) == 52
    assert s.instalments[0].due == dt.date(2003, 10, 13)
    assert s.instalments[-1].due == dt.date(2004, 10, 4)
    assert {i.due.weekday() for i in s.instalments if i.due} == {0}  # Mondays
    assert [i.principal for i in s.instalments] == [58_000] * 51 + [42_000]
    assert [i.interest for i in s.instalments] == [10_500] * 51 + [4_500]
    assert (s.total_interest, s.total_paid) == (540_000, 3_540_000)
    assert s.instalments[-1].remaining == 0
    # Effective: +3.000.000 on day 0, −68.500 on days 42, 49, … and −46.500 on day 399.
    # Reference by Newton on those days; by hand about 32% a year (flat 18%): interest on the
    # whole principal for 12 months while half of it is repaid on average, plus the grace.
    payments = [((i.due - dt.date(2003, 9, 1)).days, i.total) for i in s.instalments if i.due]
    assert payments[0] == (42, 68_500) and payments[-1] == (399, 46_500)
    reference = xirr_reference(3_000_000, payments)
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - reference) < Decimal("1e-9")
    assert round(rate * 100, 1) == 32.4


def test_kur_style_declining_loan_monthly_on_the_31st() -> None:
    # Rp 6.000.000, 12 months, 1% a month on what is still owed, on day 31, handed over
    # 15 Jan 2024, no grace: the first instalment at least a month later, on day 31 or
    # the month's last day: 29 Feb 2024 (a leap year), then 31 Mar, 30 Apr, 31 May, …,
    # 31 Jan 2025. Principal 6.000.000 ÷ 12 = 500.000 each; interest 1% of what is owed:
    # 60.000, 55.000, …, 5.000 — 5.000 × (12 + 11 + … + 1) = 5.000 × 78 = 390.000.
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
    assert [i.interest for i in s.instalments] == [5_000 * k for k in range(12, 0, -1)]
    assert s.total_interest == 390_000
    # Effective: 1% a month on the balance is 1,01^12 − 1 = 12,68% a year with equal months;
    # the first month here is 45 days for a month's interest, so slightly less.
    payments = [((i.due - dt.date(2024, 1, 15)).days, i.total) for i in s.instalments if i.due]
    reference = xirr_reference(6_000_000, payments)
    rate = s.effective_yearly()
    assert rate is not None
    assert abs(Decimal(repr(rate)) - reference) < Decimal("1e-9")
    assert 0.115 < rate < 0.1268


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
    # never before the money is there: the first agreed day at least one period after the
    # grace ends (computed here by month arithmetic of our own)
    assert dated[0] > disbursed
    grace_end = months_later(disbursed, loan.grace_months)
    if loan.frequency == "weekly":
        earliest = grace_end + dt.timedelta(days=7)
        assert earliest <= dated[0] < earliest + dt.timedelta(days=7)
    else:
        earliest = months_later(grace_end, 1)
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
    assert all(p % unit == 0 for p in principal[:-1])
    assert all(p >= 0 for p in principal)
    assert s.instalments[-1].remaining == 0
    if loan.method == "flat":
        interest = [i.interest for i in s.instalments]
        assert all(i % unit == 0 for i in interest[:-1])

"""The revolving fund's instalments fall on the group's agreed day of the month (#13)."""

from __future__ import annotations

import calendar
import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from pra.model import CapitalPlan, Workshop
from pra.plan.due_dates import add_months
from pra.plan.fund import repayment_schedule
from pra.plan.lender import due_dates
from pra.plan.revolving import fund_start, revolving_fund
from pra.resources import example_path


def test_the_first_instalment_is_the_first_agreed_day_a_month_after_the_hand_over() -> None:
    # handed over 20 November 2003, due on the 5th: 5 December is less than a month after,
    # so the first is 5 January 2004, then the 5th of each month (10 in all, to 5 October)
    plan = CapitalPlan(stimulus_per_member=500_000, loan_term_months=10, repayment_day=5)
    rows = repayment_schedule(plan, dt.date(2003, 11, 20)).rows
    assert [r.due_date for r in rows[:2]] == [dt.date(2004, 1, 5), dt.date(2004, 2, 5)]
    assert rows[-1].due_date == dt.date(2004, 10, 5)
    sentence = repayment_schedule(plan, dt.date(2003, 11, 20)).lines[1].text("id")
    assert sentence.startswith("Angsuran jatuh setiap tanggal 5 ")
    assert sentence.endswith("dana diserahkan (20 November 2003): 5 Januari 2004")


def test_a_day_the_month_lacks_falls_on_its_last_day() -> None:
    # the 31st: handed over 10 January 2004 → 29 February (leap year), 31 March, 30 April
    plan = CapitalPlan(stimulus_per_member=300_000, loan_term_months=3, repayment_day=31)
    rows = repayment_schedule(plan, dt.date(2004, 1, 10)).rows
    assert [r.due_date for r in rows] == [
        dt.date(2004, 2, 29),
        dt.date(2004, 3, 31),
        dt.date(2004, 4, 30),
    ]


def test_without_an_agreed_day_the_dates_stay_a_month_apart_from_the_hand_over() -> None:
    # what a file without the field meant: 31 January → 29 February, 31 March, 30 April
    plan = CapitalPlan(stimulus_per_member=300_000, loan_term_months=3)
    rows = repayment_schedule(plan, dt.date(2004, 1, 31)).rows
    assert [r.due_date for r in rows] == [add_months(dt.date(2004, 1, 31), k) for k in (1, 2, 3)]
    assert not any("tanggal" in n.text("id") for n in repayment_schedule(plan, None).lines)


def test_the_fund_collects_in_the_month_the_instalments_fall_due() -> None:
    # 2 members, Rp 100.000 each over 2 months, day 5, handed over 20 November 2003: nothing
    # comes in in December (month 1), Rp 50.000 × 2 on 5 January and on 5 February
    plan = CapitalPlan(stimulus_per_member=100_000, loan_term_months=2, repayment_day=5)
    ledger = revolving_fund(plan, ["a", "b"], dt.date(2003, 11, 20))
    assert [(r.date, r.principal_in) for r in ledger.rows] == [
        (dt.date(2003, 11, 20), 0),
        (dt.date(2003, 12, 5), 0),
        (dt.date(2004, 1, 5), 100_000),
        (dt.date(2004, 2, 5), 100_000),
    ]


def test_a_later_round_handed_over_on_the_day_repays_from_the_next_month() -> None:
    # Rp 100.000 for a; b waits. 1 September, day 6: a repays Rp 50.000 on 6 Oct and 6 Nov; the
    # fund holds Rp 100.000 on 6 November and lends it to b, who repays on 6 Dec and 6 Jan
    plan = CapitalPlan(
        stimulus_per_member=100_000, loan_term_months=2, repayment_day=6, first_round_ids=("a",)
    )
    ledger = revolving_fund(plan, ["a", "b"], dt.date(2003, 9, 1))
    assert [(r.number, r.date) for r in ledger.rounds] == [
        (1, dt.date(2003, 9, 1)),
        (2, dt.date(2003, 11, 6)),
    ]
    assert [r.principal_in for r in ledger.rows] == [0, 50_000, 50_000, 50_000, 50_000]
    assert [r.date for r in ledger.rows][-1] == dt.date(2004, 1, 6)


@given(
    handed_over=st.dates(dt.date(1995, 1, 1), dt.date(2090, 12, 31)),
    day=st.one_of(st.none(), st.integers(1, 31)),
    term=st.integers(1, 36),
)
def test_every_due_date_is_on_the_agreed_day_and_none_before_a_month_after_hand_over(
    handed_over: dt.date, day: int | None, term: int
) -> None:
    plan = CapitalPlan(stimulus_per_member=120_000, loan_term_months=term, repayment_day=day)
    dates = [r.due_date for r in repayment_schedule(plan, handed_over).rows]
    agreed = day if day is not None else handed_over.day
    assert len(dates) == term
    previous = None
    for due in dates:
        assert due is not None and due > handed_over
        last = calendar.monthrange(due.year, due.month)[1]
        assert due.day == min(agreed, last)
        if previous is not None:  # one a month, in consecutive months
            assert (due.year * 12 + due.month) - (previous.year * 12 + previous.month) == 1
        previous = due
    first = dates[0]
    assert first is not None and first >= add_months(handed_over, 1)
    # the first agreed day: the month before it holds no agreed day a month after hand-over
    assert first.year * 12 + first.month - (handed_over.year * 12 + handed_over.month) <= 2


def test_the_lender_and_the_fund_share_the_monthly_rule() -> None:
    from pra.model import LenderLoan

    loan = LenderLoan(id="fs-x", principal=1_200_000, term_months=3, due_day=5)
    plan = CapitalPlan(stimulus_per_member=1_200_000, loan_term_months=3, repayment_day=5)
    handed = dt.date(2003, 11, 20)
    fund = tuple(r.due_date for r in repayment_schedule(plan, handed).rows)
    assert (
        due_dates(loan, handed)
        == fund
        == (
            dt.date(2004, 1, 5),
            dt.date(2004, 2, 5),
            dt.date(2004, 3, 5),
        )
    )


def test_the_examples_repay_on_the_day_their_rules_name() -> None:
    def load(name: str) -> Workshop:
        return Workshop.model_validate(json.loads(example_path(name).read_text(encoding="utf-8")))

    (tri_astha,) = [g for g in load("yogyakarta").groups if g.capital.stimulus_per_member]
    # "pertemuan bulanan tanggal 5"; handed over at its step on 1 November 2003
    assert fund_start(tri_astha) == dt.date(2003, 11, 1)
    rows = repayment_schedule(tri_astha.capital, fund_start(tri_astha)).rows
    assert [r.due_date for r in rows[:2]] == [dt.date(2003, 12, 5), dt.date(2004, 1, 5)]
    palembang = [g for g in load("palembang").groups if g.capital.stimulus_per_member]
    for group in palembang:  # "jatuh setiap tanggal 6": the first weekly meeting, 6 Oct (#13)
        rows = repayment_schedule(group.capital, fund_start(group)).rows
        assert rows[0].due_date == dt.date(2003, 10, 6), group.name
        assert group.capital.repayment_day == 6
        assert any("setiap tanggal 6" in rule for rule in group.capital.rules)


def test_undated_weekly_fund_rounds_and_lender_loan_share_their_months() -> None:
    """Review 10 (7): undated, the fund put 13 weekly instalments in months of 5, 4 and 4
    (week k in ⌊(k − 1) × 12 ÷ 52⌋ + 1) and a lender's loan of the same term in 4, 4 and 5
    (⌈12k ÷ 52⌉), so the members' and the lender's heaviest months differed for one weekly
    meeting. One rule now: week k falls k weeks after the hand-over, in month ⌈12k ÷ 52⌉.
    Rp 1.300.000 over 13 weeks at 0% is 100.000 a week: 4 weeks (400.000) in months 1 and 2,
    5 (500.000) in month 3."""
    from pra.model import BusinessGroup, LenderLoan
    from pra.plan.business import lender_outflows_of
    from pra.plan.fund import by_month

    for term, fives in ((3, [3]), (12, [3, 6, 9, 12])):
        weeks = term * 52 // 12
        plan = CapitalPlan(
            stimulus_per_member=100_000 * weeks,
            loan_term_months=term,
            repayment_frequency="weekly",
            repayment_day=4,
        )
        loan = LenderLoan(
            id="fs-x", principal=100_000 * weeks, term_months=term, frequency="weekly", due_day=4
        )
        group = BusinessGroup(id="g", name="G", capital=CapitalPlan(sources=(loan,)))
        fund = [len(rows) for rows in by_month(plan, repayment_schedule(plan))]
        lender = lender_outflows_of(group, loan, None)
        rounds = revolving_fund(plan, ["m1"]).rows
        assert fund == [lender[m] // 100_000 for m in sorted(lender)], term
        assert [r.principal_in // 100_000 for r in rounds if r.principal_in] == fund, term
        assert [m for m, n in enumerate(fund, start=1) if n == 5] == fives, term
        assert sum(fund) == weeks and len(fund) == term

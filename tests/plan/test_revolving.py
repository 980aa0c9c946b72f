from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import pairwise

from pra.model import BusinessGroup, CalendarSettings, CapitalPlan, Deduction, OwnCapital
from pra.plan.revolving import LedgerRow, group_fund, revolving_fund


def rotating(first: tuple[str, ...] = ("a", "b")) -> CapitalPlan:
    return CapitalPlan(
        stimulus_per_member=500_000,
        sources=(OwnCapital(id="own", compulsory_dues=5_000),),
        service_fee_percent=Decimal(1),
        loan_term_months=10,
        first_round_ids=first,
    )


def check_books(rows: tuple[LedgerRow, ...]) -> None:
    for prev, row in pairwise(rows):
        assert row.opening == prev.closing
    for row in rows:
        assert row.closing == row.opening + row.principal_in + row.fees_in + row.dues_in - row.lent
        assert row.closing >= 0


def test_rotation_rounds_as_repayments_come_back() -> None:
    ledger = revolving_fund(rotating(), ["a", "b", "c", "d"])
    assert [(r.number, r.month, r.member_ids) for r in ledger.rounds] == [
        (1, 0, ("a", "b")),
        (2, 4, ("c",)),
        (3, 7, ("d",)),
    ]
    # month 1: two instalments of Rp 50.000, two fees of Rp 5.000, dues from four members
    assert (ledger.rows[1].principal_in, ledger.rows[1].fees_in, ledger.rows[1].dues_in) == (
        100_000,
        10_000,
        20_000,
    )
    assert ledger.rows[4].closing == 4 * 130_000 - 500_000
    assert ledger.rows[-1].month == 17  # d borrows in month 7 and repays by month 17
    assert ledger.outstanding == 0
    assert ledger.stimulus_total == 1_000_000
    assert ledger.paid_in == ledger.paid_out + ledger.balance
    # everything repaid: the fund keeps the stimulus, all fees and all dues
    assert ledger.balance == 1_000_000 + 4 * 10 * 5_000 + 17 * 4 * 5_000
    assert ledger.borrow_month("d") == 7 and ledger.borrow_month("zz") is None
    check_books(ledger.rows)


def test_everyone_at_once_with_tri_astha_deductions() -> None:
    plan = CapitalPlan(
        stimulus_per_member=500_000,
        deductions=(
            Deduction(id="r", label="cadangan", percent=Decimal(10)),
            Deduction(id="s", label="saham", percent=Decimal(10)),
            Deduction(id="a", label="administrasi", percent=Decimal("1.5")),
        ),
        sources=(OwnCapital(id="own", compulsory_dues=5_000),),
        service_fee_percent=Decimal(1),
        loan_term_months=10,
    )
    members = [f"m{i}" for i in range(10)]
    ledger = revolving_fund(plan, members, dt.date(2003, 3, 1))
    assert len(ledger.rounds) == 1 and ledger.rounds[0].month == 0
    assert ledger.rows[0].lent == 10 * 392_500
    assert ledger.retained == 10 * 107_500
    assert ledger.rows[0].closing == 10 * 107_500  # the deductions stay in the fund
    assert ledger.rows[-1].date == dt.date(2004, 1, 1)
    assert ledger.balance == 5_000_000 + 10 * 107_500 + 10 * 50_000 + 10 * 10 * 5_000
    check_books(ledger.rows)


def test_group_fund_uses_group_members_and_calendar() -> None:
    group = BusinessGroup(
        id="g",
        name="G",
        member_ids=("a", "b", "c"),
        capital=rotating(first=("a", "zz")),
        calendar=CalendarSettings(start=dt.date(2026, 1, 15)),
    )
    ledger = group_fund(group)
    assert ledger.rounds[0].member_ids == ("a",)  # "zz" is not a member
    assert ledger.rounds[0].date == dt.date(2026, 1, 15)
    assert ledger.waiting == ()


def test_empty_group_and_group_of_one() -> None:
    empty = revolving_fund(rotating(first=()), [])
    assert (empty.stimulus_total, empty.balance, empty.rounds) == (0, 0, ())
    one = revolving_fund(rotating(first=()), ["a"])
    assert one.rounds[0].member_ids == ("a",)
    assert one.outstanding == 0
    assert one.balance == 500_000 + 10 * 5_000 + 10 * 5_000


def test_thirty_members_revolve_from_a_first_round_of_ten() -> None:
    members = [f"m{i:02d}" for i in range(30)]
    ledger = revolving_fund(rotating(first=tuple(members[:10])), members)
    lent_to = [m for r in ledger.rounds for m in r.member_ids]
    assert sorted(lent_to) == members  # everyone borrows exactly once
    assert ledger.waiting == () and ledger.outstanding == 0
    check_books(ledger.rows)


def test_a_fund_too_slow_to_reach_everyone_says_so() -> None:
    plan = CapitalPlan(stimulus_per_member=500_000, loan_term_months=120, first_round_ids=("a",))
    ledger = revolving_fund(plan, ["a", "b", "c", "d", "e"])
    assert [r.month for r in ledger.rounds] == [0, 120, 240]
    assert ledger.waiting == ("d", "e")
    assert [w.key for w in ledger.warnings] == ["plan.fund.never_borrow"]
    # no new loan after month 240, but c's loan (month 240) is followed until it is repaid
    assert ledger.outstanding == 0
    assert ledger.rows[-1].month == 360
    assert sum(r.principal_in for r in ledger.rows) == 3 * 500_000
    check_books(ledger.rows)

"""``pra stats`` recomputes the fund from a package's tables as the plan does (review rev15
F9): the one-time deductions are kept from a member's first loan only, by the meetings'
dates, not by the order of the rows. A logic test on the tables, no package written."""

from __future__ import annotations

from decimal import Decimal

from pra.archive.package_check import DetailRows, group_details


def _number(row: dict[str, str], column: str, table: str) -> int:
    return int(row[column] or 0)


def _percent(row: dict[str, str], column: str, table: str) -> Decimal:
    return Decimal(row[column])


def test_a_second_loan_is_counted_whole_in_the_cash_lent() -> None:
    # P01 borrows 500.000 on 1 September 2003 (simpanan pokok 25.000 kept: 475.000 in cash)
    # and 300.000 on 4 July 2004 (handed over whole); P02 borrows 500.000 on 4 July 2004, her
    # first loan (475.000). The July meeting's rows come first in the tables.
    # Cash lent: 475.000 + 300.000 + 475.000 = 1.250.000 (before: 1.225.000, 25.000 kept twice).
    meetings = [
        {"meeting_id": "m2", "group_id": "g", "date": "2004-07-04", "kind": "meeting"},
        {"meeting_id": "m1", "group_id": "g", "date": "2003-09-01", "kind": "meeting"},
    ]
    for m in meetings:
        m["expected"] = "2"
    payments = [
        {"meeting_id": "m2", "participant": "P01", "instalment": "", "loan_out": "300000"},
        {"meeting_id": "m2", "participant": "P02", "instalment": "", "loan_out": "500000"},
        {"meeting_id": "m1", "participant": "P01", "instalment": "", "loan_out": "500000"},
    ]
    deductions = [{"group_id": "g", "percent": "", "amount": "25000", "frequency": "once"}]
    rows = DetailRows(meetings, [], payments, [], [], [], deductions)
    details = group_details(rows, _number, _percent)["g"]
    assert details.lent == 1_300_000
    assert details.cash_lent == 1_250_000

"""A weekly repayment read per calendar month: what a member pays in each month (#13).

A weekly plan's monthly things (the monthly deductions, the dues, "what she pays
a month") were said from the first and the last *weekly* instalment: a weekly
Rp 12.000 plus a monthly Rp 2.000 printed as "Rp 14.000 per month", though a
month holds four or five instalments. Here they are counted per calendar month,
from the month of the first instalment to the month of the last, every month
between included, from the schedule's own rows (the principal, fee and
deductions each week carries, the dues with the first instalment of a month).

Jaya Bersama paying weekly on Mondays from 8 Sep 2003 (Rp 500.000, 52 weeks: 12 ×
Rp 10.000 then 40 × Rp 9.500; fee 16 × Rp 1.500 then 36 × Rp 1.000; a monthly
Rp 2.000 saving, 48 × Rp 500 then 4 × Rp 0): September 2003, four Mondays,
4 × (10.000 + 1.500 + 500) = Rp 48.000; December 2003, five Mondays (weeks 13–17),
5 × 9.500 + 4 × 1.500 + 1.000 + 5 × 500 = Rp 57.000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pra.plan.due_dates import add_months
from pra.plan.fund import RepaymentRow
from pra.plan.notice import Money, Month, Notice


@dataclass(frozen=True, slots=True)
class MonthPaid:
    """One calendar month of a dated schedule: its first day, the instalments due in it, and
    what they carry (principal + fee + monthly deductions; the deductions alone; the dues)."""

    month: dt.date
    count: int
    paid: int
    other: int
    dues: int


def calendar_months(rows: Sequence[RepaymentRow]) -> tuple[MonthPaid, ...]:
    """Every calendar month from the first dated instalment's to the last's, in order (none
    when the schedule has no dates)."""
    dated = [r for r in rows if r.due_date is not None]
    if not dated:
        return ()
    first_due, last_due = dated[0].due_date, dated[-1].due_date
    assert first_due is not None and last_due is not None
    month, last = first_due.replace(day=1), last_due.replace(day=1)
    found = []
    while month <= last:
        these = [
            r
            for r in dated
            if r.due_date is not None
            and (r.due_date.year, r.due_date.month) == (month.year, month.month)
        ]
        found.append(
            MonthPaid(
                month,
                len(these),
                sum(r.principal + r.service_fee + r.other for r in these),
                sum(r.other for r in these),
                sum(r.dues for r in these),
            )
        )
        month = add_months(month, 1)
    return tuple(found)


def month_runs(months: Sequence[MonthPaid], amounts: Sequence[int]) -> tuple[Notice, ...]:
    """``amounts`` (one per month of ``months``) said in order, consecutive months of the same
    amount together: ``September – November 2003: Rp 48.000 setiap bulan``."""
    runs: list[tuple[dt.date, dt.date, int]] = []
    for m, amount in zip(months, amounts, strict=True):
        if runs and runs[-1][2] == amount:
            runs[-1] = (runs[-1][0], m.month, amount)
        else:
            runs.append((m.month, m.month, amount))
    return tuple(
        Notice("plan.fund.month_run_one", {"month": Month(first), "amount": Money(amount)})
        if first == last
        else Notice(
            "plan.fund.month_run_many",
            {"first": Month(first), "last": Month(last), "amount": Money(amount)},
        )
        for first, last, amount in runs
    )


def months_notice(months: Sequence[MonthPaid]) -> Notice:
    """What a weekly borrower pays per calendar month (principal, fee and the monthly
    deductions), from the first instalment's month to the last's, and how that was counted."""
    return Notice(
        "plan.fund.line_months_weekly",
        {
            "first": Month(months[0].month),
            "last": Month(months[-1].month),
            "n": len(months),
            "runs": month_runs(months, [m.paid for m in months]),
        },
    )

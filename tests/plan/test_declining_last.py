"""A declining-balance loan's last instalment in the cash unit (rev16-lender 8): x_decl2 printed
"Rp 225.500 Rp 3.427 Rp 228.927" as its last row, an amount the group cannot hand over."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pra.model import LenderLoan
from pra.plan.lender import lender_schedule, rounding_notice
from pra.plan.rounding import carried_down

NB = "\u00a0"


def test_the_last_interest_is_rounded_up_to_the_cash_unit() -> None:
    # x_decl2: KUR Rp 2.750.000, 12 months, 1,5% declining, monthly on the 15th, handed over
    # 1 Sep 2003, no grace. Principal 2.750.000 ÷ 12 = 229.166,67 → up to Rp 500: 11 × 229.500
    # and the last 2.750.000 − 2.524.500 = 225.500. Interest on the balance, to the rupiah:
    # 2.750.000 × 1,5% × (1 + 14/31) = 59.879 (1 Sep → 15 Oct), then 1,5% of 2.520.500,
    # 2.291.000 … 225.500: 37.808, 34.365, 30.923, 27.480, 24.038, 20.595, 17.153, 13.710,
    # 10.268, 6.825, 3.383; together 286.427. The first 11 pay their running total rounded
    # down to Rp 500 (283.044 → 283.000); the last pays the rest 3.427, rounded up to 3.500:
    # 229.000, and the interest 286.500.
    loan = LenderLoan(
        id="fs-kur",
        lender="Bank BRI (KUR)",
        principal=2_750_000,
        term_months=12,
        rate_percent=Decimal("1.5"),
        method="declining",
        frequency="monthly",
        due_day=15,
        disbursed_on=dt.date(2003, 9, 1),
    )
    schedule = lender_schedule(loan, dt.date(2003, 9, 1), 500)
    last = schedule.instalments[-1]
    assert (last.principal, last.interest, last.total) == (225_500, 3_500, 229_000)
    assert schedule.total_interest == 286_500
    assert all(i.total % 500 == 0 for i in schedule.instalments)
    assert sum(i.principal for i in schedule.instalments) == 2_750_000
    # to the rupiah nothing changes: the exact interest, the last as it falls
    exact = lender_schedule(loan, dt.date(2003, 9, 1), 1)
    assert exact.instalments[0].interest == 59_879
    # the sentence under the schedule says it
    said = rounding_notice(loan, 500).text("id").replace(NB, " ")
    assert said.endswith(
        "angsuran terakhir membayar sisa bunga, dibulatkan ke atas ke kelipatan Rp 500."
    ), said


def test_carried_down_pays_the_exact_total_rounded_up() -> None:
    # 10.385, 10.385, 10.185 at Rp 500: running 10.385 → 10.000, 20.770 → 20.500 (10.500),
    # the rest 30.955 − 20.500 = 10.455 → 10.500; together 31.000 = 30.955 rounded up
    assert carried_down((10_385, 10_385, 10_185), 500) == (10_000, 10_500, 10_500)
    assert carried_down((10_385, 10_385, 10_185), 1) == (10_385, 10_385, 10_185)
    assert carried_down((1_000, 500), 500) == (1_000, 500)  # a multiple stays as it is

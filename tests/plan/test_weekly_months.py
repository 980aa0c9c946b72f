"""A weekly repayment read per calendar month (#13: "per month" was said from the first and last
weekly instalments)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pra.model import BusinessGroup, Workshop
from pra.plan.fund import repayment_schedule
from pra.plan.revolving import fund_start
from pra.plan.weekly_months import calendar_months
from tests.export.factory import example


def weekly_jaya_bersama() -> BusinessGroup:
    """Jaya Bersama's fund repaid weekly on Mondays, with a monthly saving of Rp 2.000."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    capital = data["groups"][1]["capital"]
    capital["repayment_frequency"] = "weekly"
    capital["repayment_day"] = 1
    capital["deductions"].append(
        {
            "id": "de-jb-tab",
            "label": "Tabungan wajib",
            "kind": "share",
            "amount": 2000,
            "frequency": "monthly",
        }
    )
    return Workshop.model_validate(data).groups[1]


def test_a_weekly_plan_is_counted_per_calendar_month() -> None:
    """Handed over Mon 1 Sep 2003, 52 Mondays from 8 Sep 2003 to 30 Aug 2004. By hand: the
    principal Rp 500.000 in Rp 500: 12 × 10.000 then 40 × 9.500; the fee 1% × 500.000 × 12 =
    60.000: 16 × 1.500 then 36 × 1.000; the saving 2.000 × 12 = 24.000: 48 × 500 then 4 × 0.
    September 2003 (8, 15, 22, 29; weeks 1–4): 4 × 12.000 = 48.000. December 2003 (1 … 29,
    weeks 13–17): 5 × 9.500 + 4 × 1.500 + 1.000 + 5 × 500 = 57.000. August 2004 (2 … 30,
    weeks 48–52): 5 × 9.500 + 5 × 1.000 + 500 = 53.000. The twelve months sum to the 52
    instalments without the dues: 644.000 − 12 × 5.000 = 584.000."""
    group = weekly_jaya_bersama()
    repayment = repayment_schedule(group.capital, fund_start(group))
    months = calendar_months(repayment.rows)
    assert months[0].month == dt.date(2003, 9, 1)
    assert months[-1].month == dt.date(2004, 8, 1) and len(months) == 12
    by = {(m.month.year, m.month.month): m for m in months}
    assert (by[2003, 9].count, by[2003, 9].paid) == (4, 48_000)
    assert (by[2003, 12].count, by[2003, 12].paid) == (5, 57_000)
    assert (by[2004, 8].count, by[2004, 8].paid) == (5, 53_000)
    assert sum(m.paid for m in months) == 584_000 == repayment.total_paid - 60_000
    assert all(m.dues == 5_000 for m in months)


def test_the_weekly_lines_say_the_calendar_months() -> None:
    group = weekly_jaya_bersama()
    lines = [n.text("id") for n in repayment_schedule(group.capital, fund_start(group)).lines]
    text = "\n".join(lines).replace("\u00a0", " ")
    assert "Tabungan wajib: Rp 2.000 per bulan, dibagi ke angsuran mingguan" in text
    assert (
        "Iuran wajib: Rp 5.000 per bulan, dibayar bersama angsuran pertama setiap bulan kalender, "
        "dari September 2003 (bulan angsuran pertama) sampai Agustus 2004 (bulan angsuran "
        "terakhir), 12 bulan: Rp 60.000"
    ) in text
    assert (
        "12 bulan: September 2003 – November 2003 Rp 48.000 setiap bulan, Desember 2003 "
        "Rp 57.000, Januari 2004 – Februari 2004 Rp 44.000 setiap bulan"
    ) in text

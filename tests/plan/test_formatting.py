from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pra.plan.formatting import (
    format_date,
    format_day_month,
    format_month,
    format_number,
    format_percent,
    format_rupiah,
)
from pra.plan.notice import Money, Notice
from pra.plan.periods import Period, period_bounds, period_index


@pytest.mark.parametrize(
    ("amount", "lang", "text"),
    [
        (1_500_000, "id", "Rp\u00a01.500.000"),
        (0, "id", "Rp\u00a00"),
        (999, "id", "Rp\u00a0999"),
        (1000, "id", "Rp\u00a01.000"),
        (10_000_000, "en", "Rp\u00a010,000,000"),
        (-5_000, "id", "\u2212Rp\u00a05.000"),
    ],
)
def test_rupiah(amount: int, lang: str, text: str) -> None:
    assert format_rupiah(amount, lang) == text  # type: ignore[arg-type]


def test_rupiah_space_is_non_breaking() -> None:
    assert " " not in format_rupiah(435_000, "id")


def test_numbers_and_percent() -> None:
    assert format_number(1234567, "id") == "1.234.567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_percent(Decimal("1.5"), "id") == "1,5%"
    assert format_percent(Decimal("1.5"), "en") == "1.5%"
    assert format_percent(Decimal("10.000"), "id") == "10%"
    assert format_percent(10, "en") == "10%"


def test_dates() -> None:
    assert format_date(dt.date(2026, 11, 22), "id") == "22 November 2026"
    assert format_date(dt.date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert format_date(dt.date(2026, 8, 17), "en") == "17 August 2026"
    assert format_month(dt.date(2026, 3, 5), "id") == "Maret 2026"
    assert format_month(dt.date(2026, 3, 5), "en", short=True) == "Mar 2026"
    assert format_day_month(dt.date(2026, 11, 22), "id") == "22 Nov"
    assert format_day_month(dt.date(2026, 9, 1), "id", numeric=True) == "1/9"
    assert format_day_month(dt.date(2026, 11, 22), "en", numeric=True) == "22/11"


def test_notice_formats_its_values_per_language() -> None:
    note = Notice("plan.fund.line_received", {"amount": Money(392_500)})
    assert note.text("id") == "Diterima setiap anggota: Rp\u00a0392.500"
    assert note.text("en") == "Each member receives: Rp\u00a0392,500"


def test_periods_weeks_and_months() -> None:
    start = dt.date(2026, 1, 30)
    assert period_bounds("week", start, 1) == (dt.date(2026, 2, 6), dt.date(2026, 2, 12))
    assert period_bounds("month", start, 0) == (start, dt.date(2026, 1, 31))
    assert period_bounds("month", start, 1) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert period_bounds("month", start, 12) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert period_index("month", start, dt.date(2027, 1, 15)) == 12
    assert period_index("week", start, dt.date(2026, 1, 29)) == -1
    assert period_index("week", start, dt.date(2026, 2, 5)) == 0


def test_period_labels() -> None:
    assert Period("month", 2, None, None).label("id") == "Bulan 3"
    assert Period("week", 0, None, None).label("en") == "Week 1"
    march = Period("month", 2, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert march.label("id", short=False) == "Maret 2026"
    week = Period("week", 2, dt.date(2026, 11, 22), dt.date(2026, 11, 28))
    assert week.label("id") == "Minggu 3 (22 Nov)"

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pra.model import CapitalPlan, Deduction, OwnCapital
from pra.plan.formatting import NBSP
from pra.plan.fund import repayment_schedule
from pra.plan.rounding import CASH_UNITS, percent_of, rounding_note, split_instalments


def test_percent_of_rounds_halves_up() -> None:
    assert percent_of(500_000, Decimal("1.5")) == 7_500
    assert percent_of(500_000, 10) == 50_000
    assert percent_of(50, Decimal(1)) == 1  # 0.5 rupiah rounds up
    assert percent_of(49, Decimal(1)) == 0  # 0.49 rounds down
    assert percent_of(0, Decimal(10)) == 0


def test_palembang_loan_in_rp_500_notes() -> None:
    # Rp 500.000 ÷ 12 = 41.666,67 → up to the next Rp 500: 42.000;
    # 11 × 42.000 = 462.000, so the last one is 500.000 − 462.000 = 38.000.
    split = split_instalments(500_000, 12, 500)
    assert split.instalments == (42_000,) * 11 + (38_000,)
    assert split.direction == "up"
    assert split.note().text("id").replace(NBSP, " ") == (
        "Cicilan pokok: Rp 500.000 ÷ 12 = Rp 41.666,67; angsuran dibulatkan ke atas ke"
        " kelipatan Rp 500: 11 × Rp 42.000 dan terakhir Rp 38.000."
    )
    assert split.note().text("en").replace(NBSP, " ") == (
        "Principal instalment: Rp 500,000 ÷ 12 = Rp 41,666.67; instalments rounded up to a"
        " multiple of Rp 500: 11 × Rp 42,000 and a last one of Rp 38,000."
    )


def test_whole_rupiah_rounds_up_not_down() -> None:
    # 41.666,67 rounds up to 41.667 (the old note claimed "nearest" and printed 41.666);
    # 11 × 41.667 = 458.337, last 41.663
    split = split_instalments(500_000, 12)
    assert split.instalments == (41_667,) * 11 + (41_663,)
    assert split.note().key == "plan.fund.split_up_rupiah"


def test_bmm_loan_in_rp_1000_notes() -> None:
    # Rp 3.000.000 ÷ 12 = 250.000 exactly: a multiple of Rp 1.000, nothing to round
    split = split_instalments(3_000_000, 12, 1000)
    assert split.instalments == (250_000,) * 12
    assert split.note().text("id").replace(NBSP, " ") == (
        "Cicilan pokok: Rp 3.000.000 ÷ 12 = Rp 250.000 per bulan, tidak perlu dibulatkan."
    )
    # ÷ 7 = 428.571,43 → 429.000; 6 × 429.000 = 2.574.000, last 426.000
    assert split_instalments(3_000_000, 7, 1000).instalments == (429_000,) * 6 + (426_000,)


def test_a_unit_too_large_is_shared_out_from_the_first_and_says_so() -> None:
    # Rp 5.000 ÷ 12 = 416,67; up to Rp 500 → 11 × 500 = 5.500 > 5.000 would repay it before
    # the last; so its 10 units of Rp 500 go one to an instalment from the first: 10 × 500 and
    # 2 × 0 (it was rounded down, 11 × 0 and a last Rp 5.000)
    split = split_instalments(5_000, 12, 500)
    assert split.instalments == (500,) * 10 + (0,) * 2
    assert split.direction == "spread"
    assert split.note().text("id").replace(NBSP, " ") == (
        "Cicilan pokok: Rp 5.000 ÷ 12 = Rp 416,67; dibulatkan ke atas ke Rp 500, pinjaman lunas"
        " sebelum angsuran terakhir, jadi pinjaman dibagi per Rp 500 satu demi satu mulai dari"
        " angsuran pertama: 10 × Rp 500, 2 × Rp 0."
    )
    # Rp 9.000 ÷ 4 = 2.250 → up 2.500 (3 × 2.500 = 7.500 ≤ 9.000): last 1.500
    assert split_instalments(9_000, 4, 500).instalments == (2_500, 2_500, 2_500, 1_500)


def test_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        split_instalments(5, 0)
    with pytest.raises(ValueError):
        split_instalments(5, 2, 0)
    assert split_instalments(5, 1, 1000).instalments == (5,)


def test_the_rounding_note_says_no_false_rule() -> None:
    # the old note claimed every amount was rounded to the nearest rupiah, above 41.666
    text = rounding_note().text("id")
    assert "persen" in text and "setengah ke atas" in text
    assert "Semua jumlah" not in text


def test_the_repayment_schedule_uses_the_groups_cash_unit() -> None:
    plan = CapitalPlan(
        stimulus_per_member=500_000,
        deductions=(Deduction(id="d", label="Simpanan pokok", amount=25_000),),
        sources=(OwnCapital(id="own", compulsory_dues=5_000),),
        service_fee_percent=Decimal(1),
        loan_term_months=12,
        cash_unit=500,
    )
    rep = repayment_schedule(plan)
    # 42.000 + 5.000 fee + 5.000 dues = 52.000; last 38.000 + 10.000 = 48.000
    assert [r.total for r in rep.rows] == [52_000] * 11 + [48_000]
    assert rep.lines[-2].text("id").replace(NBSP, " ") == (
        "Setoran per bulan: Rp 52.000, bulan terakhir Rp 48.000"
    )
    assert rep.total_principal == 500_000


@given(st.integers(0, 10**12), st.integers(1, 120), st.sampled_from(CASH_UNITS))
def test_rounded_instalments_are_payable_and_exact(amount: int, parts: int, unit: int) -> None:
    split = split_instalments(amount, parts, unit)
    pieces = split.instalments
    assert len(pieces) == parts
    assert sum(pieces) == amount
    assert all(p >= 0 for p in pieces)
    # rounded up, all but the last in the unit; shared out, all but one (the rupiah below a unit)
    assert sum(p % unit != 0 for p in pieces) <= 1
    assert all(p % unit == 0 for p in pieces[:-1]) or split.direction == "spread"
    # each at most the one before, so the last is the smallest
    assert all(b <= a for a, b in itertools.pairwise(pieces))
    if split.direction == "spread":
        assert pieces[0] - pieces[-1] <= unit
    else:
        assert all(p == pieces[0] for p in pieces[:-1])

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pra.plan.rounding import percent_of, split_evenly


def test_percent_of_rounds_halves_up() -> None:
    assert percent_of(500_000, Decimal("1.5")) == 7_500
    assert percent_of(500_000, 10) == 50_000
    assert percent_of(50, Decimal(1)) == 1  # 0.5 rupiah rounds up
    assert percent_of(49, Decimal(1)) == 0  # 0.49 rounds down
    assert percent_of(0, Decimal(10)) == 0


def test_split_puts_remainder_last() -> None:
    assert split_evenly(500_000, 10) == (50_000,) * 10
    assert split_evenly(100_000, 3) == (33_333, 33_333, 33_334)
    assert split_evenly(5, 1) == (5,)
    with pytest.raises(ValueError):
        split_evenly(5, 0)


@given(st.integers(0, 10**12), st.integers(1, 120))
def test_split_is_exact(amount: int, parts: int) -> None:
    pieces = split_evenly(amount, parts)
    assert sum(pieces) == amount
    assert len(pieces) == parts
    assert max(pieces) - min(pieces) < parts

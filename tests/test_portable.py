"""Code that behaves the same on Windows, macOS and Linux."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pra.plan.periods import Period

PRA = Path(__file__).resolve().parent.parent / "pra"
# ``%-d`` (glibc, macOS) and ``%#d`` (Windows) are each unknown to the other platform's strftime.
PLATFORM_CODE = re.compile(r"%[-#][a-zA-Z]")


def test_no_platform_specific_strftime_codes_in_pra() -> None:
    found = [
        f"{path.relative_to(PRA.parent)}:{n}: {line.strip()}"
        for path in sorted(PRA.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PLATFORM_CODE.search(line)
    ]
    assert found == []


def test_a_week_column_is_headed_by_its_month_and_number() -> None:
    from pra.tui.steps.calendar_bands import PeriodHead, period_heads

    weeks = [Period("week", i, dt.date(2026, 9, 1) + dt.timedelta(7 * i), None) for i in range(6)]
    heads = period_heads(weeks, frozenset({0}))
    assert heads[0] == PeriodHead("Sep", "1")
    assert heads[4] == PeriodHead("", "5")  # 29 September
    assert heads[5] == PeriodHead("Okt", "6")  # 6 October starts a month
    assert heads[1] == PeriodHead("", "2")

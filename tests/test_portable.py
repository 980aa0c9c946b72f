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


def test_a_week_column_is_headed_by_its_first_day_unpadded() -> None:
    from pra.tui.steps.group_calendar import period_header

    week = Period("week", 0, dt.date(2026, 9, 1), dt.date(2026, 9, 7))
    assert period_header(week) == "M1 1/9"

"""The dashboard's bars say when the last month is counted up to the day only (review rev15
F6: "Jul 2004 151.000 / 0" read as an overpayment). A logic test: no app is run."""

from __future__ import annotations

import datetime as dt

from pra.i18n import set_language
from pra.plan.followup import MonthDue
from pra.tui.followup.dashboard import due_bars


def test_the_month_cut_by_the_day_says_up_to_which_day() -> None:
    months = (
        MonthDue(dt.date(2004, 6, 1), 235_000, 211_500, 0),
        MonthDue(dt.date(2004, 7, 1), 0, 151_000, 0),
    )
    set_language("id")  # reset after each test (tests/conftest.py)
    june, july = due_bars(months, dt.date(2004, 7, 4))
    assert june.endswith("211.500 / 235.000")
    assert july.endswith("151.000 / 0 (s.d. 4 Jul)")
    # on the month's last day the month is whole: nothing said
    assert due_bars(months, dt.date(2004, 7, 31))[1].endswith("151.000 / 0")

"""A new meeting's date: nothing typed, or ``hari ini``, is the day of the clock given (rev15 P1).

The day is the caller's (the TUI's injectable clock), never the machine's: these tests give it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pra.edit import followup as fu
from pra.errors import PraError
from tests.tui.followup.data import cleared

SEDAP = "g-sedap-malam"
TODAY = dt.date(2004, 7, 4)


@pytest.mark.parametrize("typed", ["", "  ", "hari ini", "Hari Ini", " hari  ini "])
def test_nothing_typed_or_hari_ini_is_the_day_given_as_today(typed: str) -> None:
    ws = fu.add_meeting(cleared(), SEDAP, typed, today=TODAY)
    assert ws.group(SEDAP).followup.meetings[-1].date == TODAY  # type: ignore[union-attr]


def test_without_a_day_given_nothing_typed_is_still_refused_with_its_sentence() -> None:
    with pytest.raises(PraError) as caught:
        fu.add_meeting(cleared(), SEDAP, "")
    assert caught.value.message() == "Tulis tanggalnya, seperti 17-08-2025."
    with pytest.raises(PraError):
        fu.add_meeting(cleared(), SEDAP, "hari ini")


def test_the_example_day_is_a_month_after_the_last_meeting_or_the_workshop() -> None:
    ws = cleared()  # the workshop of 13 August 2003, no meeting yet
    assert fu.example_day(ws, SEDAP, TODAY) == dt.date(2003, 9, 13)
    ws = fu.add_meeting(ws, SEDAP, "31-01-2004", today=TODAY)
    assert fu.example_day(ws, SEDAP, TODAY) == dt.date(2004, 2, 29)
    # never a day still to come: a month after a meeting of yesterday is today
    assert fu.example_day(ws, SEDAP, dt.date(2004, 2, 1)) == dt.date(2004, 2, 1)

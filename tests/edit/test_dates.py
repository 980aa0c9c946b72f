"""Dates typed in the room: a short year is refused, never stored as the year 25."""

from __future__ import annotations

import datetime as dt

import pytest

from pra import i18n
from pra.edit import calendar, info, steps
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("17-08-2025", dt.date(2025, 8, 17)),
        ("17/8/2025", dt.date(2025, 8, 17)),
        ("1.1.2026", dt.date(2026, 1, 1)),
        ("2025-08-17", dt.date(2025, 8, 17)),
        ("2025-8-7", dt.date(2025, 8, 7)),
        ("  ", None),
    ],
)
def test_dates_with_four_digit_years(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["17-08-25", "1-1-25", "17/8/025", "0025-08-17", "17-08-1899"])
def test_short_or_ancient_year_is_refused(text: str) -> None:
    with pytest.raises(PraError) as caught:
        parse_date(text)
    assert caught.value.key == "edit.year_digits"
    assert "17-08-2025" in str(caught.value)


@pytest.mark.parametrize("text", ["31-02-2025", "kemarin", "1-2", "17-08-2025-1"])
def test_other_bad_dates_keep_their_sentence(text: str) -> None:
    with pytest.raises(PraError) as caught:
        parse_date(text)
    assert caught.value.key == "edit.bad_date"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", 'Tanggal "17-08-25": tulis tahun dengan 4 angka, mis. 17-08-2025.'),
        ("en", 'Date "17-08-25": write the year with 4 digits, e.g. 17-08-2025.'),
    ],
)
def test_sentence_in_both_languages(
    monkeypatch: pytest.MonkeyPatch, lang: str, sentence: str
) -> None:
    i18n.set_language(lang)
    with pytest.raises(PraError) as caught:
        parse_date("17-08-25")
    assert str(caught.value) == sentence


def test_preparation_date_keeps_the_old_value_when_refused(ws: Workshop) -> None:
    with pytest.raises(PraError):
        info.set_field(ws, "date", "10-08-03")
    # (a date after Palembang's first follow-up meeting, 1 September 2003, is refused too)
    assert info.set_field(ws, "date", "10-08-2003").info.date == dt.date(2003, 8, 10)


def test_step_and_calendar_start_refuse_short_years(ws: Workshop) -> None:
    with pytest.raises(PraError):
        steps.step_fields(title="Belajar", start="1-1-25")
    with pytest.raises(PraError):
        calendar.set_start(ws, SEDAP, "1-1-25")
    assert steps.step_fields(title="Belajar", start="1-1-2025")["start"] == dt.date(2025, 1, 1)

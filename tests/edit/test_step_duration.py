"""A step's duration typed with its unit: the calendar's unit is accepted, the other refused."""

from __future__ import annotations

import pytest

from pra.edit import calendar, steps
from pra.edit.steps import parse_duration
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


@pytest.mark.parametrize(
    ("text", "unit", "number"),
    [
        ("2", "week", 2),
        ("2 minggu", "week", 2),
        ("2minggu", "week", 2),
        (" 3 Weeks ", "week", 3),
        ("1 bulan", "month", 1),
        ("1 month", "month", 1),
        ("4 bln", "month", 4),
    ],
)
def test_a_duration_in_the_calendars_unit_is_read(text: str, unit: str, number: int) -> None:
    assert parse_duration(text, unit) == number


def test_the_other_unit_is_refused_naming_the_calendars_unit() -> None:
    with pytest.raises(PraError) as caught:
        parse_duration("2 minggu", "month")
    assert caught.value.key == "edit.steps.other_unit"
    assert caught.value.message("id") == (
        '"2 minggu": kalender kelompok ini dihitung per bulan. Tulis lamanya dalam bulan '
        "(mis. 2 bulan), atau ganti satuannya di langkah Kalender kegiatan."
    )
    assert "this group's calendar counts months" in caught.value.message("en")


@pytest.mark.parametrize("text", ["dua minggu", "2 hari", "2,5", "-1"])
def test_a_duration_it_cannot_read_is_refused(text: str) -> None:
    with pytest.raises(PraError) as caught:
        parse_duration(text, "week")
    assert caught.value.key == "edit.steps.bad_duration"


def test_add_step_reads_the_unit_of_the_groups_calendar(ws: Workshop) -> None:
    group = ws.group(SEDAP)
    assert group is not None and group.calendar.unit == "week"
    added = steps.add_step(ws, SEDAP, "Belanja", duration="2 minggu")
    assert added.group(SEDAP).steps[-1].duration == 2  # type: ignore[union-attr]
    with pytest.raises(PraError) as caught:
        steps.add_step(ws, SEDAP, "Belanja", duration="1 bulan")
    assert caught.value.key == "edit.steps.other_unit"
    monthly = calendar.toggle_unit(ws, SEDAP)
    assert (
        steps.add_step(monthly, SEDAP, "Belanja", duration="1 bulan")
        .group(SEDAP)
        .steps[-1]
        .duration
        == 1
    )  # type: ignore[union-attr]

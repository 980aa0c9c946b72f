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
        "(mis. 1 bulan), atau ganti satuannya di langkah Kalender kegiatan."
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


def _bare(ws: Workshop) -> Workshop:
    for s in reversed(ws.group(SEDAP).steps):  # type: ignore[union-attr]
        ws = steps.remove_step(ws, SEDAP, s.id)
    return steps.add_step(steps.add_step(ws, SEDAP, "Mencari modal"), SEDAP, "Mencari tempat")


def test_a_step_in_one_line(ws: Workshop) -> None:
    ws = _bare(ws)
    first, second = (s.id for s in ws.group(SEDAP).steps)  # type: ignore[union-attr]
    pid = {p.name: p.id for p in ws.participants}
    line = steps.parse_step_line(
        ws, SEDAP, "Membeli peralatan kue, 1 minggu, 1.320.000, setelah 1 dan 2, oleh Masitoh"
    )
    assert line == steps.StepLine(
        "Membeli peralatan kue", "1 minggu", "1.320.000", (first, second), (pid["Masitoh"],)
    )
    # any order; "by" twice; a bare small number is the duration, "Rp" or thousands the cost
    line = steps.parse_step_line(ws, SEDAP, "Buka warung, oleh Roh, Rp 50.000, 2, oleh Yus")
    assert line == steps.StepLine(
        "Buka warung", "2", "Rp 50.000", (), (pid["Rohani"], pid["Yusnaini"])
    )
    # commas inside a title stay in it: reading stops at the first part that is none of these
    line = steps.parse_step_line(ws, SEDAP, "Beli tepung, gula, telur, 2 kg, 1 minggu")
    assert line == steps.StepLine("Beli tepung, gula, telur, 2 kg", "1 minggu")
    added = steps.add_step_line(ws, SEDAP, "Belanja, 2 minggu, setelah 2, oleh Masitoh")
    new = added.group(SEDAP).steps[-1]  # type: ignore[union-attr]
    assert (new.title, new.duration, new.depends_on, new.responsible_ids) == (
        "Belanja",
        2,
        (second,),
        (pid["Masitoh"],),
    )


def test_a_step_that_costs_nothing_is_written_with_a_bare_0(ws: Workshop) -> None:
    """``0`` is no duration (a step lasts at least 1): it is the cost, not a second duration."""
    ws = _bare(ws)
    pid = {p.name: p.id for p in ws.participants}
    added = steps.add_step_line(ws, SEDAP, "Beli bahan, 1 minggu, 0, oleh Siti Zubaidah")
    new = added.group(SEDAP).steps[-1]  # type: ignore[union-attr]
    assert (new.title, new.duration, new.cost, new.responsible_ids) == (
        "Beli bahan",
        1,
        0,
        (pid["Siti Zubaidah"],),
    )
    months = calendar.toggle_unit(ws, SEDAP)
    line = steps.parse_step_line(months, SEDAP, "Beli bahan, 1 bulan, 0, oleh Siti")
    assert line == steps.StepLine("Beli bahan", "1 bulan", "0", (), (pid["Siti Zubaidah"],))
    assert steps.parse_step_line(ws, SEDAP, "Beli bahan, 0") == steps.StepLine(
        "Beli bahan", "", "0"
    )


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Belanja, setelah 5", "edit.steps.no_step"),
        # a member of another group: the true reason, not the duration or the cost
        ("Beli bahan, 1 minggu, 0, oleh Siti Aminah", "edit.pledges.no_member"),
        ("Belanja, setelah", "edit.steps.no_step"),
        ("Belanja, 1 minggu, 2 minggu", "edit.steps.two_durations"),
        ("Belanja, 50.000, Rp 20.000", "edit.steps.two_costs"),
        ("Belanja, oleh Zzz", "edit.pledges.no_member"),
        ("Belanja, 1 bulan", "edit.steps.other_unit"),
    ],
)
def test_a_step_line_it_cannot_read_is_refused(ws: Workshop, line: str, key: str) -> None:
    with pytest.raises(PraError) as caught:
        steps.add_step_line(_bare(ws), SEDAP, line)
    assert caught.value.key == key
    assert caught.value.message("id") != key and caught.value.message("en") != key


def test_a_duration_in_the_line_and_in_its_field_is_refused(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        steps.add_step_line(_bare(ws), SEDAP, "Belanja, 2 minggu", duration="3")
    assert caught.value.key == "edit.steps.twice"


@pytest.mark.parametrize(
    ("text", "unit", "example"),
    [
        ("1 bulan", "week", "mis. 4 minggu"),
        ("1 minggu", "month", "mis. 1 bulan"),
        ("9 minggu", "month", "mis. 2 bulan"),
        ("3 bulan", "week", "mis. 13 minggu"),
    ],
)
def test_the_refusals_example_is_about_as_long_as_what_was_typed(
    text: str, unit: str, example: str
) -> None:
    """Rev14: "1 bulan" in weeks was answered "mis. 1 minggu", a quarter of what was meant."""
    with pytest.raises(PraError) as caught:
        parse_duration(text, unit)
    assert f"({example})" in caught.value.message("id")


def test_predecessors_written_as_the_table_writes_them(ws: Workshop) -> None:
    """Rev18: "setelah 1, 2" (the table's "1, 2") was read as step 1 and a duration 2,
    then refused blaming the duration written once. Bare step numbers after "setelah N"
    continue its list; an amount or a duration is no step number."""
    ws = steps.add_step(_bare(ws), SEDAP, "Mencari pelanggan")
    first, second, third = (s.id for s in ws.group(SEDAP).steps)  # type: ignore[union-attr]
    months = calendar.toggle_unit(ws, SEDAP)
    pid = {p.name: p.id for p in ws.participants}
    line = steps.parse_step_line(
        months,
        SEDAP,
        "Buka warung dan melayani pelanggan, 6 bulan, 600.000, setelah 1, 2, oleh Masitoh, Yus",
    )
    assert line == steps.StepLine(
        "Buka warung dan melayani pelanggan",
        "6 bulan",
        "600.000",
        (first, second),
        (pid["Masitoh"], pid["Yusnaini"]),
    )
    line = steps.parse_step_line(months, SEDAP, "Buka warung, 6 bulan, setelah 1, 3, oleh Masitoh")
    assert line == steps.StepLine("Buka warung", "6 bulan", "", (first, third), (pid["Masitoh"],))
    # a duration or an amount after the list ends it; a step number out of range blames the list
    line = steps.parse_step_line(ws, SEDAP, "Buka warung, setelah 1, 3, 2 minggu, 50.000")
    assert line == steps.StepLine("Buka warung", "2 minggu", "50.000", (first, third))
    with pytest.raises(PraError) as caught:
        steps.parse_step_line(ws, SEDAP, "Buka warung, 2 minggu, setelah 1, 7")
    assert caught.value.key == "edit.steps.no_step"
    assert caught.value.message("id").startswith('"setelah 1, 7": tulis nomor langkah')
    # two durations: both parts named, not only the one written right
    with pytest.raises(PraError) as caught:
        steps.parse_step_line(months, SEDAP, "Buka warung, 6 bulan, 2, setelah 1")
    assert caught.value.message("id").startswith('"6 bulan" dan "2" keduanya dibaca sebagai lama')


def test_setelah_on_an_empty_table_says_there_are_no_steps_yet(ws: Workshop) -> None:
    """Rev18: "setelah 2" on an empty table was answered "(1 sampai 0)"."""
    for s in reversed(ws.group(SEDAP).steps):  # type: ignore[union-attr]
        ws = steps.remove_step(ws, SEDAP, s.id)
    with pytest.raises(PraError) as caught:
        steps.add_step_line(ws, SEDAP, "Mencari modal, 2 minggu, setelah 2")
    assert caught.value.key == "edit.steps.no_steps_yet"
    assert "belum punya langkah" in caught.value.message("id")
    assert "0)" not in caught.value.message("id")
    assert "no steps yet" in caught.value.message("en")

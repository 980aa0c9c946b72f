"""Activity steps and calendar settings: dependencies, cycles refused, dates typed."""

from __future__ import annotations

import datetime as dt

import pytest

from pra.edit import calendar, steps
from pra.errors import PraError
from pra.model import Workshop
from pra.plan.schedule import workshop_schedule
from tests.edit.conftest import SEDAP

Fresh = tuple[Workshop, str, list[str]]


def _three(ws: Workshop, gid: str) -> tuple[Workshop, list[str]]:
    ws = steps.add_step(ws, gid, "Belajar menjahit", duration="2", cost="Rp 100.000")
    ws = steps.add_step(ws, gid, "Mencari tempat")
    ws = steps.add_step(ws, gid, "Mencari bahan", start="1-9-2003", end="14-9-2003")
    return ws, [s.id for s in ws.groups[0].steps]


def test_add_step_parses_what_was_typed(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws, _ = _three(ws, gid)
    first, _, third = ws.groups[0].steps
    assert (first.duration, first.cost) == (2, 100000)
    assert (third.start, third.end) == (dt.date(2003, 9, 1), dt.date(2003, 9, 14))
    with pytest.raises(PraError) as caught:
        steps.add_step(ws, gid, "X", start="31-2-2003")
    assert caught.value.key == "edit.bad_date"
    with pytest.raises(PraError):
        steps.add_step(ws, gid, "X", start="", end="1-1-2003")


def test_dependencies_toggle_and_cycles_are_refused_naming_the_steps(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws, (a, b, c) = _three(ws, gid)
    ws = steps.toggle_dependency(ws, gid, b, a)
    ws = steps.toggle_dependency(ws, gid, c, b)
    assert ws.groups[0].steps[2].depends_on == (b,)
    with pytest.raises(PraError) as caught:
        steps.toggle_dependency(ws, gid, a, c)
    message = caught.value.message()
    assert "Belajar menjahit" in message and "Mencari bahan" in message
    with pytest.raises(PraError):
        steps.toggle_dependency(ws, gid, a, a)
    undone = steps.toggle_dependency(ws, gid, c, b)
    assert undone.groups[0].steps[2].depends_on == ()
    removed = steps.remove_step(ws, gid, b)
    assert [s.id for s in removed.groups[0].steps] == [a, c]
    assert removed.groups[0].steps[1].depends_on == ()


def test_responsible_members_only(fresh: Fresh) -> None:
    ws, gid, members = fresh
    ws, (a, _, _) = _three(ws, gid)
    ws = steps.toggle_responsible(ws, gid, a, members[0])
    ws = steps.toggle_responsible(ws, gid, a, members[1])
    assert ws.groups[0].steps[0].responsible_ids == (members[0], members[1])
    ws = steps.toggle_responsible(ws, gid, a, members[0])
    assert ws.groups[0].steps[0].responsible_ids == (members[1],)
    with pytest.raises(PraError) as caught:
        steps.toggle_responsible(ws, gid, a, ws.participants[3].id)
    assert caught.value.key == "edit.group.not_member"


def test_update_and_move_step(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws, (a, b, c) = _three(ws, gid)
    fields = steps.step_fields(title="Belajar menjahit bersama", duration="3", cost="0")
    ws2 = steps.update_step(ws, gid, a, **fields)
    assert (ws2.groups[0].steps[0].title, ws2.groups[0].steps[0].duration) == (
        "Belajar menjahit bersama",
        3,
    )
    with pytest.raises(PraError):
        steps.update_step(ws, gid, a, duration=0)
    moved = steps.move_step(ws, gid, c, -1)
    assert [s.id for s in moved.groups[0].steps] == [a, c, b]


def test_calendar_settings_and_blackouts(ws: Workshop) -> None:
    ws = calendar.set_start(ws, SEDAP, "8-9-2003")
    cal = ws.group(SEDAP).calendar  # type: ignore[union-attr]
    assert cal.start == dt.date(2003, 9, 8) and cal.unit == "week"
    ws = calendar.toggle_unit(ws, SEDAP)
    assert ws.group(SEDAP).calendar.unit == "month"  # type: ignore[union-attr]
    ws = calendar.nudge_max_parallel(ws, SEDAP, -5)
    assert ws.group(SEDAP).calendar.max_parallel_per_person == 1  # type: ignore[union-attr]
    ws = calendar.add_blackout(ws, SEDAP, "Panen", "1-10-2003", "")
    added = ws.group(SEDAP).calendar.blackouts[-1]  # type: ignore[union-attr]
    assert added.start == added.end == dt.date(2003, 10, 1)
    ws = calendar.update_blackout(ws, SEDAP, added.id, "Panen padi", "1-10-2003", "7-10-2003")
    assert ws.group(SEDAP).calendar.blackouts[-1].end == dt.date(2003, 10, 7)  # type: ignore[union-attr]
    with pytest.raises(PraError):
        calendar.add_blackout(ws, SEDAP, "Panen", "", "")
    with pytest.raises(PraError):
        calendar.add_blackout(ws, SEDAP, "Panen", "7-10-2003", "1-10-2003")
    schedule = workshop_schedule(ws, ws.group(SEDAP))  # type: ignore[arg-type]
    assert any(p.blackout_ids for p in schedule.periods)
    gone = calendar.remove_blackout(ws, SEDAP, added.id)
    assert added.id not in [b.id for b in gone.group(SEDAP).calendar.blackouts]  # type: ignore[union-attr]
    assert calendar.set_start(gone, SEDAP, "").group(SEDAP).calendar.start is None  # type: ignore[union-attr]


def test_a_holiday_without_a_first_day_is_refused_with_a_date_of_this_workshop(
    ws: Workshop,
) -> None:
    """rev15-facil 9: "seperti 24-11-2003" in a 2026 workshop."""
    from pra.i18n import t

    later = ws.model_copy(
        update={"info": ws.info.model_copy(update={"date": dt.date(2026, 12, 7)})}
    )
    with pytest.raises(PraError) as refused:
        calendar.add_blackout(later, SEDAP, "Libur Lebaran", "", "")
    said = t(refused.value.key, "id", **refused.value.params)
    assert said == "Tulis tanggal mulainya, seperti 07-12-2026."

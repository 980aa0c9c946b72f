"""Edits of a group's calendar settings (kalender kegiatan): start, unit, unavailable periods."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pra.edit.base import build, group_of, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.model import Blackout, CalendarSettings, Workshop


def _settings(ws: Workshop, group_id: str) -> CalendarSettings:
    return group_of(ws, group_id).calendar


def _with(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    settings = _settings(ws, group_id)
    return replace_group(ws, group_id, calendar=settings.model_copy(update=changes))


def set_start(ws: Workshop, group_id: str, text: str) -> Workshop:
    """The first day of the calendar, typed as ``1-9-2003``; empty text clears it."""
    return _with(ws, group_id, start=parse_date(text))


def toggle_unit(ws: Workshop, group_id: str) -> Workshop:
    """Weeks ↔ months. Step durations keep their numbers (they count the new unit)."""
    unit = "week" if _settings(ws, group_id).unit == "month" else "month"
    return _with(ws, group_id, unit=unit)


def nudge_max_parallel(ws: Workshop, group_id: str, delta: int) -> Workshop:
    """How many overlapping steps one person may hold before the schedule warns (at least 1)."""
    current = _settings(ws, group_id).max_parallel_per_person
    return _with(ws, group_id, max_parallel_per_person=max(1, min(20, current + delta)))


def _blackout_fields(
    label: str, start: str, end: str, example: dt.date | None = None
) -> dict[str, Any]:
    first = parse_date(start)
    if first is None:
        # the example a date of this workshop, not 2003's (rev15-facil 9)
        day = example or dt.date(2003, 11, 24)
        raise PraError("edit.group.date_needed", example=day.strftime("%d-%m-%Y"))
    return {"label": label, "start": first, "end": parse_date(end) or first}


def add_blackout(ws: Workshop, group_id: str, label: str, start: str, end: str = "") -> Workshop:
    """A period the group cannot work (Lebaran, harvest); one day when ``end`` is empty."""
    blackout = build(
        Blackout, id=new_id_for(ws, "bo"), **_blackout_fields(label, start, end, ws.info.date)
    )
    return _with(ws, group_id, blackouts=(*_settings(ws, group_id).blackouts, blackout))


def update_blackout(
    ws: Workshop, group_id: str, blackout_id: str, label: str, start: str, end: str = ""
) -> Workshop:
    fields = _blackout_fields(label, start, end, ws.info.date)
    build(Blackout, id=blackout_id, **fields)
    items = _replace(_settings(ws, group_id).blackouts, blackout_id, **fields)
    return _with(ws, group_id, blackouts=items)


def remove_blackout(ws: Workshop, group_id: str, blackout_id: str) -> Workshop:
    items = remove_item(_settings(ws, group_id).blackouts, blackout_id)
    return _with(ws, group_id, blackouts=items)

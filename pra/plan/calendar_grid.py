"""The activity calendar as a grid (TABEL KALENDER KEGIATAN): steps × periods.

Each cell says whether the step runs in that period and who is responsible,
and whether the period is one the group marked unavailable, so the TUI and the
printed plan draw the same table.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.plan.schedule import Schedule


@dataclass(frozen=True, slots=True)
class CalendarCell:
    """One cell: ``active`` when the step runs in this period; ``responsible_ids`` then set."""

    active: bool
    responsible_ids: tuple[str, ...]
    blackout: bool


@dataclass(frozen=True, slots=True)
class CalendarRow:
    step_id: str
    title: str
    critical: bool
    cells: tuple[CalendarCell, ...]


def calendar_grid(schedule: Schedule) -> tuple[CalendarRow, ...]:
    """One row per step (document order), one cell per period of ``schedule.periods``."""
    blocked = [bool(p.blackout_ids) for p in schedule.periods]
    idle = tuple(CalendarCell(False, (), b) for b in blocked)
    rows = []
    for s in schedule.steps:
        cells = list(idle)
        for i in range(s.start, s.end):
            cells[i] = CalendarCell(True, s.responsible_ids, blocked[i])
        rows.append(CalendarRow(s.step_id, s.title, s.critical, tuple(cells)))
    return tuple(rows)

"""Counting the periods (weeks or months) of a group's activity calendar.

Period 0 begins on the calendar's start date. With weeks, period ``i`` is the
seven days from ``start + 7·i``. With months, periods follow the calendar
months: period 0 runs from the start date to the end of its month, period 1 is
the whole next month, and so on. This is the arithmetic both the model's
bound on a plan's length (:func:`plan_length`) and the schedule
(:mod:`pra.plan.schedule`) use; naming periods lives in :mod:`pra.plan.periods`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pra.model.groups import Step

Unit = Literal["week", "month"]


def period_index(unit: Unit, start: dt.date, day: dt.date) -> int:
    """The period ``day`` falls in; negative before the start."""
    if unit == "week":
        return (day - start).days // 7
    return (day.year - start.year) * 12 + day.month - start.month


def fixed_periods(
    unit: Unit, start: dt.date, first: dt.date, end: dt.date | None, duration: int
) -> tuple[int, int]:
    """Where a step dated ``first`` (to ``end``, else for ``duration`` periods) sits: (period, length).

    A step dated before the calendar ``start`` keeps its end: the part before
    the start is cut off, not pushed later, and it takes at least one period.
    The schedule and the archive's placements both place dated steps with this.
    """
    wanted = period_index(unit, start, first)
    last = wanted + duration - 1 if end is None else period_index(unit, start, end)
    wanted = max(wanted, 0)
    return wanted, max(1, last - wanted + 1)


def calendar_start(steps: Sequence[Step], start: dt.date | None) -> dt.date | None:
    """The calendar's first day: its own start, else the earliest dated step, else none."""
    if start is not None:
        return start
    return min((s.start for s in steps if s.start is not None), default=None)


def plan_length(steps: Sequence[Step], unit: Unit, start: dt.date | None) -> int:
    """How many periods the schedule of ``steps`` takes: the end of the step that ends last.

    The same placement as :func:`pra.plan.schedule.schedule_steps` (a step
    starts when its dependencies end, a dated step not before its date):
    dependencies on unknown steps or on itself are ignored, and steps in a
    cycle (which the model refuses anyway) are left out.
    """
    start = calendar_start(steps, start)
    ordered = _in_document_order(steps, unit, start)
    if ordered is not None:
        return ordered
    by_id = {s.id: s for s in steps}
    deps = {s.id: [d for d in s.depends_on if d in by_id and d != s.id] for s in steps}
    waiting = {ref: len(ds) for ref, ds in deps.items()}
    dependants: dict[str, list[str]] = {ref: [] for ref in by_id}
    for ref, ds in deps.items():
        for d in ds:
            dependants[d].append(ref)
    ready = [s.id for s in steps if waiting[s.id] == 0]
    finish: dict[str, int] = {}
    while ready:
        ref = ready.pop()
        step = by_id[ref]
        first = max((finish[d] for d in deps[ref]), default=0)
        duration = step.duration
        if step.start is not None and start is not None:
            wanted, duration = fixed_periods(unit, start, step.start, step.end, step.duration)
            first = max(first, wanted)
        finish[ref] = first + duration
        for nxt in dependants[ref]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return max(finish.values(), default=0)


def _in_document_order(steps: Sequence[Step], unit: Unit, start: dt.date | None) -> int | None:
    """:func:`plan_length` in one pass when steps wait only for steps listed before them (usual).

    ``None`` when a step waits for a later one: then the general order is needed.
    """
    ids = {s.id for s in steps}
    finish: dict[str, int] = {}
    length = 0
    for step in steps:
        first = 0
        for ref in step.depends_on:
            done = finish.get(ref)
            if done is None:
                if ref in ids and ref != step.id:
                    return None
            elif done > first:
                first = done
        duration = step.duration
        if step.start is not None and start is not None:
            wanted, duration = fixed_periods(unit, start, step.start, step.end, step.duration)
            first = max(first, wanted)
        end = finish[step.id] = first + duration
        if end > length:
            length = end
    return length

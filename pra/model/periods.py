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
from collections.abc import Iterator, Sequence
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


def calendar_start(
    steps: Sequence[Step], start: dt.date | None, unit: Unit = "month"
) -> dt.date | None:
    """The calendar's first day: its own start, else anchored on its dated steps, else none.

    Without a start of its own, the calendar begins early enough that no undated steps
    before a dated step push it past its date (#13): the earliest dated step's period,
    moved back by the longest chain of undated steps that must end before some dated step
    can begin, less the periods that dated step already lies after the earliest one. A
    dated step is then late only when another dated step really pushes it (a chain from
    a dated step is anchored with it, whatever the calendar's start). With months the
    moved start is the first of its month, as the months are counted.
    """
    if start is not None:
        return start
    first = min((s.start for s in steps if s.start is not None), default=None)
    if first is None:
        return None
    back = _undated_lead(steps, unit, first)
    return first if back == 0 else _period_first_day(unit, first, -back)


def _undated_lead(steps: Sequence[Step], unit: Unit, first: dt.date) -> int:
    """Periods the calendar must start before ``first`` so that no dated step waits for undated ones.

    ``chain[s]``: the longest chain of undated steps ending with undated step ``s``, in
    periods (its own duration included); a dated step ``f`` placed ``w`` periods after
    ``first`` needs ``max(chain of its undated dependencies) - w`` periods before ``first``.
    Dependencies on unknown steps or on itself are ignored; steps in a cycle (which the
    model refuses) are left out.
    """
    chain: dict[str, int] = {}
    need = 0
    for step, deps in _in_order(steps):
        lead = max((chain.get(d, 0) for d in deps), default=0)
        if step.start is None:
            chain[step.id] = lead + step.duration
        else:
            chain[step.id] = 0
            need = max(need, lead - period_index(unit, first, step.start))
    return need


def _period_first_day(unit: Unit, start: dt.date, index: int) -> dt.date:
    """The first day of period ``index`` (negative: before ``start``) of a calendar from ``start``."""
    if unit == "week":
        return start + dt.timedelta(days=7 * index)
    total = start.year * 12 + start.month - 1 + index
    return dt.date(total // 12, total % 12 + 1, 1)


def plan_length(steps: Sequence[Step], unit: Unit, start: dt.date | None) -> int:
    """How many periods the schedule of ``steps`` takes: the end of the step that ends last.

    The same placement as :func:`pra.plan.schedule.schedule_steps` (a step
    starts when its dependencies end, a dated step not before its date):
    dependencies on unknown steps or on itself are ignored, and steps in a
    cycle (which the model refuses anyway) are left out.
    """
    start = calendar_start(steps, start, unit)
    ordered = _in_document_order(steps, unit, start)
    if ordered is not None:
        return ordered
    finish: dict[str, int] = {}
    for step, deps in _in_order(steps):
        first = max((finish[d] for d in deps), default=0)
        duration = step.duration
        if step.start is not None and start is not None:
            wanted, duration = fixed_periods(unit, start, step.start, step.end, step.duration)
            first = max(first, wanted)
        finish[step.id] = first + duration
    return max(finish.values(), default=0)


def _in_order(steps: Sequence[Step]) -> Iterator[tuple[Step, list[str]]]:
    """Each step after its dependencies, with them (unknown ids and its own id left out);
    steps in a cycle (which the model refuses) are left out."""
    by_id = {s.id: s for s in steps}
    deps = {
        s.id: [d for d in dict.fromkeys(s.depends_on) if d in by_id and d != s.id] for s in steps
    }
    waiting = {ref: len(ds) for ref, ds in deps.items()}
    dependants: dict[str, list[str]] = {ref: [] for ref in by_id}
    for ref, ds in deps.items():
        for d in ds:
            dependants[d].append(ref)
    ready = [s.id for s in steps if waiting[s.id] == 0]
    while ready:
        ref = ready.pop()
        yield by_id[ref], deps[ref]
        for nxt in dependants[ref]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)


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

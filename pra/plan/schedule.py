"""The activity schedule of a group (kalender kegiatan): when each step can happen.

From the group's steps (duration, dependencies, optional fixed dates) and a
start date, every step gets its earliest start and end in periods (weeks or
months), the critical path is found, and the calendar can be drawn as a grid.
Problems are warnings, never exceptions, because the facilitator is in front
of a room: a person holding too many steps at once, a step in a period the
group marked unavailable, a fixed date that comes before a step's
dependencies end, and a dependency cycle (the cycle is named and one of its
links ignored so that everything else still gets a place).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from pra.model import BusinessGroup, Participant, Step, Workshop
from pra.model.integrity import find_cycle
from pra.model.periods import calendar_start
from pra.plan.memo import once
from pra.plan.notice import Notice
from pra.plan.periods import Period, Unit, fixed_periods, period_bounds


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    """A step placed in the calendar: periods ``start`` … ``end - 1`` (``end`` is exclusive)."""

    step_id: str
    title: str
    start: int
    end: int
    start_date: dt.date | None
    end_date: dt.date | None
    """The last day of the last period, inclusive."""
    responsible_ids: tuple[str, ...]
    depends_on: tuple[str, ...]
    """The dependencies the schedule honoured (unknown ids and broken cycle links left out)."""
    slack: int
    """Periods the step could slip without delaying the end of the plan."""
    fixed: bool

    @property
    def critical(self) -> bool:
        return self.slack == 0


@dataclass(frozen=True, slots=True)
class Schedule:
    """A group's schedule: steps in document order, the periods, the critical path, warnings."""

    unit: Unit
    start: dt.date | None
    steps: tuple[ScheduledStep, ...]
    periods: tuple[Period, ...]
    critical_path: tuple[str, ...]
    warnings: tuple[Notice, ...]

    @property
    def length(self) -> int:
        """Number of periods from the start to the end of the last step."""
        return len(self.periods)

    def step(self, step_id: str) -> ScheduledStep | None:
        return next((s for s in self.steps if s.step_id == step_id), None)


def _order(
    steps: Sequence[Step], deps: dict[str, list[str]]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """A topological order (document order among equals) and the cycles broken to reach it.

    Kahn's algorithm; when it stalls, the remaining steps contain a cycle: it is
    found, recorded, and the link from its earliest-listed step to the next one
    in the cycle is dropped from ``deps`` (mutated on purpose: the scheduler
    must not honour it either).
    """
    position = {s.id: i for i, s in enumerate(steps)}
    dependants: dict[str, list[str]] = {s.id: [] for s in steps}
    waiting = {s.id: len(deps[s.id]) for s in steps}
    for ref, ds in deps.items():
        for d in ds:
            dependants[d].append(ref)
    ready = [position[ref] for ref, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: list[str] = []
    cycles: list[tuple[str, ...]] = []
    while len(order) < len(steps):
        if not ready:
            left = {ref for ref, n in waiting.items() if n > 0}
            cycle = find_cycle({ref: [d for d in deps[ref] if d in left] for ref in sorted(left)})
            cycles.append(tuple(cycle))
            i = min(range(len(cycle)), key=lambda k: position[cycle[k]])
            ref, dropped = cycle[i], cycle[(i + 1) % len(cycle)]
            deps[ref].remove(dropped)
            dependants[dropped].remove(ref)
            waiting[ref] -= 1
            if waiting[ref] == 0:
                heapq.heappush(ready, position[ref])
            continue
        ref = steps[heapq.heappop(ready)].id
        order.append(ref)
        waiting[ref] = -1
        for nxt in dependants[ref]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, position[nxt])
    return order, cycles


def schedule_steps(
    steps: Sequence[Step],
    unit: Unit = "month",
    start: dt.date | None = None,
    *,
    blackouts: Sequence[tuple[str, str, dt.date, dt.date]] = (),
    max_parallel_per_person: int = 2,
    names: dict[str, str] | None = None,
) -> Schedule:
    """Earliest start and end of every step, the critical path, and warnings.

    ``blackouts`` are ``(id, label, first day, last day)``; ``names`` maps
    participant ids to names for the warnings. Without ``start`` the calendar
    is anchored on its fixed dates (:func:`pra.model.periods.calendar_start`: it
    starts early enough that the undated steps before a fixed step end by its
    date), or has no dates at all (periods are then just numbered). A step never
    starts before all its dependencies end — a fixed date that is too early for
    them (a calendar's own start, or another fixed step) is moved and a warning
    says so.
    """
    names = names or {}
    by_id = {s.id: s for s in steps}
    start = calendar_start(steps, start, unit)
    deps = {
        s.id: list(dict.fromkeys(d for d in s.depends_on if d in by_id and d != s.id))
        for s in steps
    }
    order, cycles = _order(steps, deps)
    warnings: list[Notice] = [
        Notice(
            "plan.schedule.cycle",
            {"steps": " → ".join(by_id[r].title for r in (*cycle, cycle[0]))},
        )
        for cycle in cycles
    ]
    begin: dict[str, int] = {}
    finish: dict[str, int] = {}
    for ref in order:
        step = by_id[ref]
        earliest = max((finish[d] for d in deps[ref]), default=0)
        first, duration = earliest, step.duration
        if step.start is not None and start is not None:
            wanted, duration = fixed_periods(unit, start, step.start, step.end, step.duration)
            if step.start < start:
                warnings.append(Notice("plan.schedule.before_start", {"step": step.title}))
            if wanted < earliest:
                warnings.append(
                    Notice(
                        "plan.schedule.fixed_moved",
                        {"step": step.title, "date": step.start},
                    )
                )
            first = max(wanted, earliest)
        begin[ref], finish[ref] = first, first + duration

    length = max(finish.values(), default=0)
    dependants: dict[str, list[str]] = {s.id: [] for s in steps}
    for ref, ds in deps.items():
        for d in ds:
            dependants[d].append(ref)
    latest_finish: dict[str, int] = {}
    for ref in reversed(order):
        latest_finish[ref] = min(
            (latest_finish[n] - (finish[n] - begin[n]) for n in dependants[ref]), default=length
        )
    slack = {ref: latest_finish[ref] - finish[ref] for ref in order}

    periods = _periods(unit, start, length, blackouts)
    placed = tuple(
        ScheduledStep(
            step_id=s.id,
            title=s.title,
            start=begin[s.id],
            end=finish[s.id],
            start_date=periods[begin[s.id]].start if start is not None else None,
            end_date=periods[finish[s.id] - 1].end if start is not None else None,
            responsible_ids=s.responsible_ids,
            depends_on=tuple(deps[s.id]),
            slack=slack[s.id],
            fixed=s.start is not None and start is not None,
        )
        for s in steps
    )
    warnings.extend(_blackout_warnings(placed, blackouts))
    warnings.extend(_overload_warnings(placed, periods, max_parallel_per_person, names))
    return Schedule(
        unit=unit,
        start=start,
        steps=placed,
        periods=periods,
        critical_path=_critical_path(placed, deps),
        warnings=tuple(warnings),
    )


def _periods(
    unit: Unit,
    start: dt.date | None,
    length: int,
    blackouts: Sequence[tuple[str, str, dt.date, dt.date]],
) -> tuple[Period, ...]:
    if start is None:
        return tuple(Period(unit, i, None, None) for i in range(length))
    periods = []
    for i in range(length):
        first, last = period_bounds(unit, start, i)
        hit = tuple(b_id for b_id, _, b0, b1 in blackouts if b0 <= last and first <= b1)
        periods.append(Period(unit, i, first, last, hit))
    return tuple(periods)


def _critical_path(steps: Sequence[ScheduledStep], deps: dict[str, list[str]]) -> tuple[str, ...]:
    """The chain of zero-slack steps ending last, followed back to its beginning."""
    by_id = {s.step_id: s for s in steps}
    length = max((s.end for s in steps), default=0)
    current = next((s for s in steps if s.end == length and s.slack == 0), None)
    path: list[str] = []
    while current is not None:
        path.append(current.step_id)
        here = current
        current = next(
            (
                by_id[d]
                for d in deps[here.step_id]
                if by_id[d].end == here.start and by_id[d].slack == 0
            ),
            None,
        )
    return tuple(reversed(path))


def _blackout_warnings(
    steps: Sequence[ScheduledStep], blackouts: Sequence[tuple[str, str, dt.date, dt.date]]
) -> list[Notice]:
    return [
        Notice(
            "plan.schedule.blackout",
            {"step": s.title, "label": label, "start": b0, "end": b1},
        )
        for s in steps
        if s.start_date is not None and s.end_date is not None
        for _, label, b0, b1 in blackouts
        if b0 <= s.end_date and s.start_date <= b1
    ]


def _overload_warnings(
    steps: Sequence[ScheduledStep],
    periods: Sequence[Period],
    limit: int,
    names: dict[str, str],
) -> list[Notice]:
    """One warning per person holding more than ``limit`` steps at once: the worst count, the first period."""
    changes: dict[str, dict[int, int]] = {}
    for s in steps:
        for person in dict.fromkeys(s.responsible_ids):
            diff = changes.setdefault(person, {})
            diff[s.start] = diff.get(s.start, 0) + 1
            diff[s.end] = diff.get(s.end, 0) - 1
    warnings: list[Notice] = []
    for person, diff in changes.items():
        running, worst, first_at = 0, 0, -1
        for index in sorted(diff):
            running += diff[index]
            if running > worst:
                worst = running
            if running > limit and first_at < 0:
                first_at = index
        if worst > limit:
            warnings.append(
                Notice(
                    "plan.schedule.overload",
                    {
                        "person": names.get(person, person),
                        "steps": worst,
                        "limit": limit,
                        "period": periods[first_at],
                    },
                )
            )
    return warnings


@once
def schedule_group(
    group: BusinessGroup,
    people: Sequence[Participant] = (),
    start: dt.date | None = None,
) -> Schedule:
    """:func:`schedule_steps` with the group's own calendar settings (``start`` overrides theirs)."""
    cal = group.calendar
    return schedule_steps(
        group.steps,
        cal.unit,
        start or cal.start,
        blackouts=[(b.id, b.label, b.start, b.end) for b in cal.blackouts],
        max_parallel_per_person=cal.max_parallel_per_person,
        names={p.id: p.name for p in people},
    )


def workshop_schedule(ws: Workshop, group: BusinessGroup) -> Schedule:
    """The schedule of one of the workshop's groups, with participants' names in warnings."""
    return schedule_group(group, ws.participants)

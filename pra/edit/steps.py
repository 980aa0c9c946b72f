"""Edits of a group's activity steps (langkah kegiatan): who, what it costs, what comes first.

Dependencies and responsibilities refer to ids; removing a step also removes it
from the dependencies of the others. A dependency that would close a cycle is
refused by the whole-document check, with the steps named.
"""

from __future__ import annotations

from typing import Any

from pra.edit.base import build, find, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.capital import parse_rupiah, parse_whole
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.model import Step, Workshop


def step_fields(
    *, title: str, duration: str = "", cost: str = "", start: str = "", end: str = ""
) -> dict[str, Any]:
    """The fields of a step from what was typed: periods, rupiah, dates (``17-08-2025``)."""
    return {
        "title": title,
        "duration": parse_whole(duration) if duration.strip() else 1,
        "cost": parse_rupiah(cost) or 0,
        "start": parse_date(start),
        "end": parse_date(end),
    }


def add_step(
    ws: Workshop,
    group_id: str,
    title: str,
    *,
    duration: str = "",
    cost: str = "",
    start: str = "",
    end: str = "",
    needs: str = "",
) -> Workshop:
    fields = step_fields(title=title, duration=duration, cost=cost, start=start, end=end)
    step = build(Step, id=new_id_for(ws, "st"), needs=needs, **fields)
    return replace_group(ws, group_id, steps=(*group_of(ws, group_id).steps, step))


def update_step(ws: Workshop, group_id: str, step_id: str, **changes: Any) -> Workshop:
    """Change fields of a step (already parsed values; see :func:`step_fields`)."""
    current = find(group_of(ws, group_id).steps, step_id)
    build(Step, **{**current.model_dump(), **changes})
    steps = _replace(group_of(ws, group_id).steps, step_id, **changes)
    return replace_group(ws, group_id, steps=steps)


def remove_step(ws: Workshop, group_id: str, step_id: str) -> Workshop:
    steps = remove_item(group_of(ws, group_id).steps, step_id)
    steps = tuple(
        s.model_copy(update={"depends_on": tuple(d for d in s.depends_on if d != step_id)})
        for s in steps
    )
    return replace_group(ws, group_id, steps=steps)


def move_step(ws: Workshop, group_id: str, step_id: str, delta: int) -> Workshop:
    return replace_group(
        ws, group_id, steps=move_item(group_of(ws, group_id).steps, step_id, delta)
    )


def toggle_responsible(ws: Workshop, group_id: str, step_id: str, participant_id: str) -> Workshop:
    """Make a member responsible for a step, or no longer responsible."""
    group = group_of(ws, group_id)
    step = find(group.steps, step_id)
    if participant_id in step.responsible_ids:
        ids = tuple(r for r in step.responsible_ids if r != participant_id)
    else:
        if participant_id not in group.member_ids:
            raise PraError("edit.group.not_member")
        ids = (*step.responsible_ids, participant_id)
    return update_step(ws, group_id, step_id, responsible_ids=ids)


def toggle_dependency(ws: Workshop, group_id: str, step_id: str, before_id: str) -> Workshop:
    """``step_id`` waits for ``before_id`` (or no longer does); a cycle is refused."""
    group = group_of(ws, group_id)
    step = find(group.steps, step_id)
    find(group.steps, before_id)
    if before_id == step_id:
        raise PraError("edit.group.own_dependency")
    if before_id in step.depends_on:
        deps = tuple(d for d in step.depends_on if d != before_id)
    else:
        deps = (*step.depends_on, before_id)
    return update_step(ws, group_id, step_id, depends_on=deps)

"""Edits of what the community already has (potensi): skills, institutions, resources."""

from __future__ import annotations

from typing import Any

from pra.edit.base import build, find, new_id_for, remove_item, replace_item, update
from pra.model import Institution, Resource, Skill, Workshop


def add_skill(ws: Workshop, name: str) -> Workshop:
    skill = build(Skill, id=new_id_for(ws, "sk"), name=name)
    return update(ws, skills=(*ws.skills, skill))


def toggle_holder(ws: Workshop, skill_id: str, participant_id: str) -> Workshop:
    """Give ``participant_id`` the skill, or take it away (the quick multi-select)."""
    find(ws.participants, participant_id)
    holders = find(ws.skills, skill_id).holder_ids
    if participant_id in holders:
        holders = tuple(h for h in holders if h != participant_id)
    else:
        holders = (*holders, participant_id)
    return update(ws, skills=replace_item(ws.skills, skill_id, holder_ids=holders))


def remove_skill(ws: Workshop, skill_id: str) -> Workshop:
    ideas = tuple(
        i.model_copy(update={"skill_ids": tuple(s for s in i.skill_ids if s != skill_id)})
        for i in ws.ideas
    )
    return update(ws, skills=remove_item(ws.skills, skill_id), ideas=ideas)


def add_institution(ws: Workshop, name: str, **fields: Any) -> Workshop:
    item = build(Institution, id=new_id_for(ws, "in"), name=name, **fields)
    return update(ws, institutions=(*ws.institutions, item))


def update_institution(ws: Workshop, institution_id: str, **changes: Any) -> Workshop:
    return update(ws, institutions=replace_item(ws.institutions, institution_id, **changes))


UNRATED_START = 3
"""The rating a first nudge gives an institution not rated yet, up or down: the middle of
1–5, shown at once; the next nudges move it."""


def nudge_institution(ws: Workshop, institution_id: str, field: str, delta: int) -> Workshop:
    """Importance or closeness one notch up or down, kept within 1–5; not rated yet, the
    first nudge rates it :data:`UNRATED_START`."""
    current = getattr(find(ws.institutions, institution_id), field)
    rating = UNRATED_START if current is None else max(1, min(5, int(current) + delta))
    return update_institution(ws, institution_id, **{field: rating})


def remove_institution(ws: Workshop, institution_id: str) -> Workshop:
    return update(ws, institutions=remove_item(ws.institutions, institution_id))


def add_resource(ws: Workshop, name: str, kind: str = "other") -> Workshop:
    item = build(Resource, id=new_id_for(ws, "rs"), name=name, kind=kind)
    return update(ws, resources=(*ws.resources, item))


def cycle_resource_kind(ws: Workshop, resource_id: str) -> Workshop:
    kinds = ("finance", "market", "service", "natural", "other")
    current = find(ws.resources, resource_id).kind
    following = kinds[(kinds.index(current) + 1) % len(kinds)]
    return update(ws, resources=replace_item(ws.resources, resource_id, kind=following))


def remove_resource(ws: Workshop, resource_id: str) -> Workshop:
    return update(ws, resources=remove_item(ws.resources, resource_id))

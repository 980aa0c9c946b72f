"""Edits of needs, criteria and business ideas, and the scoring matrix."""

from __future__ import annotations

from pra.edit.base import build, find, new_id_for, remove_item, replace_item, update
from pra.model import BusinessIdea, Criterion, Need, Workshop


def add_need(ws: Workshop, text: str, problem_ids: tuple[str, ...] = ()) -> Workshop:
    need = build(Need, id=new_id_for(ws, "nd"), text=text, problem_ids=problem_ids)
    return update(ws, needs=(*ws.needs, need))


def remove_need(ws: Workshop, need_id: str) -> Workshop:
    return update(ws, needs=remove_item(ws.needs, need_id))


def add_criterion(ws: Workshop, name: str, weight: int = 1) -> Workshop:
    criterion = build(Criterion, id=new_id_for(ws, "cr"), name=name, weight=weight)
    return update(ws, criteria=(*ws.criteria, criterion))


def cycle_weight(ws: Workshop, criterion_id: str) -> Workshop:
    weight = find(ws.criteria, criterion_id).weight % 5 + 1
    return update(ws, criteria=replace_item(ws.criteria, criterion_id, weight=weight))


def remove_criterion(ws: Workshop, criterion_id: str) -> Workshop:
    ideas = tuple(
        i.model_copy(update={"scores": {k: v for k, v in i.scores.items() if k != criterion_id}})
        for i in ws.ideas
    )
    return update(ws, criteria=remove_item(ws.criteria, criterion_id), ideas=ideas)


def add_idea(ws: Workshop, name: str) -> Workshop:
    idea = build(BusinessIdea, id=new_id_for(ws, "id"), name=name)
    return update(ws, ideas=(*ws.ideas, idea))


def remove_idea(ws: Workshop, idea_id: str) -> Workshop:
    groups = tuple(
        g.model_copy(update={"idea_id": None}) if g.idea_id == idea_id else g for g in ws.groups
    )
    return update(ws, ideas=remove_item(ws.ideas, idea_id), groups=groups)


def toggle_idea_skill(ws: Workshop, idea_id: str, skill_id: str) -> Workshop:
    """Tick or untick a skill the idea needs (the grouping suggestion matches people by these)."""
    find(ws.skills, skill_id)
    needed = find(ws.ideas, idea_id).skill_ids
    skill_ids = (
        tuple(s for s in needed if s != skill_id) if skill_id in needed else (*needed, skill_id)
    )
    return update(ws, ideas=replace_item(ws.ideas, idea_id, skill_ids=skill_ids))


def set_score(ws: Workshop, idea_id: str, criterion_id: str, score: int | None) -> Workshop:
    """Score one cell of the matrix (1–5), or clear it with ``None``."""
    find(ws.criteria, criterion_id)
    scores = dict(find(ws.ideas, idea_id).scores)
    if score is None:
        scores.pop(criterion_id, None)
    else:
        scores[criterion_id] = score
    return update(ws, ideas=replace_item(ws.ideas, idea_id, scores=scores))

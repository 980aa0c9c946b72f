"""Edits of the problems the room names (menemukenali masalah).

Removing a problem also removes its dots, totals, pairwise answers, links from
needs and the priority mark, so the vote stays consistent; undo restores it.
"""

from __future__ import annotations

from typing import Any, get_args

from pra.edit.base import build, find, move_item, new_id_for, remove_item, replace_item, update
from pra.model import Problem, Workshop
from pra.model.problems import ProblemCategory

CATEGORIES: tuple[str, ...] = get_args(ProblemCategory)


def add_problem(ws: Workshop, title: str, category: str = "other") -> Workshop:
    problem = build(Problem, id=new_id_for(ws, "pb"), title=title, category=category)
    return update(ws, problems=(*ws.problems, problem))


def update_problem(ws: Workshop, problem_id: str, **changes: Any) -> Workshop:
    return update(ws, problems=replace_item(ws.problems, problem_id, **changes))


def cycle_category(ws: Workshop, problem_id: str) -> Workshop:
    current = find(ws.problems, problem_id).category
    following = CATEGORIES[(CATEGORIES.index(current) + 1) % len(CATEGORIES)]
    return update_problem(ws, problem_id, category=following)


def move_problem(ws: Workshop, problem_id: str, delta: int) -> Workshop:
    return update(ws, problems=move_item(ws.problems, problem_id, delta))


def remove_problem(ws: Workshop, problem_id: str) -> Workshop:
    ref = problem_id
    problems = remove_item(ws.problems, ref)
    voting = ws.voting
    dots = voting.dots
    ballots = tuple(
        b.model_copy(update={"dots": {k: v for k, v in b.dots.items() if k != ref}})
        for b in dots.ballots
    )
    totals = {k: v for k, v in dots.totals.items() if k != ref}
    voting = voting.model_copy(
        update={
            "dots": dots.model_copy(update={"ballots": ballots, "totals": totals}),
            "pairwise": tuple(c for c in voting.pairwise if ref not in (c.a, c.b)),
            "priority_id": None if voting.priority_id == ref else voting.priority_id,
        }
    )
    needs = tuple(
        n.model_copy(update={"problem_ids": tuple(p for p in n.problem_ids if p != ref)})
        for n in ws.needs
    )
    return update(ws, problems=problems, voting=voting, needs=needs)

"""Edits of the vote on problems: dots per person or totals, pairwise answers, priority.

The limits (dots per person, cap per problem) are checked here *before* the
document is rebuilt, so the room hears the precise reason ("Ani has used her
3 dots") instead of a generic integrity sentence.
"""

from __future__ import annotations

from typing import Any

from pra.edit.base import find, update
from pra.errors import PraError
from pra.model import DotBallot, PairChoice, Workshop


def _voting(ws: Workshop, **changes: Any) -> Workshop:
    return update(ws, voting=ws.voting.model_copy(update=changes))


def _dots(ws: Workshop, **changes: Any) -> Workshop:
    return _voting(ws, dots=ws.voting.dots.model_copy(update=changes))


def set_method(ws: Workshop, method: str) -> Workshop:
    return _voting(ws, method=method)


def set_dots_per_person(ws: Workshop, n: int) -> Workshop:
    return _dots(ws, dots_per_person=n)


def set_cap(ws: Workshop, cap: int | None) -> Workshop:
    return _dots(ws, cap_per_item=cap)


def set_source(ws: Workshop, source: str) -> Workshop:
    """Ballots per person, or totals read off the paper."""
    return _dots(ws, source=source)


def ballot_of(ws: Workshop, participant_id: str) -> dict[str, int]:
    for ballot in ws.voting.dots.ballots:
        if ballot.participant_id == participant_id:
            return dict(ballot.dots)
    return {}


def _with_ballot(ws: Workshop, participant_id: str, dots: dict[str, int]) -> Workshop:
    others = [b for b in ws.voting.dots.ballots if b.participant_id != participant_id]
    ballots = list(ws.voting.dots.ballots)
    index = next(
        (i for i, b in enumerate(ballots) if b.participant_id == participant_id), len(ballots)
    )
    new = DotBallot(participant_id=participant_id, dots={k: v for k, v in dots.items() if v > 0})
    others.insert(index, new)
    return _dots(ws, ballots=tuple(b for b in others if b.dots))


def add_dot(ws: Workshop, participant_id: str, problem_id: str) -> Workshop:
    """Give one of ``participant_id``'s dots to ``problem_id``, within the agreed limits."""
    person = find(ws.participants, participant_id)
    find(ws.problems, problem_id)
    settings = ws.voting.dots
    dots = ballot_of(ws, participant_id)
    if sum(dots.values()) >= settings.dots_per_person:
        raise PraError("edit.dots_used_up", name=person.name, limit=settings.dots_per_person)
    if settings.cap_per_item is not None and dots.get(problem_id, 0) >= settings.cap_per_item:
        raise PraError("edit.dots_cap", name=person.name, cap=settings.cap_per_item)
    dots[problem_id] = dots.get(problem_id, 0) + 1
    return _with_ballot(ws, participant_id, dots)


def remove_dot(ws: Workshop, participant_id: str, problem_id: str) -> Workshop:
    dots = ballot_of(ws, participant_id)
    if dots.get(problem_id, 0) == 0:
        return ws
    dots[problem_id] -= 1
    return _with_ballot(ws, participant_id, dots)


def totals_room(ws: Workshop) -> int:
    """How many dots all the participants have, that the totals from paper may not pass (the
    workshop's check, ``integrity.totals_over_room``)."""
    return ws.voting.dots.dots_per_person * max(len(ws.participants), 1)


def set_total(ws: Workshop, problem_id: str, total: int) -> Workshop:
    """The number of dots a problem got on paper; refused, naming the problem, the limit and
    the way out, when with the other problems' it passes the dots the participants have (it
    was refused as a save failure, "Perubahan tidak bisa disimpan: …")."""
    problem = find(ws.problems, problem_id)
    if total < 0:
        raise PraError("edit.bad_value", field="total")
    dots = ws.voting.dots
    people = max(len(ws.participants), 1)
    if dots.cap_per_item is not None and total > dots.cap_per_item * people:
        raise PraError(
            "edit.total_over_cap",
            title=problem.title,
            n=total,
            people=people,
            cap=dots.cap_per_item,
            limit=dots.cap_per_item * people,
        )
    others = sum(n for ref, n in dots.totals.items() if ref != problem_id)
    if total and others + total > totals_room(ws):
        raise PraError(
            # alone, it says no other problem's dots ("bersama 0 titik masalah lain")
            "edit.totals_over_room" if others else "edit.total_over_room_alone",
            title=problem.title,
            n=total,
            others=others,
            dots=others + total,
            people=people,
            per=dots.dots_per_person,
            limit=totals_room(ws),
        )
    totals = dict(ws.voting.dots.totals)
    if total:
        totals[problem_id] = total
    else:
        totals.pop(problem_id, None)
    return _dots(ws, totals=totals)


def record_pair(ws: Workshop, a: str, b: str, winner: str) -> Workshop:
    """The room's answer to "A or B?"."""
    choice = PairChoice(a=a, b=b, winner=winner)
    return _voting(ws, pairwise=(*ws.voting.pairwise, choice))


def undo_last_pair(ws: Workshop) -> Workshop:
    if not ws.voting.pairwise:
        raise PraError("edit.no_pair_to_undo")
    return _voting(ws, pairwise=ws.voting.pairwise[:-1])


def set_hidden(ws: Workshop, hidden: bool) -> Workshop:
    return _voting(ws, results_hidden=hidden)


def set_priority(ws: Workshop, problem_id: str | None) -> Workshop:
    if problem_id is not None:
        find(ws.problems, problem_id)
    return _voting(ws, priority_id=problem_id)


def add_reason(ws: Workshop, text: str) -> Workshop:
    text = text.strip()
    if not text:
        raise PraError("edit.required")
    return _voting(ws, reasons=(*ws.voting.reasons, text))


def remove_reason(ws: Workshop, index: int) -> Workshop:
    reasons = list(ws.voting.reasons)
    if not 0 <= index < len(reasons):
        return ws
    del reasons[index]
    return _voting(ws, reasons=tuple(reasons))

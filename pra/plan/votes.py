"""Dot voting results (prioritas masalah): totals, ranks, shares, dots left, breaches.

Works from the ballots (each person's dots) or, when the room voted with
stickers on paper, from the totals alone. The rows are always complete: a
problem nobody voted for is listed with zero dots, so the ranked bar chart
shows everything that was named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pra.model import DotVoting, Participant, Problem, Workshop
from pra.plan.notice import Notice
from pra.plan.ranking import RankedItem, rank, top_ids


@dataclass(frozen=True, slots=True)
class DotsLeft:
    """A participant who has not used all their dots yet."""

    participant_id: str
    name: str
    used: int
    left: int


@dataclass(frozen=True, slots=True)
class CapViolation:
    """More dots from one person on one problem than the agreed cap."""

    participant_id: str
    problem_id: str
    dots: int
    cap: int


@dataclass(frozen=True, slots=True)
class OverLimit:
    """A ballot using more dots than each person has."""

    participant_id: str
    used: int
    limit: int


@dataclass(frozen=True, slots=True)
class DotTally:
    """The result of dot voting, ready to show as a ranked bar chart."""

    source: Literal["ballots", "totals"]
    rows: tuple[RankedItem, ...]
    dots_cast: int
    dots_available: int
    """Dots the present participants hold together (``dots_per_person`` each)."""
    dots_left: tuple[DotsLeft, ...]
    cap_violations: tuple[CapViolation, ...]
    over_limit: tuple[OverLimit, ...]
    warnings: tuple[Notice, ...]

    @property
    def top_ids(self) -> tuple[str, ...]:
        """The problem(s) ranked first; several when tied, none when no dot was cast."""
        return top_ids(self.rows)


def ballot_totals(voting: DotVoting, problem_ids: Sequence[str]) -> dict[str, int]:
    """Dots per problem from the ballots (or the entered totals), zero for problems without dots.

    Dots on an id that is not in ``problem_ids`` are ignored: the model's
    integrity check reports them; a tally must not invent a row for them.
    """
    totals = dict.fromkeys(problem_ids, 0)
    if voting.source == "totals":
        for ref, n in voting.totals.items():
            if ref in totals:
                totals[ref] += n
        return totals
    for ballot in voting.ballots:
        for ref, n in ballot.dots.items():
            if ref in totals:
                totals[ref] += n
    return totals


def tally_dots(
    problems: Sequence[Problem],
    voting: DotVoting,
    participants: Sequence[Participant] = (),
) -> DotTally:
    """Totals, ranks (ties as ties), shares, who has dots left, and breaches of the rules."""
    totals = ballot_totals(voting, [p.id for p in problems])
    rows = rank([(p.id, p.title, totals[p.id]) for p in problems])
    present = [p for p in participants if p.present]
    available = voting.dots_per_person * len(present)
    cast = sum(totals.values())
    warnings: list[Notice] = []
    if voting.source == "totals":
        if cast > available and present:
            warnings.append(
                Notice("plan.votes.totals_over_room", {"dots": cast, "limit": available})
            )
        return DotTally("totals", rows, cast, available, (), (), (), tuple(warnings))

    used = {b.participant_id: sum(b.dots.values()) for b in voting.ballots}
    left = tuple(
        DotsLeft(p.id, p.name, used.get(p.id, 0), voting.dots_per_person - used.get(p.id, 0))
        for p in present
        if used.get(p.id, 0) < voting.dots_per_person
    )
    caps = tuple(
        CapViolation(b.participant_id, ref, n, voting.cap_per_item)
        for b in voting.ballots
        for ref, n in b.dots.items()
        if voting.cap_per_item is not None and n > voting.cap_per_item
    )
    over = tuple(
        OverLimit(b.participant_id, used[b.participant_id], voting.dots_per_person)
        for b in voting.ballots
        if used[b.participant_id] > voting.dots_per_person
    )
    if caps:
        warnings.append(
            Notice("plan.votes.cap_exceeded", {"count": len(caps), "cap": voting.cap_per_item})
        )
    if over:
        warnings.append(
            Notice(
                "plan.votes.too_many_dots", {"count": len(over), "limit": voting.dots_per_person}
            )
        )
    if left:
        warnings.append(
            Notice("plan.votes.dots_left", {"people": len(left), "dots": sum(d.left for d in left)})
        )
    return DotTally("ballots", rows, cast, available, left, caps, over, tuple(warnings))


def dot_tally(ws: Workshop) -> DotTally:
    """:func:`tally_dots` for the workshop's own problems, vote and participants."""
    return tally_dots(ws.problems, ws.voting.dots, ws.participants)

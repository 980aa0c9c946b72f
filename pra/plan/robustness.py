"""Would the top problem change if one ballot were left out? Said without naming anyone.

A facilitator can tell the room "the top problem holds whichever single ballot
is removed" — a result the room can trust — or "the top problem depends on one
ballot", which invites a second look (or a pairwise round) before moving on.
The note never says *whose* ballot: voting stays anonymous on the wall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pra.model import DotVoting, Problem, Workshop
from pra.plan.notice import Notice
from pra.plan.votes import ballot_totals

RobustnessStatus = Literal["holds", "depends", "may_depend", "tied", "no_votes"]


@dataclass(frozen=True, slots=True)
class Robustness:
    """How firmly the top item stands.

    ``holds``: no single ballot's removal changes the top; ``depends``: at least
    one does (``fragile_ballots`` counts how many); ``may_depend``: only totals
    were entered and the lead is small enough that one ballot might decide it;
    ``tied``: the top is already shared; ``no_votes``: nothing to judge.
    """

    status: RobustnessStatus
    top_ids: tuple[str, ...]
    fragile_ballots: int
    note: Notice


def _top(totals: dict[str, int]) -> tuple[str, ...]:
    best = max(totals.values(), default=0)
    return tuple(ref for ref, n in totals.items() if n == best and n > 0)


def dot_robustness(problems: Sequence[Problem], voting: DotVoting) -> Robustness:
    """Remove each ballot in turn and see whether the top problem changes (see module docstring).

    From totals alone the ballots are unknown; the lead is then compared with
    the most dots one person can give one problem (the cap, or all their dots).
    """
    ids = [p.id for p in problems]
    names = {p.id: p.title for p in problems}
    totals = ballot_totals(voting, ids)
    top = _top(totals)
    if not top:
        return Robustness("no_votes", (), 0, Notice("plan.robust.no_votes"))
    title = names[top[0]]
    if len(top) > 1:
        tied = tuple(names[r] for r in top)
        return Robustness("tied", top, 0, Notice("plan.robust.tied", {"problems": tied}))
    if voting.source == "totals":
        one_ballot = min(voting.cap_per_item or voting.dots_per_person, voting.dots_per_person)
        runner_up = max((n for r, n in totals.items() if r != top[0]), default=0)
        if totals[top[0]] - runner_up > one_ballot:
            return Robustness("holds", top, 0, Notice("plan.robust.holds", {"problem": title}))
        return Robustness(
            "may_depend", top, 0, Notice("plan.robust.may_depend", {"problem": title})
        )
    fragile = 0
    for ballot in voting.ballots:
        without = dict(totals)
        for ref, n in ballot.dots.items():
            if ref in without:
                without[ref] -= n
        if _top(without) != top:
            fragile += 1
    if fragile:
        return Robustness(
            "depends",
            top,
            fragile,
            Notice("plan.robust.depends", {"problem": title, "ballots": fragile}),
        )
    return Robustness("holds", top, 0, Notice("plan.robust.holds", {"problem": title}))


def top_problem_robustness(ws: Workshop) -> Robustness:
    """:func:`dot_robustness` for the workshop's own problems and dot vote."""
    return dot_robustness(ws.problems, ws.voting.dots)

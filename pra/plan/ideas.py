"""The business idea matrix: weighted scores per idea, the ranking, and how firm the top is.

Each idea is scored 1–5 against each criterion the room chose, each criterion
weighted 1–5; an idea's total is the sum of score × weight. A missing score
counts as zero and is listed, so a half-filled matrix is visible as such. For
each criterion the matrix also says whether the top idea would change without
it — the same question as the robustness note on the problem vote, asked of
the room's criteria instead of its ballots.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pra.model import BusinessIdea, Criterion, Workshop
from pra.plan.notice import Notice
from pra.plan.ranking import RankedItem, rank, top_ids


@dataclass(frozen=True, slots=True)
class CriterionNote:
    """Whether the top idea holds without one criterion; ``top_without`` are the ids then on top."""

    criterion_id: str
    holds: bool
    top_without: tuple[str, ...]
    note: Notice


@dataclass(frozen=True, slots=True)
class IdeaMatrix:
    """The scored matrix: ``scores[idea_id]`` follows the order of ``criteria`` (``None``: not scored)."""

    criteria: tuple[Criterion, ...]
    scores: Mapping[str, tuple[int | None, ...]]
    rows: tuple[RankedItem, ...]
    robustness: tuple[CriterionNote, ...]
    warnings: tuple[Notice, ...]

    @property
    def top_ids(self) -> tuple[str, ...]:
        return top_ids(self.rows)


def weighted_total(idea: BusinessIdea, criteria: Sequence[Criterion]) -> int:
    """Σ score × weight over ``criteria``; a criterion the idea was not scored on adds nothing."""
    return sum(idea.scores.get(c.id, 0) * c.weight for c in criteria)


def idea_matrix(ideas: Sequence[BusinessIdea], criteria: Sequence[Criterion]) -> IdeaMatrix:
    """Totals, the ranking (ties as ties), missing scores, and a robustness note per criterion."""
    names = {i.id: i.name for i in ideas}
    rows = rank([(i.id, i.name, weighted_total(i, criteria)) for i in ideas])
    top = top_ids(rows)
    notes: list[CriterionNote] = []
    for c in criteria if top else ():
        rest = [k for k in criteria if k.id != c.id]
        without = top_ids(rank([(i.id, i.name, weighted_total(i, rest)) for i in ideas]))
        holds = without == top
        if holds:
            note = Notice(
                "plan.robust.criterion_holds",
                {"criterion": c.name, "idea": tuple(names[r] for r in top)},
            )
        else:
            # two or more ideas level at the top: said as a tie, not as one "top business"
            note = Notice(
                "plan.robust.criterion_changes"
                if len(without) == 1
                else "plan.robust.criterion_tie",
                {"criterion": c.name, "ideas": tuple(f'"{names[r]}"' for r in without)},
            )
        notes.append(CriterionNote(c.id, holds, without, note))
    warnings = tuple(
        Notice(
            "plan.ideas.missing_scores",
            {"idea": i.name, "criteria": tuple(c.name for c in criteria if c.id not in i.scores)},
        )
        for i in ideas
        if any(c.id not in i.scores for c in criteria)
    )
    return IdeaMatrix(
        criteria=tuple(criteria),
        scores={i.id: tuple(i.scores.get(c.id) for c in criteria) for i in ideas},
        rows=rows,
        robustness=tuple(notes),
        warnings=warnings,
    )


def workshop_ideas(ws: Workshop) -> IdeaMatrix:
    """:func:`idea_matrix` for the workshop's ideas and criteria."""
    return idea_matrix(ws.ideas, ws.criteria)

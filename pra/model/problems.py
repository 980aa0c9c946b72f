"""Problems the room names (menemukenali masalah) and how it prioritised them.

A vote records *how* it was taken, because researchers compare methods and a
group must be able to re-check its own result: dot voting with the agreed number
of dots, entered per person or as totals read off the paper, and pairwise
comparison (the standard PRA tie-breaker).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from pra.model.base import Entity, Id, Record
from pra.model.bounds import BALLOTS_MAX, ITEMS_MAX, PAIRS_MAX
from pra.model.frozen import FrozenDict, ReadOnlyMap
from pra.model.strict import Flag, PositiveWhole, Whole
from pra.model.text import Name, RequiredName, Text

ProblemCategory = Literal[
    "housing", "capital", "health", "education", "work", "social", "environment", "other"
]
"""Fixed categories so that workshops can be compared (perumahan, modal, kesehatan, …)."""

Dots = Annotated[Whole, Field(ge=1, le=100)]


class Problem(Entity):
    """A problem (masalah) with an optional problem tree: its causes and effects."""

    title: RequiredName
    category: ProblemCategory = "other"
    causes: Annotated[tuple[Name, ...], Field(max_length=ITEMS_MAX)] = ()
    effects: Annotated[tuple[Name, ...], Field(max_length=ITEMS_MAX)] = ()
    description: Text = ""


class DotBallot(Record):
    """One participant's dots: problem id → number of dots given to it."""

    participant_id: Id
    dots: ReadOnlyMap[Id, PositiveWhole] = Field(default_factory=FrozenDict)


class DotVoting(Record):
    """Dot voting: each person has ``dots_per_person`` dots, at most ``cap_per_item`` on one problem.

    ``source`` says what was entered: each person's ballot, or only the totals
    read off the paper when the room voted with stickers.
    """

    dots_per_person: Annotated[Whole, Field(ge=1, le=20)] = 3
    cap_per_item: Annotated[Whole, Field(ge=1, le=20)] | None = None
    source: Literal["ballots", "totals"] = "ballots"
    ballots: Annotated[tuple[DotBallot, ...], Field(max_length=BALLOTS_MAX)] = ()
    totals: ReadOnlyMap[Id, Annotated[Whole, Field(ge=0, le=100_000)]] = Field(
        default_factory=FrozenDict
    )


class PairChoice(Record):
    """One pairwise comparison: problem ``a`` against problem ``b``, and the room's choice."""

    a: Id
    b: Id
    winner: Id


class ProblemVoting(Record):
    """How the workshop prioritised its problems, and what it decided."""

    method: Literal["dots", "pairwise"] = "dots"
    dots: DotVoting = DotVoting()
    pairwise: Annotated[tuple[PairChoice, ...], Field(max_length=PAIRS_MAX)] = ()
    results_hidden: Flag = False
    """Hide the tally while voting is open, so that early votes do not sway later ones."""
    priority_id: Id | None = None
    """The problem the room chose as its priority."""
    reasons: Annotated[tuple[Text, ...], Field(max_length=ITEMS_MAX)] = ()
    """Why the room chose as it did, in its own words."""

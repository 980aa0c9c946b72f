"""Needs and business ideas (menggali kebutuhan dan usaha yang diminati).

Needs follow from the prioritised problems; business ideas are compared in a
matrix: each idea scored 1–5 against criteria the room chose, each criterion
weighted.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from pra.model.base import Entity, Id
from pra.model.bounds import POTENTIALS_MAX, PROBLEMS_MAX
from pra.model.frozen import FrozenDict, ReadOnlyMap
from pra.model.potentials import Scale
from pra.model.strict import Whole
from pra.model.text import RequiredName, Text


class Need(Entity):
    """A need (kebutuhan), linked to the problems it answers."""

    text: RequiredName
    problem_ids: Annotated[tuple[Id, ...], Field(max_length=PROBLEMS_MAX)] = ()


class Criterion(Entity):
    """A criterion the room scores business ideas against (modal, skill, market, risk …).

    Scores are "higher is better": a criterion such as risk is phrased so that 5
    means *low* risk; the facilitator says so when the room scores.
    """

    name: RequiredName
    weight: Annotated[Whole, Field(ge=1, le=5)] = 1


class BusinessIdea(Entity):
    """A business the room is interested in (usaha yang diminati)."""

    name: RequiredName
    description: Text = ""
    skill_ids: Annotated[tuple[Id, ...], Field(max_length=POTENTIALS_MAX)] = ()
    """The skills the business needs: group forming looks for people who have them."""
    scores: ReadOnlyMap[Id, Scale] = Field(default_factory=FrozenDict)
    """Criterion id → score 1–5."""

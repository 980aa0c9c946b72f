"""The workshop document (sesi PRA): one file per workshop, everything in it.

Problems, votes and potentials belong to the whole workshop; from the success
circle on, everything belongs to a business group. Validation checks types *and*
integrity (``pra.model.integrity``), so a ``Workshop`` value in memory is always
one that can be saved, reopened and printed.
"""

from __future__ import annotations

from typing import Annotated, Final, Self

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pra.model.base import Id, Record
from pra.model.bounds import (
    CRITERIA_MAX,
    GROUPS_MAX,
    IDEAS_MAX,
    ITEMS_MAX,
    PEOPLE_MAX,
    POTENTIALS_MAX,
    PROBLEMS_MAX,
)
from pra.model.followup import GradingRule
from pra.model.frozen import FrozenDict, ReadOnlyMap
from pra.model.groups import BusinessGroup
from pra.model.ideas import BusinessIdea, Criterion, Need
from pra.model.people import Participant
from pra.model.potentials import Institution, Resource, Skill
from pra.model.problems import Problem, ProblemVoting
from pra.model.steps import PraStep
from pra.model.strict import Date, Whole
from pra.model.text import Name, Text

SCHEMA_VERSION: Final = 6


class Place(Record):
    """Where the workshop is held, down to the neighbourhood unit."""

    province: Name = ""
    city: Name = ""
    district: Name = ""
    """Kecamatan."""
    village: Name = ""
    """Kelurahan or desa."""
    rt: Name = ""
    rw: Name = ""


class WorkshopInfo(Record):
    """Preparation (persiapan): place, date, the people running it."""

    title: Name = ""
    place: Place = Place()
    date: Date | None = None
    venue: Name = ""
    facilitators: Annotated[tuple[Name, ...], Field(max_length=ITEMS_MAX)] = ()
    mentor: Name = ""
    """Pendamping: follows the groups up after the workshop."""
    partner: Name = ""
    """The partner organisation: an LSM or the Dinas Sosial."""
    lurah: Name = ""
    """The lurah (or kepala desa) who signs the plans' approval block ("Mengetahui")."""
    agreements: Annotated[tuple[Text, ...], Field(max_length=ITEMS_MAX)] = ()
    """What the workshop agreed, for the workshop record (berita acara)."""


class Workshop(Record):
    """One PRA workshop: the root of the session file."""

    schema_version: Whole = SCHEMA_VERSION
    """First in the file, so any version of ``pra`` can tell what it is reading."""
    id: Id
    info: WorkshopInfo = WorkshopInfo()
    participants: Annotated[tuple[Participant, ...], Field(max_length=PEOPLE_MAX)] = ()
    problems: Annotated[tuple[Problem, ...], Field(max_length=PROBLEMS_MAX)] = ()
    voting: ProblemVoting = ProblemVoting()
    skills: Annotated[tuple[Skill, ...], Field(max_length=POTENTIALS_MAX)] = ()
    institutions: Annotated[tuple[Institution, ...], Field(max_length=POTENTIALS_MAX)] = ()
    resources: Annotated[tuple[Resource, ...], Field(max_length=POTENTIALS_MAX)] = ()
    needs: Annotated[tuple[Need, ...], Field(max_length=POTENTIALS_MAX)] = ()
    criteria: Annotated[tuple[Criterion, ...], Field(max_length=CRITERIA_MAX)] = ()
    ideas: Annotated[tuple[BusinessIdea, ...], Field(max_length=IDEAS_MAX)] = ()
    groups: Annotated[tuple[BusinessGroup, ...], Field(max_length=GROUPS_MAX)] = ()
    grading: GradingRule = GradingRule()
    """How follow-up assessments become grades (A/B/C unless the program has its own)."""
    notes: ReadOnlyMap[PraStep, Text] = Field(default_factory=FrozenDict)
    """The facilitator's notes per workshop step."""

    @field_validator("schema_version")
    @classmethod
    def _current_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise PydanticCustomError(
                "schema_version",
                "schema_version {found} is not {expected}",
                {"found": value, "expected": SCHEMA_VERSION},
            )
        return value

    @model_validator(mode="after")
    def _integrity(self) -> Self:
        from pra.model.integrity import IntegrityError, check

        findings = check(self)
        if findings:
            raise IntegrityError(findings)
        return self

    # Look-ups used everywhere above the model. Each builds its index on demand:
    # a frozen value never changes, so callers may keep the result.
    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def problem(self, problem_id: str) -> Problem | None:
        return next((p for p in self.problems if p.id == problem_id), None)

    def group(self, group_id: str) -> BusinessGroup | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def mentor_of(self, group: BusinessGroup) -> str:
        """The mentor field of ``group``'s pendamping: the group's own, else the workshop's."""
        return group.followup.mentor.strip() or self.info.mentor.strip()

"""A business group (kelompok usaha, KUBE) and everything it plans for itself.

From the success circle on, every step of the workshop is done per group, and
each group gets its own printed plan.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, Self, TypeVar, get_args

from pydantic import Field, model_validator

from pra.model.base import Entity, Id, Record
from pra.model.bounds import ITEMS_MAX, PEOPLE_MAX, STEP_DURATION_MAX, STEPS_MAX
from pra.model.business import BusinessAnalysis
from pra.model.capital import CapitalPlan
from pra.model.followup import GroupFollowUp
from pra.model.frozen import FrozenDict, ReadOnlyMap
from pra.model.money import Rupiah
from pra.model.steps import PraStep
from pra.model.strict import Date, Flag, PositiveWhole, Whole
from pra.model.text import Name, RequiredName, Text

T = TypeVar("T")
Items = Annotated[tuple[T, ...], Field(max_length=ITEMS_MAX)]
"""A list of at most :data:`~pra.model.bounds.ITEMS_MAX` things."""
People = Annotated[tuple[Id, ...], Field(max_length=PEOPLE_MAX)]


class SuccessItem(Entity):
    """What success means to the group (lingkaran sukses), and how they would see it."""

    text: RequiredName
    indicator: Name = ""
    """Something observable: "anak tetap sekolah", "tabungan Rp 50.000 sebulan"."""


class SwotItem(Entity):
    text: RequiredName
    mitigation: Name = ""
    """For a weakness or a threat: how the group will deal with it (cara mengatasi).

    Printed in the plan's risk table; empty is printed as a line to fill in by hand.
    """


class Swot(Record):
    """The group's own view of its situation today (analisis kondisi objektif)."""

    strengths: Items[SwotItem] = ()
    weaknesses: Items[SwotItem] = ()
    opportunities: Items[SwotItem] = ()
    threats: Items[SwotItem] = ()


SWOT_QUADRANTS: Final[tuple[str, ...]] = tuple(Swot.model_fields)
"""The fields of :class:`Swot`, in the order of the 2×2 grid: S W on top, O T below."""

OfficerRole = Literal["chair", "secretary", "treasurer"]
OFFICER_ROLES: Final[tuple[OfficerRole, ...]] = get_args(OfficerRole)
"""The officers a group elects (ketua, sekretaris, bendahara); each is a ``<role>_id`` field."""


PledgeKind = Literal["money", "tool", "materials", "labour", "other"]


class Pledge(Entity):
    """A member's pledge (janji hati): the group's own contribution (swadaya)."""

    participant_id: Id
    kind: PledgeKind = "money"
    description: Name = ""
    value: Rupiah | None = None
    """In rupiah where one can be given; labour or a borrowed tool may have none."""
    kept: Flag = False


class Step(Entity):
    """A step of the group's activity plan (langkah kegiatan).

    Either it is placed by the schedule (``duration`` periods after its
    dependencies end), or it has a fixed ``start`` (and optionally ``end``).
    """

    title: RequiredName
    responsible_ids: People = ()
    needs: Text = ""
    cost: Rupiah = 0
    depends_on: Annotated[tuple[Id, ...], Field(max_length=STEPS_MAX)] = ()
    duration: Annotated[Whole, Field(ge=1, le=STEP_DURATION_MAX)] = 1
    """In periods of the group's calendar (weeks or months)."""
    start: Date | None = None
    end: Date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.end is not None and (self.start is None or self.end < self.start):
            raise ValueError("a step's end needs a start on or before it")
        return self


class Blackout(Entity):
    """A period the group cannot work (Ramadan, Lebaran, harvest …)."""

    label: RequiredName
    start: Date
    end: Date

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.end < self.start:
            raise ValueError("a blackout ends on or after it starts")
        return self


class CalendarSettings(Record):
    """How the activity calendar (kalender kegiatan) is laid out."""

    unit: Literal["week", "month"] = "month"
    start: Date | None = None
    blackouts: Items[Blackout] = ()
    max_parallel_per_person: PositiveWhole = 2
    """Warn when one person is responsible for more overlapping steps than this."""


class BusinessGroup(Entity):
    """A business group formed at the workshop, with its own plan."""

    name: RequiredName
    business: Name = ""
    idea_id: Id | None = None
    reason: Text = ""
    """Why the group chose this business, in its words."""
    member_ids: People = ()
    chair_id: Id | None = None
    secretary_id: Id | None = None
    treasurer_id: Id | None = None
    success: Items[SuccessItem] = ()
    swot: Swot = Swot()
    pledges: Items[Pledge] = ()
    steps: Annotated[tuple[Step, ...], Field(max_length=STEPS_MAX)] = ()
    calendar: CalendarSettings = CalendarSettings()
    capital: CapitalPlan = CapitalPlan()
    followup: GroupFollowUp = GroupFollowUp()
    """Pendampingan after the workshop: meetings, savings, repayments, assessments."""
    analysis: BusinessAnalysis = BusinessAnalysis()
    """The business analysis (analisis usaha); files made before it hold none."""
    notes: ReadOnlyMap[PraStep, Text] = Field(default_factory=FrozenDict)

    def officer_ids(self) -> dict[str, Id | None]:
        """Each of :data:`OFFICER_ROLES` and the participant holding it (``None``: nobody yet)."""
        return {role: getattr(self, f"{role}_id") for role in OFFICER_ROLES}

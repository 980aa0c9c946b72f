"""What the community already has (menemukenali potensi).

Skills (keterampilan) belong to people; institutions (lembaga sosial) carry how
important and how close they are to the group, the data of the PRA Venn
("chapati") diagram; resources (sistem sumber) are outside the group.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import Field

from pra.model.base import Entity, Id
from pra.model.bounds import PEOPLE_MAX
from pra.model.strict import Whole
from pra.model.text import Name, RequiredName, Text

SCALE_LOW: Final = 1
SCALE_HIGH: Final = 5
Scale = Annotated[Whole, Field(ge=SCALE_LOW, le=SCALE_HIGH)]
"""A 1–5 rating (:data:`SCALE_LOW`–:data:`SCALE_HIGH`): 1 is least, 5 is most."""


class Skill(Entity):
    """A skill (keterampilan) and the participants who have it."""

    name: RequiredName
    holder_ids: Annotated[tuple[Id, ...], Field(max_length=PEOPLE_MAX)] = ()


class Institution(Entity):
    """A local institution (arisan, posyandu, majelis taklim …) as the group sees it."""

    name: RequiredName
    kind: Name = ""
    importance: Scale | None = None
    """How much it matters to the group: drawn large in the Venn diagram; ``None``: the room
    has not rated it yet (a new institution: a default 3 was drawn as if the group had said so)."""
    closeness: Scale | None = None
    """How close it is to the group: drawn near the centre in the Venn diagram; ``None``: not
    rated yet."""
    notes: Text = ""

    @property
    def rated(self) -> bool:
        """Both ratings given: only then is it drawn in the Venn diagram."""
        return self.importance is not None and self.closeness is not None


ResourceKind = Literal["finance", "market", "service", "natural", "other"]


class Resource(Entity):
    """A resource outside the group (sistem sumber): koperasi, pasar, bank keliling, orsos …"""

    name: RequiredName
    kind: ResourceKind = "other"
    notes: Text = ""

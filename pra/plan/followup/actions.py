"""Who does a follow-up agreed at a meeting: its members, and the group's pendamping."""

from __future__ import annotations

from pra.model import BusinessGroup, Workshop
from pra.model.followup import FollowUpAction
from pra.model.person_names import person_of


def action_people(
    ws: Workshop, group: BusinessGroup, action: FollowUpAction, mentor_word: str
) -> list[str]:
    """The names of who does ``action``: its members, then the pendamping when it is hers (the
    mentor field's person, the institution aside; ``mentor_word`` when no mentor is named)."""
    names = [p.name for pid in action.responsible_ids if (p := ws.participant(pid)) is not None]
    if action.by_mentor:
        names.append(person_of(ws.mentor_of(group)) or mentor_word)
    return names

"""Who the follow-up counts, and from when: the start of the follow-up and the members in the group on a day."""

from __future__ import annotations

import datetime as dt

from pra.model import BusinessGroup, Workshop


def followup_start(workshop: Workshop, group: BusinessGroup) -> dt.date | None:
    """The day the follow-up counts from: the group's calendar start (the plan's month 0), else
    the workshop's date, else the first meeting; ``None`` when none is known."""
    if group.calendar.start is not None:
        return group.calendar.start
    if workshop.info.date is not None:
        return workshop.info.date
    dates = [m.date for m in group.followup.meetings]
    return min(dates) if dates else None


def left_on(group: BusinessGroup, member_id: str) -> dt.date | None:
    """The day the member left the group, or ``None``."""
    return next((x.date for x in group.followup.left if x.participant_id == member_id), None)


def is_member_on(group: BusinessGroup, member_id: str, day: dt.date) -> bool:
    """Whether the member is in the group on ``day`` (on the list, and not left on or before it)."""
    if member_id not in group.member_ids:
        return False
    gone = left_on(group, member_id)
    return gone is None or day < gone


def members_on(group: BusinessGroup, day: dt.date) -> tuple[str, ...]:
    """The group's members on ``day``, in list order."""
    return tuple(m for m in group.member_ids if is_member_on(group, m, day))

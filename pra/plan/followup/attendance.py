"""Attendance per meeting and per member.

A meeting expects the members in the group on its day (a member who left is
no longer expected). A member's rate counts the group's own meetings
(``kind == "meeting"``) held while they were a member; a mentor's visit is
shown per meeting but does not count against the members.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from pra.model import BusinessGroup
from pra.model.followup import Meeting
from pra.plan.followup.members import is_member_on, members_on


@dataclass(frozen=True, slots=True)
class MeetingAttendance:
    meeting_id: str
    date: dt.date
    kind: str
    present: int
    expected: int

    @property
    def rate(self) -> Decimal | None:
        """Percent of the expected members present; ``None`` when nobody was expected."""
        return Decimal(100) * self.present / self.expected if self.expected else None


@dataclass(frozen=True, slots=True)
class MemberAttendance:
    participant_id: str
    attended: int
    held: int

    @property
    def rate(self) -> Decimal | None:
        return Decimal(100) * self.attended / self.held if self.held else None


def meeting_attendance(group: BusinessGroup, meeting: Meeting) -> MeetingAttendance:
    expected = members_on(group, meeting.date)
    present = sum(1 for pid in meeting.present_ids() if pid in expected)
    return MeetingAttendance(meeting.id, meeting.date, meeting.kind, present, len(expected))


def meetings_until(group: BusinessGroup, on: dt.date) -> list[Meeting]:
    """The group's meetings and visits up to the end of ``on``, by date."""
    return sorted((m for m in group.followup.meetings if m.date <= on), key=lambda m: m.date)


def attendance_by_meeting(group: BusinessGroup, on: dt.date) -> tuple[MeetingAttendance, ...]:
    return tuple(meeting_attendance(group, m) for m in meetings_until(group, on))


def member_attendance(
    group: BusinessGroup, member_id: str, on: dt.date, since: dt.date | None = None
) -> MemberAttendance:
    """The member's attendance at the group's meetings up to ``on`` (from ``since`` on, if given)."""
    held = attended = 0
    for m in meetings_until(group, on):
        if since is not None and m.date < since:
            continue
        if m.kind != "meeting" or not is_member_on(group, member_id, m.date):
            continue
        held += 1
        attended += member_id in m.present_ids()
    return MemberAttendance(member_id, attended, held)


def recent_attendance(group: BusinessGroup, on: dt.date, last: int = 3) -> Decimal | None:
    """Percent present over the last ``last`` group meetings (all present / all expected)."""
    rows = [a for a in attendance_by_meeting(group, on) if a.kind == "meeting"][-last:]
    expected = sum(a.expected for a in rows)
    return Decimal(100) * sum(a.present for a in rows) / expected if expected else None


def period_attendance(group: BusinessGroup, first: dt.date, last: dt.date) -> Decimal | None:
    """Percent present over the group's own meetings from ``first`` to ``last`` (all present /
    all expected); ``None`` when none was held then."""
    rows = [
        meeting_attendance(group, m)
        for m in meetings_until(group, last)
        if m.date >= first and m.kind == "meeting"
    ]
    expected = sum(a.expected for a in rows)
    return Decimal(100) * sum(a.present for a in rows) / expected if expected else None

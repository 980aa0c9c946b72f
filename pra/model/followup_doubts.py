"""Follow-up records to look at again: refused when typed, accepted when a file holds them.

Two rules came after files holding their breach had been saved (``add_meeting`` and
``add_action`` accepted them before): a second meeting of one kind on one day (the same
meeting entered twice, its money counted twice), and a follow-up (action) due before the
meeting that agreed it (a year typed wrong). A file holding either still opens, so no
typed work is lost by an upgrade; ``pra check`` says each one as "perlu dilihat lagi",
naming the meeting or the action, and every edit that would add one is refused
(:func:`pra.edit.followup._set_followup` refuses a doubt the group did not hold before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pra.model.integrity import Finding, Loc

if TYPE_CHECKING:
    from pra.model.groups import BusinessGroup


def followup_doubts(group: BusinessGroup, loc: Loc = ()) -> Iterator[Finding]:
    """Each meeting of ``group`` entered a second time on its day (by kind), and each action
    due before its meeting, in document order; ``loc`` is where the follow-up stands."""
    seen: dict[tuple[dt.date, str], int] = {}
    for mi, meeting in enumerate(group.followup.meetings):
        here: Loc = (*loc, "meetings", mi)
        # one group meeting and one mentor's visit a day: the two are different records
        # (attendance counts the group's own meetings only)
        first = seen.setdefault((meeting.date, meeting.kind), mi)
        if first != mi:
            yield Finding(
                (*here, "date"),
                f"integrity.{meeting.kind}_twice",
                {"date": meeting.date, "first": first + 1},
            )
        for ai, action in enumerate(meeting.actions):
            if action.due is not None and action.due < meeting.date:
                # agreed at the meeting, so due on or after it (and so after the workshop)
                yield Finding(
                    (*here, "actions", ai, "due"),
                    "integrity.action_due_before_meeting",
                    {"date": action.due, "meeting": meeting.date},
                )


def doubt_mark(group: BusinessGroup, finding: Finding) -> tuple[str, str, str]:
    """What a doubt of :func:`followup_doubts` is about: its key, the meeting's and the
    action's id, not their position, so that an edit removing an earlier meeting moves no
    doubt."""
    at = finding.loc.index("meetings")
    meeting = group.followup.meetings[int(finding.loc[at + 1])]
    action = meeting.actions[int(finding.loc[at + 3])].id if "actions" in finding.loc else ""
    return finding.key, meeting.id, action


def doubt_marks(group: BusinessGroup) -> set[tuple[str, str, str]]:
    """What each doubt ``group`` holds is about (:func:`doubt_mark`)."""
    return {doubt_mark(group, finding) for finding in followup_doubts(group)}

"""A person taken out of a group's follow-up records, when she is taken out of the group or the workshop."""

from __future__ import annotations

from pra.model.followup import GroupFollowUp


def without_person(followup: GroupFollowUp, participant_id: str) -> GroupFollowUp:
    """``followup`` without ``participant_id``: her rows at meetings (attendance, savings,
    payments), her leading a meeting, her follow-up actions, leaving and rescheduling.

    A member who stops coming after the workshop is recorded as leaving
    (:class:`~pra.model.followup.MemberLeft`), which keeps her records; this is for
    a person removed from the group or the register, which undo brings back.
    """
    pid = participant_id
    if not followup.meetings and not followup.left and not followup.reschedules:
        return followup
    meetings = tuple(
        m.model_copy(
            update={
                "members": tuple(r for r in m.members if r.participant_id != pid),
                "led_by_id": None if m.led_by_id == pid else m.led_by_id,
                "actions": tuple(
                    a.model_copy(
                        update={"responsible_ids": tuple(r for r in a.responsible_ids if r != pid)}
                    )
                    for a in m.actions
                ),
            }
        )
        for m in followup.meetings
    )
    return followup.model_copy(
        update={
            "meetings": meetings,
            "left": tuple(x for x in followup.left if x.participant_id != pid),
            "reschedules": tuple(x for x in followup.reschedules if x.participant_id != pid),
        }
    )

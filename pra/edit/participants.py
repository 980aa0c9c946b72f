"""Edits of the participant register (peserta): fast entry, attendance, order.

Removing a person also removes every reference to them (ballots, skills,
memberships, pledges, responsibilities), so the document stays whole; undo
brings all of it back.
"""

from __future__ import annotations

from typing import Any

from pra.edit.base import build, find, move_item, new_id_for, remove_item, replace_item, update
from pra.model import Participant, Workshop


def split_name_rt(text: str) -> tuple[str, str]:
    """``"Rohani, 05"`` → ``("Rohani", "05")``: the RT typed after a comma, for fast entry."""
    name, comma, rt = text.rpartition(",")
    if comma and name.strip() and rt.strip() and len(rt.strip()) <= 4:
        return name.strip(), rt.strip()
    return text.strip(), ""


def add_participant(ws: Workshop, name: str, **fields: Any) -> Workshop:
    person = build(Participant, id=new_id_for(ws, "p"), name=name, **fields)
    return update(ws, participants=(*ws.participants, person))


def update_participant(ws: Workshop, participant_id: str, **changes: Any) -> Workshop:
    return update(ws, participants=replace_item(ws.participants, participant_id, **changes))


def toggle_present(ws: Workshop, participant_id: str) -> Workshop:
    person = find(ws.participants, participant_id)
    return update_participant(ws, participant_id, present=not person.present)


def toggle_household_head(ws: Workshop, participant_id: str) -> Workshop:
    person = find(ws.participants, participant_id)
    return update_participant(ws, participant_id, household_head=not person.household_head)


def cycle_sex(ws: Workshop, participant_id: str) -> Workshop:
    """Unknown → F → M → unknown: one key for a field most people answer at once."""
    person = find(ws.participants, participant_id)
    following = {None: "F", "F": "M", "M": None}[person.sex]
    return update_participant(ws, participant_id, sex=following)


def move_participant(ws: Workshop, participant_id: str, delta: int) -> Workshop:
    return update(ws, participants=move_item(ws.participants, participant_id, delta))


def remove_participant(ws: Workshop, participant_id: str) -> Workshop:
    pid = participant_id
    people = remove_item(ws.participants, pid)
    voting = ws.voting
    ballots = tuple(b for b in voting.dots.ballots if b.participant_id != pid)
    voting = voting.model_copy(update={"dots": voting.dots.model_copy(update={"ballots": ballots})})
    skills = tuple(
        s.model_copy(update={"holder_ids": tuple(h for h in s.holder_ids if h != pid)})
        for s in ws.skills
    )
    groups = []
    for g in ws.groups:
        changes: dict[str, Any] = {
            "member_ids": tuple(m for m in g.member_ids if m != pid),
            "pledges": tuple(p for p in g.pledges if p.participant_id != pid),
            "steps": tuple(
                s.model_copy(
                    update={"responsible_ids": tuple(r for r in s.responsible_ids if r != pid)}
                )
                for s in g.steps
            ),
            "capital": g.capital.model_copy(
                update={"first_round_ids": tuple(r for r in g.capital.first_round_ids if r != pid)}
            ),
        }
        for role, officer in g.officer_ids().items():
            if officer == pid:
                changes[f"{role}_id"] = None
        groups.append(g.model_copy(update=changes))
    return update(ws, participants=people, voting=voting, skills=skills, groups=tuple(groups))

"""Edits that form business groups (kelompok usaha): create, assign members, officers."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from pra.edit.base import (
    all_ids,
    build,
    find,
    group_of,
    new_id_for,
    next_id,
    remove_item,
    replace_group,
    update,
)
from pra.edit.followup_refs import without_person
from pra.errors import PraError
from pra.model import OFFICER_ROLES, BusinessGroup, BusinessIdea, CapitalPlan, Pledge, Workshop

NEW_GROUP_CASH_UNIT: Final = 500
"""A new group's instalments are rounded up to Rp 500, a sum a treasurer collects in cash
(rev16-lender 7). The model's own default stays Rp 1, what a file without the field means,
so an older file keeps the unit it has."""


def add_group(ws: Workshop, name: str, idea_id: str | None = None, business: str = "") -> Workshop:
    if idea_id is not None:
        idea = find(ws.ideas, idea_id)
        business = business or idea.name
    group = build(
        BusinessGroup,
        id=new_id_for(ws, "g"),
        name=name,
        idea_id=idea_id,
        business=business,
        capital=CapitalPlan(cash_unit=NEW_GROUP_CASH_UNIT),
    )
    return update(ws, groups=(*ws.groups, group))


def update_group(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    return replace_group(ws, group_id, **changes)


def set_business(ws: Workshop, group_id: str, text: str) -> Workshop:
    """The group's business as typed in its own steps (see :func:`read_business`)."""
    business, idea = read_business(ws, group_of(ws, group_id), text)
    return replace_group(ws, group_id, business=business, idea_id=idea.id if idea else None)


_NUMBERED = re.compile(r"(\d+)\s*[:=]\s*(.*)", re.DOTALL)


def read_business(ws: Workshop, group: BusinessGroup, text: str) -> tuple[str, BusinessIdea | None]:
    """The business and idea ``text`` gives ``group``, typed in its field.

    - ``3`` or an idea's name (any case): that idea, worded as the idea (``3`` for the idea
      the group already has keeps the group's words);
    - ``3: Pempek kapal selam Bu Ani`` (or ``3 = …``): idea 3, in the group's own words;
    - other words that still hold the name of the idea the group has (any case, e.g.
      "Menjahit pakaian, seragam sekolah dan permak serta baju muslim" for "Menjahit
      pakaian"): the group keeps its idea, in its new words;
    - any other words: the group's own business, without an idea.

    An empty business, or a number that is no idea's, is refused.
    """
    business = " ".join(text.split())
    if not business:
        raise PraError("edit.groups.no_business")
    numbered = _NUMBERED.fullmatch(business)
    if numbered is not None:
        idea = idea_named(ws, numbered.group(1))
        assert idea is not None  # a number is an idea's or refused
        return numbered.group(2).strip() or idea.name, idea
    idea = idea_named(ws, business)
    linked = linked_idea(ws, group)
    if idea is not None:
        kept = business.isdigit() and idea == linked and group.business
        return (group.business if kept else idea.name), idea
    if linked is not None and linked.name.casefold() in business.casefold():
        return business, linked
    return business, None


def idea_named(ws: Workshop, text: str) -> BusinessIdea | None:
    """The idea ``text`` names: its name (any case) or its number in the list of ideas.

    A number that is no idea's is refused (a free business is words, never a number).
    """
    if text.isdigit():
        n = int(text)
        if not 1 <= n <= len(ws.ideas):
            if not ws.ideas:
                raise PraError("edit.groups.no_ideas", n=n)
            raise PraError("edit.groups.no_idea_numbered", n=n, last=len(ws.ideas))
        return ws.ideas[n - 1]
    return next((i for i in ws.ideas if i.name.casefold() == text.casefold()), None)


def linked_idea(ws: Workshop, group: BusinessGroup) -> BusinessIdea | None:
    """The idea ``group``'s business comes from, if it still is one of the workshop's."""
    return next((i for i in ws.ideas if i.id == group.idea_id), None)


def remove_group(ws: Workshop, group_id: str) -> Workshop:
    return update(ws, groups=remove_item(ws.groups, group_id))


def _without_member(group: BusinessGroup, participant_id: str) -> BusinessGroup:
    """``group`` without ``participant_id`` and everything she held in it.

    She loses her membership and any officer role, leaves the first-round
    borrower list (only members borrow from the group's fund), her pledge
    (janji hati) is dropped, she is no longer responsible for the group's
    steps nor runs any of its products. A pledge is a promise to *this* group's business and counts in its
    own contribution (swadaya): carrying it into another group would add a
    promise to that group's total that she never made to them, so her new
    group records her pledge in its own janji hati step. Her follow-up records
    in the group go too (:func:`pra.edit.followup_refs.without_person`). Undo
    brings it all back (the TUI keeps whole workshop values).
    """
    pid = participant_id
    capital = group.capital
    changes: dict[str, Any] = {
        "member_ids": tuple(m for m in group.member_ids if m != pid),
        "capital": capital.model_copy(
            update={"first_round_ids": tuple(r for r in capital.first_round_ids if r != pid)}
        ),
        "pledges": tuple(p for p in group.pledges if p.participant_id != pid),
        "steps": tuple(
            s.model_copy(
                update={"responsible_ids": tuple(r for r in s.responsible_ids if r != pid)}
            )
            if pid in s.responsible_ids
            else s
            for s in group.steps
        ),
    }
    changes["followup"] = without_person(group.followup, pid)
    changes["analysis"] = group.analysis.without_member(pid)
    for role, officer in group.officer_ids().items():
        if officer == pid:
            changes[f"{role}_id"] = None
    return group.model_copy(update=changes)


def assign_member(ws: Workshop, participant_id: str, group_id: str | None) -> Workshop:
    """Put a person in ``group_id`` (leaving any other group), or in none with ``None``."""
    find(ws.participants, participant_id)
    if group_id is not None:
        group_of(ws, group_id)
    groups = []
    for g in ws.groups:
        if g.id == group_id and participant_id in g.member_ids:
            groups.append(g)  # already there: she keeps her place, pledge and steps
            continue
        g = _without_member(g, participant_id)
        if g.id == group_id:
            g = g.model_copy(update={"member_ids": (*g.member_ids, participant_id)})
        groups.append(g)
    return update(ws, groups=tuple(groups))


@dataclass(frozen=True)
class Rejoined:
    """What a member brought back to the group he left got back (:func:`rejoin`).

    ``role`` is the office he held there (``None``: none); ``role_holder`` who took
    that seat meanwhile (``None``: it was free and is his again). ``steps_gone``
    counts his steps deleted meanwhile; ``first_round`` and ``followup`` tell whether
    his first-round place and follow-up records came back (``None``: he had none).
    """

    workshop: Workshop
    role: str | None = None
    role_holder: str | None = None
    pledges: int = 0
    steps: int = 0
    steps_gone: int = 0
    first_round: bool | None = None
    followup: bool | None = None


def rejoin(ws: Workshop, participant_id: str, before: BusinessGroup) -> Rejoined | None:
    """``participant_id`` back in the group he left, as ``before`` (the group as it was when
    he left it) held him, leaving the group he is in now; ``None`` when that group is gone.

    He gets back what is still free, whatever else was changed in the group meanwhile: his
    office if nobody took the seat, his own pledges always, his responsibility for each of
    his steps that still exists, each product he ran that still exists (#13), his first-round
    place if the first round was not changed, his follow-up records if they were not changed
    (issue #12, rev15-facil).
    """
    pid = participant_id
    if ws.group(before.id) is None:
        return None
    out = assign_member(ws, pid, before.id)
    group = out.group(before.id)
    assert group is not None
    changes: dict[str, Any] = {"member_ids": _in_order(group.member_ids, before.member_ids, pid)}
    role = next((r for r, o in before.officer_ids().items() if o == pid), None)
    holder = getattr(group, f"{role}_id") if role is not None else None
    if role is not None and holder is None:
        changes[f"{role}_id"] = pid
    changes["pledges"] = _pledges_back(all_ids(out), group.pledges, before.pledges, pid)
    mine = {s.id for s in before.steps if pid in s.responsible_ids}
    was = {s.id: s.responsible_ids for s in before.steps}
    changes["steps"] = tuple(
        s.model_copy(update={"responsible_ids": _in_order(s.responsible_ids, was[s.id], pid)})
        if s.id in mine
        else s
        for s in group.steps
    )
    kept = sum(1 for s in group.steps if s.id in mine)
    ran = {p.id: p.member_ids for p in before.analysis.products if pid in p.member_ids}
    if ran:  # the products he ran as his own business that still exist (#13)
        changes["analysis"] = group.analysis.model_copy(
            update={
                "products": tuple(
                    p.model_copy(update={"member_ids": _in_order(p.member_ids, ran[p.id], pid)})
                    if p.id in ran
                    else p
                    for p in group.analysis.products
                )
            }
        )
    first_round = None
    if pid in before.capital.first_round_ids:
        first_round = group.capital.first_round_ids == tuple(
            r for r in before.capital.first_round_ids if r != pid
        )
        if first_round:
            changes["capital"] = group.capital.model_copy(
                update={"first_round_ids": before.capital.first_round_ids}
            )
    followup = None
    if without_person(before.followup, pid) != before.followup:
        followup = group.followup == without_person(before.followup, pid)
        if followup:
            changes["followup"] = before.followup
    back = update(
        out,
        groups=tuple(g.model_copy(update=changes) if g.id == before.id else g for g in out.groups),
    )
    return Rejoined(
        back,
        role=role,
        role_holder=holder,
        pledges=sum(1 for p in before.pledges if p.participant_id == pid),
        steps=kept,
        steps_gone=len(mine) - kept,
        first_round=first_round,
        followup=followup,
    )


def _in_order(now: tuple[str, ...], was: tuple[str, ...], pid: str) -> tuple[str, ...]:
    """``now`` with ``pid`` back in his place in ``was`` (people added since go last)."""
    return (
        *(r for r in was if r == pid or r in now),
        *(r for r in now if r not in was and r != pid),
    )


def _pledges_back(
    used: set[str], now: tuple[Pledge, ...], was: tuple[Pledge, ...], pid: str
) -> tuple[Pledge, ...]:
    """``now`` with ``pid``'s pledges of ``was`` back in their places (pledges made since go
    last; a pledge whose id was given to another since gets a fresh one)."""
    current = {p.id: p for p in now}
    out: list[Pledge] = []
    for pledge in was:
        if pledge.participant_id == pid:
            if pledge.id in used:
                pledge = pledge.model_copy(update={"id": next_id(used, "pl")})
            used.add(pledge.id)
            out.append(pledge)
        elif pledge.id in current:
            out.append(current.pop(pledge.id))
    return (*out, *current.values())


def set_officer(ws: Workshop, group_id: str, role: str, participant_id: str | None) -> Workshop:
    """Make a member chair, secretary or treasurer (``None`` clears the role)."""
    if role not in OFFICER_ROLES:
        raise PraError("edit.bad_value", field=role)
    group = group_of(ws, group_id)
    if participant_id is not None and participant_id not in group.member_ids:
        raise PraError("edit.officer_not_member")
    changes: dict[str, Any] = {f"{role}_id": participant_id}
    for other, officer in group.officer_ids().items():
        if other != role and officer == participant_id and participant_id is not None:
            changes[f"{other}_id"] = None
    return replace_group(ws, group_id, **changes)


def apply_membership(ws: Workshop, members: Mapping[str, Sequence[str]]) -> Workshop:
    """Replace the members of several groups at once (accepting a suggestion).

    ``members`` maps group id → participant ids; people who are no longer
    members of a group lose what they held in it (see :func:`_without_member`).
    """
    moved = {pid for ids in members.values() for pid in ids}
    groups = []
    for g in ws.groups:
        if g.id in members:
            ids = tuple(members[g.id])
            for pid in set(g.member_ids) - set(ids):
                g = _without_member(g, pid)
            g = g.model_copy(update={"member_ids": ids})
        else:
            for pid in moved & set(g.member_ids):
                g = _without_member(g, pid)
        groups.append(g)
    return update(ws, groups=tuple(groups))


def accept_groups(
    ws: Workshop, drafts: Sequence[tuple[str, str | None, Sequence[str]]]
) -> Workshop:
    """Accept suggested groups: ``(name, idea id, member ids)`` each.

    A group with the same name is reused (its plan is kept); others are
    created. Members move into the suggested groups in one undoable change.
    """
    members: dict[str, Sequence[str]] = {}
    for name, idea_id, member_ids in drafts:
        existing = next((g for g in ws.groups if g.name == name), None)
        if existing is None:
            ws = add_group(ws, name, idea_id)
            members[ws.groups[-1].id] = member_ids
        else:
            members[existing.id] = member_ids
    return apply_membership(ws, members)

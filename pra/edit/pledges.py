"""Edits of a group's pledges (janji hati): each member's own contribution (swadaya)."""

from __future__ import annotations

from typing import Any, Final

from pra.edit.base import build, find, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.capital import parse_rupiah
from pra.errors import PraError
from pra.model import Pledge, Workshop
from pra.model.groups import PledgeKind

KINDS: Final[tuple[PledgeKind, ...]] = ("money", "tool", "materials", "labour", "other")


def _member(ws: Workshop, group_id: str, participant_id: str) -> None:
    if participant_id not in group_of(ws, group_id).member_ids:
        raise PraError("edit.group.not_member")


def add_pledge(
    ws: Workshop,
    group_id: str,
    participant_id: str,
    *,
    kind: PledgeKind = "money",
    description: str = "",
    value: str = "",
) -> Workshop:
    """A member's pledge; ``value`` as typed (``"Rp 200.000"``; empty when it has none)."""
    _member(ws, group_id, participant_id)
    pledge = build(
        Pledge,
        id=new_id_for(ws, "pl"),
        participant_id=participant_id,
        kind=kind,
        description=description,
        value=parse_rupiah(value),
    )
    return replace_group(ws, group_id, pledges=(*group_of(ws, group_id).pledges, pledge))


def update_pledge(ws: Workshop, group_id: str, pledge_id: str, **changes: Any) -> Workshop:
    """Change fields of a pledge; ``value`` may be given as typed text."""
    if isinstance(changes.get("value"), str):
        changes["value"] = parse_rupiah(changes["value"])
    if "participant_id" in changes:
        _member(ws, group_id, changes["participant_id"])
    pledges = _replace(group_of(ws, group_id).pledges, pledge_id, **changes)
    return replace_group(ws, group_id, pledges=pledges)


def toggle_kept(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    pledge = find(group_of(ws, group_id).pledges, pledge_id)
    return update_pledge(ws, group_id, pledge_id, kept=not pledge.kept)


def cycle_kind(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    """Money → tool → materials → labour → other → money."""
    pledge = find(group_of(ws, group_id).pledges, pledge_id)
    following = KINDS[(KINDS.index(pledge.kind) + 1) % len(KINDS)]
    return update_pledge(ws, group_id, pledge_id, kind=following)


def remove_pledge(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    return replace_group(
        ws, group_id, pledges=remove_item(group_of(ws, group_id).pledges, pledge_id)
    )


def move_pledge(ws: Workshop, group_id: str, pledge_id: str, delta: int) -> Workshop:
    pledges = move_item(group_of(ws, group_id).pledges, pledge_id, delta)
    return replace_group(ws, group_id, pledges=pledges)

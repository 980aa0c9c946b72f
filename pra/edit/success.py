"""Edits of a group's success circle (lingkaran sukses): what success means, and how to see it."""

from __future__ import annotations

from pra.edit.base import build, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.model import SuccessItem, Workshop


def add_success(ws: Workshop, group_id: str, text: str, indicator: str = "") -> Workshop:
    """Add what success means to the group, with something observable (``indicator``)."""
    group = group_of(ws, group_id)
    item = build(SuccessItem, id=new_id_for(ws, "su"), text=text, indicator=indicator)
    return replace_group(ws, group_id, success=(*group.success, item))


def update_success(
    ws: Workshop,
    group_id: str,
    item_id: str,
    *,
    text: str | None = None,
    indicator: str | None = None,
) -> Workshop:
    changes = {k: v for k, v in {"text": text, "indicator": indicator}.items() if v is not None}
    group = group_of(ws, group_id)
    return replace_group(ws, group_id, success=_replace(group.success, item_id, **changes))


def remove_success(ws: Workshop, group_id: str, item_id: str) -> Workshop:
    group = group_of(ws, group_id)
    return replace_group(ws, group_id, success=remove_item(group.success, item_id))


def move_success(ws: Workshop, group_id: str, item_id: str, delta: int) -> Workshop:
    group = group_of(ws, group_id)
    return replace_group(ws, group_id, success=move_item(group.success, item_id, delta))

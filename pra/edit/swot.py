"""Edits of a group's SWOT (analisis kondisi objektif): four lists of short sentences."""

from __future__ import annotations

from typing import Final

from pra.edit.base import build, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.errors import PraError
from pra.model import SWOT_QUADRANTS, Swot, SwotItem, Workshop

QUADRANTS: Final = SWOT_QUADRANTS
"""In the order of the 2×2 grid: S W on top, O T below."""


def _items(swot: Swot, quadrant: str) -> tuple[SwotItem, ...]:
    if quadrant not in QUADRANTS:
        raise PraError("edit.bad_value", field=quadrant)
    items: tuple[SwotItem, ...] = getattr(swot, quadrant)
    return items


def _with(ws: Workshop, group_id: str, quadrant: str, items: tuple[SwotItem, ...]) -> Workshop:
    swot = group_of(ws, group_id).swot
    return replace_group(ws, group_id, swot=swot.model_copy(update={quadrant: items}))


def quadrant_of(ws: Workshop, group_id: str, item_id: str) -> str | None:
    """The quadrant holding ``item_id``, or ``None``."""
    swot = group_of(ws, group_id).swot
    return next((q for q in QUADRANTS if any(i.id == item_id for i in _items(swot, q))), None)


RISK_QUADRANTS: Final = ("weaknesses", "threats")
"""The quadrants whose items are risks: each may carry how the group deals with it."""


def add_item(
    ws: Workshop, group_id: str, quadrant: str, text: str, mitigation: str = ""
) -> Workshop:
    items = _items(group_of(ws, group_id).swot, quadrant)
    item = build(SwotItem, id=new_id_for(ws, "sw"), text=text, mitigation=mitigation)
    return _with(ws, group_id, quadrant, (*items, item))


def update_item(
    ws: Workshop,
    group_id: str,
    quadrant: str,
    item_id: str,
    text: str,
    mitigation: str | None = None,
) -> Workshop:
    """The item's text, and its mitigation when given (``None`` keeps it)."""
    items = _items(group_of(ws, group_id).swot, quadrant)
    old = next((i for i in items if i.id == item_id), None)
    if mitigation is None:
        mitigation = old.mitigation if old is not None else ""
    # the same check as a new item: text required, both cleaned
    item = build(SwotItem, id=item_id, text=text, mitigation=mitigation)
    return _with(
        ws,
        group_id,
        quadrant,
        _replace(items, item_id, text=item.text, mitigation=item.mitigation),
    )


def remove_swot_item(ws: Workshop, group_id: str, quadrant: str, item_id: str) -> Workshop:
    items = _items(group_of(ws, group_id).swot, quadrant)
    return _with(ws, group_id, quadrant, remove_item(items, item_id))


def move_swot_item(
    ws: Workshop, group_id: str, quadrant: str, item_id: str, delta: int
) -> Workshop:
    items = _items(group_of(ws, group_id).swot, quadrant)
    return _with(ws, group_id, quadrant, move_item(items, item_id, delta))


def change_quadrant(ws: Workshop, group_id: str, item_id: str, target: str) -> Workshop:
    """Move an item to another quadrant (a strength that is really an opportunity), at its end."""
    source = quadrant_of(ws, group_id, item_id)
    if source is None:
        raise PraError("edit.not_found", ref=item_id)
    if source == target:
        return ws
    swot = group_of(ws, group_id).swot
    item = next(i for i in _items(swot, source) if i.id == item_id)
    kept = tuple(i for i in _items(swot, source) if i.id != item_id)
    moved = (*_items(swot, target), item)
    return replace_group(ws, group_id, swot=swot.model_copy(update={source: kept, target: moved}))

"""Edit commands: pure functions from one workshop value to the next.

Each module holds the edits of one step (``participants``, ``problems`` …); the
shared pieces live in :mod:`pra.edit.base`. The TUI applies them through its
session (undo, autosave); nothing here knows about screens or files.
"""

from pra.edit.base import (
    build,
    find,
    move_item,
    new_id_for,
    next_id,
    remove_item,
    replace_group,
    replace_item,
    revalidate,
    set_note,
    update,
)

__all__ = [
    "build",
    "find",
    "move_item",
    "new_id_for",
    "next_id",
    "remove_item",
    "replace_group",
    "replace_item",
    "revalidate",
    "set_note",
    "update",
]

"""Where the facilitator is: the step, group, tab and voter the writing window shows.

The workshop file holds the workshop, not what a window has open, so the
room's view (``pra show``) learns the facilitator's place from a small note
beside it: for ``lokakarya.json`` it is ``.lokakarya.json.place``, JSON such
as ``{"step": "voting", "group": null, "tab": "tab-vote", "voter": "p-003"}``.
The writing window replaces it atomically whenever its place changes (never
durably: it is worth nothing after a crash); the room reads it when its stat
changes (:mod:`pra.tui.follow`). A note that does not read as such is ignored.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pra.store.atomic import write_atomic
from pra.store.lock import real_path

Place = dict[str, str]
"""Only the keys that have a value: ``step`` always, ``group``, ``tab``, ``voter`` where there are."""


def place_path(path: Path) -> Path:
    """The note of ``path``'s facilitator place (of the real file, as its lock is)."""
    real = real_path(path)
    return real.parent / f".{real.name}.place"


def write_place(path: Path, place: Mapping[str, str]) -> None:
    """Replace the note with ``place``; a folder that cannot be written leaves it as it was."""
    data = json.dumps(dict(place), sort_keys=True, ensure_ascii=False).encode("utf-8")
    with contextlib.suppress(OSError):
        write_atomic(place_path(path), data, durable=False)


def read_place(path: Path) -> Place | None:
    """The place in the note, if there is one that reads as such."""
    try:
        raw: Any = json.loads(place_path(path).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("step"), str):
        return None
    return {str(k): v for k, v in raw.items() if isinstance(v, str)}

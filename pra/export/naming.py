"""File names for exported documents: readable, and safe on every system a plan travels to.

A name is built from what a person looks for in a folder — the kind of
document, the group, the workshop — and then made safe: characters that
Windows, macOS or a USB stick's FAT file system refuse are replaced, control
characters dropped, runs of spaces collapsed, reserved device names (``CON``,
``NUL`` …) avoided, and the length capped in bytes (a name in Arabic script
or with emoji takes several bytes per character).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

MAX_NAME_BYTES: Final = 150
"""Well under the 255-byte limit of common file systems, leaving room for a folder and ``.docx``."""
_UNSAFE: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES: Final = re.compile(r"\s+")
_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def safe_stem(text: str, fallback: str = "pra") -> str:
    """``text`` as a file name without extension (see the module docstring)."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text))
    text = _UNSAFE.sub("_", text.replace('"', "'"))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    text = _SPACES.sub(" ", text).strip(" .")
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        text = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    return text


def unique_names(stems: Iterable[str]) -> list[str]:
    """``stems`` with a number added to repeats (compared without case: Windows and macOS ignore it)."""
    seen: dict[str, int] = {}
    out = []
    for stem in stems:
        key = stem.casefold()
        if key in seen:
            seen[key] += 1
            stem = f"{stem} ({seen[key]})"
        else:
            seen[key] = 1
        out.append(stem)
    return out


def marked_stem(stem: str, mark: str) -> str:
    """``stem - mark``, the stem shortened so that the mark is never cut off (``… - DRAF``)."""
    tail = f" - {mark}"
    room = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    head = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .")
    return safe_stem(f"{head}{tail}")


def plan_stem(kind: str, group: str, workshop: str) -> str:
    """``Rencana usaha - Kelompok Sedap Malam - PRA … 13 Ilir`` made safe."""
    return safe_stem(" - ".join(x for x in (kind, group, workshop) if x))

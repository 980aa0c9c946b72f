"""What this process knows about the files it loaded and saved.

Saving must never overwrite a file that does not load (it is kept aside
first), nor an older-format original (kept once as ``NAME.vN.json``). Checking
the file on disk before every autosave would cost a full load; instead the
store remembers the ``stat`` signature (size, modification time, inode) of each
file it loaded or wrote, with the schema version it had. A file whose signature
still matches is known; any other existing file is inspected before it is
replaced.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Known:
    size: int
    mtime_ns: int
    inode: int
    version: int


_lock = threading.Lock()
_known: dict[str, Known] = {}


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def remember(path: Path, version: int) -> None:
    """``path`` as it is on disk now holds a workshop of ``version`` that loads."""
    signature = _signature(path)
    with _lock:
        if signature is None:
            _known.pop(_key(path), None)
        else:
            _known[_key(path)] = Known(*signature, version)


def known_version(path: Path) -> int | None:
    """The version remembered for ``path``, if the file is still exactly what was remembered."""
    signature = _signature(path)
    with _lock:
        known = _known.get(_key(path))
    if known is None or signature != (known.size, known.mtime_ns, known.inode):
        return None
    return known.version


def forget(path: Path) -> None:
    with _lock:
        _known.pop(_key(path), None)

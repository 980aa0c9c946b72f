"""Rotating backups, and files kept aside, in a ``.pra-backups/`` folder beside the workshop.

Layout, for ``lokakarya.json``::

    .pra-backups/lokakarya.json.1      the version before the last save (newest)
    .pra-backups/lokakarya.json.2      ... up to .5 (oldest); older ones are dropped
    .pra-backups/lokakarya.broken.json a file that did not load, kept aside intact
    .pra-backups/lokakarya.v0.json     an older-format original, kept before migrating

Every save first turns the current file into backup ``.1`` (a hard link where
the file system has them, else a copy), shifting the others up. Files kept
aside are never rotated away; a second one of the same kind gets ``-2``, ``-3``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Final

BACKUP_FOLDER: Final = ".pra-backups"
KEEP: Final = 5
"""How many rotating backups are kept per workshop file."""


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_path(path: Path, n: int) -> Path:
    return backup_folder(path) / f"{path.name}.{n}"


def backups(path: Path) -> list[Path]:
    """The rotating backups of ``path`` that exist, newest first."""
    return [b for n in range(1, KEEP + 1) if (b := backup_path(path, n)).is_file()]


def _link_or_copy(source: Path, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    try:
        os.link(source, target)
    except OSError:  # FAT32 sticks, some network shares: no hard links
        shutil.copyfile(source, target)


def rotate(path: Path, keep: int = KEEP) -> None:
    """Make the current ``path`` the newest backup, shifting older ones; no-op if it does not exist."""
    if not path.is_file():
        return
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    for n in range(keep - 1, 0, -1):
        older = backup_path(path, n)
        if older.exists():
            older.replace(backup_path(path, n + 1))
    _link_or_copy(path, backup_path(path, 1))


def keep_aside(path: Path, label: str) -> Path:
    """Copy ``path`` intact to ``.pra-backups/STEM.LABEL.json`` (never rotated); the copy's path."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}.{label}{path.suffix}"
    n = 2
    while target.exists():
        target = folder / f"{path.stem}.{label}-{n}{path.suffix}"
        n += 1
    shutil.copy2(path, target)
    return target


def newest_good_backup(path: Path) -> Path | None:
    """The newest rotating backup of ``path`` that loads, or ``None``."""
    from pra.store.loading import loads
    from pra.store.problems import WorkshopFileError
    from pra.store.reading import read_file

    for candidate in backups(path):
        try:
            loads(read_file(candidate), str(candidate))
        except WorkshopFileError:
            continue
        return candidate
    return None

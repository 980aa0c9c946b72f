"""Writing a file so that a crash at any moment leaves either the old or the new version.

The data go to a temporary file in the same folder (same file system, so the
final rename is atomic), are flushed and ``fsync``-ed and read back to check
that every byte arrived (a full disk can also cut a write short), then
``os.replace`` puts the temporary file in place, and the folder is ``fsync``-ed so that the rename
itself survives a power cut (where the OS allows opening a folder; Windows
does not, and there the rename is as durable as NTFS makes it).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

TEMP_SUFFIX: Final = ".tmp"


def temp_prefix(path: Path) -> str:
    """Temporary files for ``path`` are hidden: ``.NAME.<random>.tmp``."""
    return f".{path.name}."


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the OS lets a folder be opened."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


NEW_FILE_MODE: Final = 0o666 & ~_read_umask()
"""What ``open`` gives a new file (``0o644`` under the usual umask ``022``): others on the
machine may read it, as they may any document. Read once at import: ``os.umask`` can only be
read by setting it, which is not thread-safe."""


def _mode_for(path: Path) -> int:
    """The mode the written file gets: the old file's, else what ``open`` would give a new one."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return NEW_FILE_MODE


def _write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd`` (``os.write`` may write less than it was given)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _verify(temp: Path, data: bytes) -> None:
    """Raise unless ``temp`` holds exactly ``data``."""
    with temp.open("rb") as handle:
        if handle.read(len(data) + 1) != data:
            raise OSError(errno.EIO, os.strerror(errno.EIO))


def save_problem(path: Path) -> OSError | None:
    """Why ``path`` cannot be saved where it is (a read-only folder or disk), or ``None``.

    Tried as :func:`write_atomic` would: a temporary file is made beside
    ``path`` and removed at once (one a kill leaves is cleaned at the next open).
    """
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent
        )
    except OSError as error:
        return error
    os.close(fd)
    with contextlib.suppress(OSError):
        Path(temp_name).unlink()
    return None


def write_atomic(
    path: Path,
    data: bytes,
    *,
    durable: bool = True,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically; with ``durable``, fsync file and folder.

    ``before_replace`` runs once the new content is completely written and
    checked, just before it is put in place (the store rotates its backups
    there, so a write that fails never rotates them). On any failure the
    temporary file is removed and ``path`` is untouched.
    """
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=folder)
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        _verify(temp, data)
        with contextlib.suppress(OSError):
            temp.chmod(_mode_for(path))
        if before_replace is not None:
            before_replace()
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        fsync_folder(folder)


def is_temp_of(name: str, prefix: str) -> bool:
    """Whether ``name`` is ``PREFIX<random>.tmp`` (``mkstemp``'s random part has no dot).

    So the temporary files of ``w.json`` are never confused with those of
    ``w.json.x.json``.
    """
    if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
        return False
    middle = name[len(prefix) : -len(TEMP_SUFFIX)]
    return bool(middle) and "." not in middle


def remove_stale_temps(path: Path) -> None:
    """Remove temporary files a killed save of ``path`` left behind (call while holding its lock)."""
    prefix = temp_prefix(path)
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if is_temp_of(entry.name, prefix):
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()

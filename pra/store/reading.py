"""Reading a workshop file's bytes safely: size first, then content, every failure in words.

A file larger than :data:`MAX_BYTES` is refused from its ``stat`` before a single
byte is read (a workshop file is well under 1 MB; anything near 20 MB is not one,
and reading it would freeze the projected screen). Missing files, folders and
permission errors, pipes and devices become :class:`~pra.store.file_errors.WorkshopFileError` with one
sentence each.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Final

from pra.oserrors import os_reason
from pra.store.file_errors import FileProblem, WorkshopFileError

MAX_BYTES: Final = 20 * 1024 * 1024
"""The largest file ``pra`` reads (20 MiB)."""


def megabytes(size: int) -> str:
    """``size`` bytes as megabytes with one decimal, for messages."""
    return f"{size / (1024 * 1024):.1f}"


def too_large(source: str, size: int) -> FileProblem:
    return FileProblem(
        source, "store.too_large", {"size": megabytes(size), "limit": megabytes(MAX_BYTES)}
    )


def os_problem(source: str, error: OSError) -> FileProblem:
    """An operating-system error as a sentence about ``source``."""
    if isinstance(error, FileNotFoundError):
        return FileProblem(source, "store.missing")
    if isinstance(error, IsADirectoryError):
        return FileProblem(source, "store.is_folder")
    if isinstance(error, PermissionError):
        return FileProblem(source, "store.no_permission")
    return FileProblem(source, "store.os_error", {"reason": os_reason(error)})


def read_file(path: Path, source: str | None = None) -> bytes:
    """The bytes of ``path``, or :class:`WorkshopFileError` saying why they cannot be had."""
    source = source if source is not None else str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise WorkshopFileError([FileProblem(source, "store.is_folder")])
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block or never end
            raise WorkshopFileError([FileProblem(source, "store.not_a_file")])
        if info.st_size > MAX_BYTES:
            raise WorkshopFileError([too_large(source, info.st_size)])
        with path.open("rb") as handle:
            # Ask for the size seen (plus one byte, to notice growth) rather than
            # for the limit: a read of MAX_BYTES + 1 allocates 20 MiB first, which
            # costs more than reading a small file. A file that grew is read on,
            # still only up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_BYTES + 1 - len(data))
    except OSError as error:
        raise WorkshopFileError([os_problem(source, error)]) from None
    if len(data) > MAX_BYTES:  # grew between stat and read
        raise WorkshopFileError([too_large(source, len(data))])
    return data

"""The data folder as the commands use it: checked first, and said the same way everywhere.

``pra list`` reads the folder; ``pra new``, ``pra demo`` and bare ``pra`` also
write into it. A folder that cannot be used (a file where the folder should
be, a read-only disk, no permission) is one sentence (``list.unusable``, or
``list.folder.*`` for a folder named on the command line that is missing or a
file) and exit 1, never a traceback from deep inside the app.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pra.errors import PraError
from pra.oserrors import os_reason


def _probe_writable(folder: Path) -> None:
    """Raise the OS's error unless a file can be created in ``folder`` (and is removed again)."""
    fd, name = tempfile.mkstemp(prefix=".pra-probe-", suffix=".tmp", dir=folder)
    os.close(fd)
    with contextlib.suppress(OSError):
        Path(name).unlink()


def data_folder(given: Path | None = None, *, writable: bool = False) -> Path:
    """The folder workshops are read from (``given``, else the data folder, made when missing).

    With ``writable``, also checks that a file can be created there. A folder
    that cannot be used raises :class:`PraError`.
    """
    from pra import store

    if given is not None:  # a folder named on the command line is used as it is, never made
        if not given.exists():
            raise PraError("list.folder.missing", folder=given)
        if not given.is_dir():
            raise PraError("list.folder.not_folder", folder=given)
    try:
        folder = given if given is not None else store.data_dir()
    except OSError as error:
        where = error.filename if error.filename is not None else given
        raise PraError("list.unusable", folder=where, reason=os_reason(error)) from None
    if writable:
        try:
            _probe_writable(folder)
        except OSError as error:  # named by the folder, not by the probe's file
            raise PraError("list.unusable", folder=folder, reason=os_reason(error)) from None
    return folder

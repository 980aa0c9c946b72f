"""Where workshop files live, and finding them.

:func:`data_dir` is the user's workshop folder: set by :func:`set_data_dir`
(the CLI's ``--data-dir``), else the environment variable ``PRA_DATA_DIR``,
else the platform's user data folder for ``pra`` (``~/.local/share/pra`` on
Linux, ``%LOCALAPPDATA%\\pra`` on Windows). It is created when asked for.
The shipped examples are elsewhere (:mod:`pra.resources`) and never written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from pra.store.backups import BACKUP_FOLDER

ENV_VAR: Final = "PRA_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Use ``path`` as the workshop folder for the rest of this process (``None``: back to default)."""
    global _override
    _override = Path(path).expanduser() if path is not None else None


def data_dir() -> Path:
    """The workshop folder (created on demand): :func:`set_data_dir`, ``$PRA_DATA_DIR``, platformdirs."""
    if _override is not None:
        folder = _override
    elif os.environ.get(ENV_VAR, "").strip():
        folder = Path(os.environ[ENV_VAR].strip()).expanduser()
    else:
        from platformdirs import user_data_path

        folder = user_data_path("pra", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_workshop_name(name: str) -> bool:
    return name.endswith(".json") and not name.startswith(".")


def iter_workshop_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Every workshop file under ``paths``: files as given, folders searched (sorted, recursively).

    Hidden files and folders (lock notes, temporary files) and the
    ``.pra-backups`` folders are skipped. A given path that does not exist is
    yielded as it is, so that checking it reports it missing.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        for root, folders, files in os.walk(path):
            folders[:] = [f for f in folders if not f.startswith(".") and f != BACKUP_FOLDER]
            found.extend(Path(root) / name for name in files if is_workshop_name(name))
        yield from sorted(found)

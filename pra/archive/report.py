"""The files an archive run could not use, and why: written to ``data/skipped.csv``.

A file that fails to load or validate is never fatal: it is listed with the
sentence ``pra`` gives for it (the same one ``pra check`` prints, naming the
file and the place in it) and the run goes on with the next file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pra.errors import PraError
from pra.i18n import t


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the archive."""

    file: str
    reason: str


def skipped_for(path: Path, error: Exception) -> Skipped:
    """The report line for ``path``: the error's own sentence when it is a :class:`PraError`."""
    if isinstance(error, PraError):
        reason = error.message()
    else:
        reason = t("archive.unreadable", file=str(path), error=str(error).splitlines()[0])
    return Skipped(str(path), reason)


def duplicate(path: Path, workshop_id: str, first: str) -> Skipped:
    """A second file with a workshop id already archived (a copy, or a file saved twice)."""
    return Skipped(str(path), t("archive.duplicate", id=workshop_id, first=first))

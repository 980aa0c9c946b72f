"""The files an archive run could not use, and why: written to ``data/skipped.csv``.

A file that fails to load or validate is never fatal: it is listed with the
sentence ``pra`` gives for it (the one ``pra check`` prints, the place in the
file and the problem) and the run goes on with the next file. The file is
named once, in the ``file`` column (and before the reason on the terminal),
never again inside the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pra.errors import PraError
from pra.i18n import t
from pra.oserrors import os_reason
from pra.store.problems import WorkshopFileError


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the archive."""

    file: str
    reason: str


def reason_for(error: Exception) -> str:
    """Why a file could not be used, without naming the file (the caller names it once)."""
    if isinstance(error, WorkshopFileError):
        first = error.problems[0]
        where = first.where()
        text = t("archive_fix.at_place", place=where, what=first.what()) if where else first.what()
        if len(error.problems) > 1:
            text = t("store.more", first=text, count=len(error.problems) - 1)
        return text
    if isinstance(error, PraError):
        return error.message()
    if isinstance(error, OSError):
        return t("archive_fix.unreadable", error=os_reason(error).text())
    lines = str(error).splitlines()
    return t("archive_fix.unreadable", error=lines[0] if lines else type(error).__name__)


def skipped_for(path: Path, error: Exception) -> Skipped:
    """The report line for ``path``: the error's own sentence, without the file name."""
    return Skipped(str(path), reason_for(error))


def duplicate(path: Path, workshop_id: str, first: str) -> Skipped:
    """A second file with a workshop id already archived (a copy, or a file saved twice)."""
    return Skipped(str(path), t("archive.duplicate", id=workshop_id, first=first))

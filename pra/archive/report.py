"""The files an archive run could not use, and why: written to ``data/skipped.csv``.

A file that fails to load or validate is never fatal: it is listed with the
sentence ``pra`` gives for it (the one ``pra check`` prints, the place in the
file and the problem) and the run goes on with the next file. The file is
named once, in the ``file`` column (and before the reason on the terminal),
never again inside the reason.

Names are stored as they can be written to a UTF-8 file or terminal: the bytes
of a file name that are not UTF-8 (a file copied from an old system) become
U+FFFD (:func:`display_name`), so such a name never stops the run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pra.errors import PraError
from pra.i18n import Language, t
from pra.oserrors import os_reason
from pra.store.problems import WorkshopFileError


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the archive."""

    file: str
    reason: str


def display_name(path: Path | str) -> str:
    """``path`` as text that can always be written: bytes that are not UTF-8 shown as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def writable(text: str) -> str:
    """``text`` that can be encoded as UTF-8: a lone surrogate left in it becomes ``?``."""
    return text.encode("utf-8", "replace").decode("utf-8")


def reason_for(error: Exception, lang: Language | None = None) -> str:
    """Why a file could not be used, without naming the file (the caller names it once)."""
    if isinstance(error, WorkshopFileError):
        first = error.problems[0]
        where, what = first.where(lang), first.what(lang)
        text = t("archive.at_place", lang=lang, place=where, what=what) if where else what
        if len(error.problems) > 1:
            text = t("store.more", lang=lang, first=text, count=len(error.problems) - 1)
        return text
    if isinstance(error, PraError):
        return error.message(lang)
    if isinstance(error, OSError):
        return t("archive.unreadable", lang=lang, error=os_reason(error).text(lang))
    lines = str(error).splitlines()
    return t("archive.unreadable", lang=lang, error=lines[0] if lines else type(error).__name__)


def skipped_for(path: Path | str, error: Exception) -> Skipped:
    """The report line for ``path``: the error's own sentence, without the file name."""
    return Skipped(display_name(path), reason_for(error))


def duplicate(path: Path | str, workshop_id: str, first: str) -> Skipped:
    """A second file with a workshop id already archived (a copy, or a file saved twice).

    ``first``: the :func:`display_name` of the file the workshop was archived from.
    """
    return Skipped(display_name(path), t("archive.duplicate", id=workshop_id, first=first))

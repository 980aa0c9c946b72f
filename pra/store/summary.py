"""One line per workshop in a folder, newest first, for the home screen and ``pra list``.

Each file is loaded (validated) so that a file that would not open is flagged
instead of looking fine; results are cached per file by its size and
modification time, so listing the same folder again is cheap.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from pra.i18n import Language
from pra.model import Workshop
from pra.store.file_errors import FileProblem, WorkshopFileError
from pra.store.folders import is_workshop_name
from pra.store.loading import loads
from pra.store.reading import read_file


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    """What a list of workshops shows. ``problem`` is set (and the rest mostly empty) for a bad file."""

    path: Path
    title: str
    place: str
    date: dt.date | None
    groups: int
    saved: dt.datetime | None
    problem: FileProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def problem_text(self, lang: Language | None = None) -> str | None:
        """The first reason the file does not open, as a sentence; ``None`` when it is fine."""
        return self.problem.text(lang) if self.problem else None


_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int], WorkshopSummary]] = {}


def place_line(ws: Workshop) -> str:
    """``13 Ilir, RT 05/RW 03, Palembang``: the parts of the place that are filled in."""
    place = ws.info.place
    unit = "/".join(
        part
        for part in (f"RT {place.rt}" if place.rt else "", f"RW {place.rw}" if place.rw else "")
        if part
    )
    return ", ".join(part for part in (place.village, unit, place.city) if part)


def summarise(path: Path) -> WorkshopSummary:
    """The summary of one workshop file (never raises for a bad file: it is flagged)."""
    try:
        info = path.stat()
        saved: dt.datetime | None = dt.datetime.fromtimestamp(info.st_mtime).astimezone()
        signature = (info.st_size, info.st_mtime_ns)
    except OSError:
        saved, signature = None, (-1, -1)
    with _cache_lock:
        cached = _cache.get(path)
    if cached is not None and cached[0] == signature:
        return cached[1]
    try:
        ws = loads(read_file(path), str(path))
    except WorkshopFileError as error:
        summary = WorkshopSummary(path, "", "", None, 0, saved, error.problems[0])
    else:
        summary = WorkshopSummary(
            path, ws.info.title, place_line(ws), ws.info.date, len(ws.groups), saved
        )
    with _cache_lock:
        _cache[path] = (signature, summary)
    return summary


def list_workshops(folder: Path | str) -> list[WorkshopSummary]:
    """The workshops directly in ``folder``, newest saved first (then by name); ``[]`` if none."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    files = [
        folder / entry.name
        for entry in os.scandir(folder)
        if is_workshop_name(entry.name) and entry.is_file()
    ]
    summaries = [summarise(p) for p in files]
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    summaries.sort(key=lambda s: s.path.name)
    summaries.sort(key=lambda s: s.saved or oldest, reverse=True)
    return summaries

"""Saving a workshop: validated, backed up, atomic, and never over a file that would be lost.

:func:`save` refuses to write data that would not load back (a value built
with ``model_copy`` skips validation, so the serialised text is validated
again); writes the new content to a temporary file and checks it; only then
turns the current file into the newest backup and puts the new one in its
place (:mod:`pra.store.atomic`). If the file on disk is not one this process loaded
or saved, it is inspected first: a file that does not load is kept aside
intact, and an older-format original is kept once, before it is replaced.
Besides the last five versions, time-spaced snapshots (about one per 10
minutes for two hours, one per day for a week) are kept; see
:mod:`pra.store.backups`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import ValidationError

from pra.errors import PraError
from pra.i18n import Language, t
from pra.model import SCHEMA_VERSION, Workshop
from pra.oserrors import os_reason
from pra.store import known
from pra.store.atomic import write_atomic
from pra.store.backups import keep_aside, rotate
from pra.store.codec import dumps
from pra.store.file_errors import FileProblem, WorkshopFileError
from pra.store.places import problems_of
from pra.store.reading import read_file


class NotSaved(PraError):
    """The workshop was not written because its data would not load back; ``problems`` says why."""

    def __init__(self, file: str, problems: list[FileProblem]) -> None:
        super().__init__("store.not_saved", file=file)
        self.problems = tuple(problems)

    def message(self, lang: Language | None = None) -> str:
        first = self.problems[0]
        where = first.where(lang)
        reason = f"{where}: {first.what(lang)}" if where else first.what(lang)
        return t("store.not_saved", lang=lang, file=self.params["file"], reason=reason)


def _protect_existing(path: Path) -> None:
    """Keep aside what saving over ``path`` would lose: a broken file, an older-format original."""
    version = known.known_version(path)
    if version is None:
        if not path.exists():
            return
        from pra.store.loading import loads_with_version

        try:
            version = loads_with_version(read_file(path), str(path))[1]
        except WorkshopFileError:
            keep_aside(path, "broken")
            return
    if version < SCHEMA_VERSION:
        keep_aside(path, f"v{version}")


def save(ws: Workshop, path: Path | str, *, now: dt.datetime | None = None) -> None:
    """Write ``ws`` to ``path``: validated, the old file rotated into the backups, atomically.

    ``now`` is the time a snapshot of the old file is dated with, when one is
    due (:mod:`pra.store.backups`; default: the current time). The new content is
    written and checked beside the file *before* the backups rotate, so a save
    that fails (a full disk) leaves the file and every backup as they were.
    Raises :class:`NotSaved` when the data would not load back, and
    :class:`~pra.errors.PraError` (``store.write_failed``) when the file system
    refuses; in both cases the file on disk is unchanged.
    """
    path = Path(path)
    if path.is_symlink():  # write through the link, do not replace the link with a file
        path = path.resolve()
    text = dumps(ws)
    data = text.encode("utf-8")
    try:
        Workshop.model_validate_json(data)
    except ValidationError as error:
        raise NotSaved(str(path), problems_of(error, json.loads(text), str(path))) from None
    if path.is_dir():
        raise PraError("store.write_failed", file=str(path), reason=t("store.target_is_folder"))

    def make_room() -> None:  # only once the new file is completely written and checked
        _protect_existing(path)
        rotate(path, now=now)

    try:
        write_atomic(path, data, before_replace=make_room)
    except OSError as error:
        raise PraError("store.write_failed", file=str(path), reason=os_reason(error)) from None
    known.remember(path, SCHEMA_VERSION)

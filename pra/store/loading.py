"""Loading workshop files, and reporting everything wrong with one.

* :func:`loads` / :func:`load` give a valid, current :class:`~pra.model.Workshop`
  or raise :class:`~pra.store.file_errors.WorkshopFileError`, whose message is the
  first problem (file, place, what) and whose ``problems`` are all of them.
* :func:`check_file` returns every problem of a file as
  :class:`~pra.store.file_errors.FileProblem` values (``[]`` when the file is
  fine); :func:`problems` returns the same as sentences, one per problem — what
  ``pra check`` prints. Checking is stricter than loading: text with control
  characters is reported instead of being cleaned.

The usual case is fast: a file of the current ``schema_version`` goes straight
to pydantic's JSON validator (one parse, integrity checked once, inside the
model). Only when that fails, or the version differs, is the file read the slow
way: decoded, parsed with line and column for errors, migrated, validated again
to collect every problem with its place.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from pra.i18n import Language
from pra.model import SCHEMA_VERSION, Workshop
from pra.store import known
from pra.store.codec import BOM, parse
from pra.store.file_errors import FileProblem, WorkshopFileError
from pra.store.migrations import MigrationGap, migrate, oldest_readable
from pra.store.places import problems_of
from pra.store.reading import MAX_BYTES, read_file, too_large

_VERSION_AT_TOP: Final = re.compile(rb'\A\s*\{\s*"schema_version"\s*:\s*(\d{1,9})\s*[,}]')
_STRICT: Final = {"strict_text": True}


def _fast(data: bytes | str, context: dict[str, Any] | None) -> Workshop | None:
    """The workshop, when ``data`` is a current-version file that validates; else ``None``."""
    head = data[:200].encode("utf-8", "replace") if isinstance(data, str) else data[:200]
    match = _VERSION_AT_TOP.match(head)
    if match is None or int(match.group(1)) != SCHEMA_VERSION:
        return None
    try:
        return Workshop.model_validate_json(data, context=context)
    except (ValidationError, ValueError, RecursionError):
        return None


def _document(data: bytes | str, source: str) -> tuple[dict[str, Any], int]:
    """The raw document and its ``schema_version``, brought to the current version."""
    doc = parse(data, source)
    version = doc.get("schema_version") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or not isinstance(version, int) or isinstance(version, bool):
        raise WorkshopFileError([FileProblem(source, "store.not_workshop")])
    if version > SCHEMA_VERSION:
        raise WorkshopFileError(
            [FileProblem(source, "store.newer", {"found": version, "supported": SCHEMA_VERSION})]
        )
    if version < SCHEMA_VERSION:
        try:
            doc = migrate(doc, version)
        except MigrationGap:
            raise WorkshopFileError(
                [
                    FileProblem(
                        source, "store.too_old", {"found": version, "oldest": oldest_readable()}
                    )
                ]
            ) from None
    return doc, version


def _validate(doc: dict[str, Any], source: str, context: dict[str, Any] | None) -> Workshop:
    try:
        return Workshop.model_validate(doc, context=context)
    except ValidationError as error:
        raise WorkshopFileError(problems_of(error, doc, source)) from None
    except RecursionError:
        raise WorkshopFileError([FileProblem(source, "store.too_deep")]) from None


def loads_with_version(
    data: bytes | str, source: str, *, strict_text: bool = False
) -> tuple[Workshop, int]:
    """The workshop in ``data`` and the ``schema_version`` it was written in (see :func:`loads`).

    ``strict_text`` reports text that loading would clean (control characters) as a
    problem instead of cleaning it, as :func:`check_file` does.
    """
    if len(data) > MAX_BYTES:
        raise WorkshopFileError([too_large(source, len(data))])
    context = _STRICT if strict_text else None
    if isinstance(data, bytes) and data.startswith(BOM):
        data = data[len(BOM) :]
    elif isinstance(data, str) and data.startswith("\ufeff"):
        data = data[1:]
    ws = _fast(data, context)
    if ws is not None:
        return ws, SCHEMA_VERSION
    doc, version = _document(data, source)
    return _validate(doc, source, context), version


def loads(data: bytes | str, source: str) -> Workshop:
    """The workshop in ``data`` (a file's bytes or text); ``source`` names it in messages.

    Strips a UTF-8 BOM, migrates an older ``schema_version``, validates (types
    and integrity). Raises :class:`WorkshopFileError` naming ``source`` and the
    place of the first problem; ``.problems`` has them all.
    """
    return loads_with_version(data, source)[0]


def load(path: Path | str) -> Workshop:
    """The workshop saved at ``path`` (refused unread when over 20 MB); see :func:`loads`."""
    path = Path(path)
    ws, version = loads_with_version(read_file(path), str(path))
    known.remember(path, version)
    return ws


def check_file(path: Path | str, today: dt.date | None = None) -> list[FileProblem]:
    """Every problem of the workshop file at ``path``; ``[]`` when it loads cleanly.

    Stricter than :func:`load`: text that loading would silently clean (control
    characters) is a problem here, so a file can be fixed before anything
    changes it; with ``today``, follow-up records dated after it are problems too
    (:func:`pra.model.integrity.after_today`). The file is only read.
    """
    path = Path(path)
    try:
        ws, _ = loads_with_version(read_file(path), str(path), strict_text=True)
    except WorkshopFileError as error:
        return list(error.problems)
    if today is None:
        return []
    from pra.model.integrity import after_today
    from pra.store.places import place_of

    doc = ws.model_dump(mode="json")
    return [
        FileProblem(
            str(path),
            f.key,
            dict(f.params),
            place_of(f.loc, doc, with_field=False) or place_of(f.loc, doc),
        )
        for f in after_today(ws, today)
    ]


def problems(
    path: Path | str, lang: Language | None = None, today: dt.date | None = None
) -> list[str]:
    """:func:`check_file` as sentences, one per problem, in ``lang`` (default: the current one)."""
    return [problem.text(lang) for problem in check_file(path, today)]

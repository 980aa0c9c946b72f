"""One workshop file made ready for the archive: loaded, validated, turned into CSV text.

This is the expensive part of an archive run, and it needs nothing from the
other files, so it can run in worker processes. The one thing it cannot know is
the workshop's code (``pra.archive.codes``: from its id, longer when another
workshop's id starts alike, which only the writer sees): it writes *placeholders* (``\\ue000`` index ``\\ue001``, private-use
characters that never occur in a workshop file) and the writer, which sees the
workshops in order, puts the final codes in with :func:`fill_codes`. A workshop
whose free text holds a participant's name or a phone number is left to the
writer's own process: how much room a code takes in a text (and whether it must
be written short to fit) depends on the final code.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pydantic import ValidationError

from pra.archive.mentor_key import MentorKey
from pra.archive.mentors import without_mentors
from pra.archive.package import pseudonymised_json, without_niks_json
from pra.archive.report import Skipped, display_name, skipped_for, unexpected
from pra.archive.rows import ROWS, Context
from pra.archive.scrub import holds_personal_text, without_names
from pra.errors import PraError
from pra.i18n import Language, set_language, t
from pra.model import Workshop

Loader = Callable[[Path], Workshop]

_OPEN: Final = "\ue000"
_CLOSE: Final = "\ue001"
_TEXT: Final = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_BYTES: Final = re.compile(f"{_OPEN}(\\d+){_CLOSE}".encode())
RAW_PLACEHOLDER: Final = "\ue002"
"""Stands for the raw copy's path in the workshops table until the writer names it."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A workshop as CSV text per table, with placeholder participant codes."""

    source: str
    workshop_id: str
    participants: int
    tables: tuple[tuple[str, int, str | bytes], ...]
    """(table name, number of rows, CSV text without header); UTF-8 bytes when read from the
    cache filled in (:attr:`filled`), to be written as they are."""
    raw: bytes | None
    """The copy to write: pseudonymised (placeholders for codes), or with names the file
    without its NIKs; ``None``: the file is copied as it is (with names, no NIK), or no copies."""
    filled: tuple[str, str] | None = None
    """``(workshop code, raw copy's path)`` the tables are filled in with (from the cache);
    for any other, the templates are read from :attr:`templates_in`."""
    templates_in: tuple[Path, int, tuple[int, ...]] | None = None
    """Where the tables' templates lie unread (a cache entry: its path, offset, their sizes)."""
    raw_in: tuple[Path, int, int] | None = None
    """Where the copy lies unread (a cache entry: its path, offset and size), ``raw`` being
    ``None``: read by :meth:`copy` only when it is written, not for a copy kept in place."""

    def read_templates(self) -> tuple[tuple[str, int, str], ...]:
        """The tables as :func:`as_template` texts, read from :attr:`templates_in`."""
        if self.templates_in is None:
            raise ValueError("no templates to read")
        path, offset, sizes = self.templates_in
        with path.open("rb") as handle:
            handle.seek(offset)
            data = handle.read(sum(sizes))
        if len(data) != sum(sizes):
            raise OSError(f"{path}: cut short")
        tables = []
        start = 0
        for (name, count, _), size in zip(self.tables, sizes, strict=True):
            tables.append((name, count, data[start : start + size].decode("utf-8")))
            start += size
        return tuple(tables)

    def copy(self) -> bytes | None:
        """The copy to write (:attr:`raw`, or read from where :attr:`raw_in` says)."""
        if self.raw_in is None:
            return self.raw
        path, offset, size = self.raw_in
        with path.open("rb") as handle:
            handle.seek(offset)
            data = handle.read(size)
        if len(data) != size:
            raise OSError(f"{path}: cut short")
        return data


def placeholders(ws: Workshop) -> dict[str, str]:
    return {p.id: f"{_OPEN}{k}{_CLOSE}" for k, p in enumerate(ws.participants)}


def holds_placeholders(data: bytes) -> bool:
    """Whether a file's bytes hold the private-use characters used as placeholders.

    Raw (UTF-8) or as JSON escapes; such a file must be archived with final
    codes in the main process, or its text would be read as codes.
    """
    lowered = data.lower()
    return any(
        mark.encode() in data or f"\\u{ord(mark):04x}".encode() in lowered
        for mark in (_OPEN, _CLOSE, RAW_PLACEHOLDER)
    )


def prepare(
    path: Path,
    load: Loader,
    with_names: bool,
    raw: bool,
    lang: Language,
    key: MentorKey | None = None,
) -> Prepared | Skipped | None:
    """Load and validate ``path`` and write its rows; a file that fails becomes a :class:`Skipped`.

    ``lang`` is the language of the reasons (a worker process does not inherit it everywhere);
    ``key``: the steward's mentor key, if any (:mod:`pra.archive.mentor_key`).
    Participant codes and the raw copy's path are placeholders, filled in by the writer.
    ``None``: the file's text holds those placeholder characters itself
    (:func:`holds_placeholders`), or names or numbers to replace in free text
    (:func:`~pra.archive.scrub.holds_personal_text`), so the writer archives it
    in its own process instead, with the final codes.
    """
    set_language(lang)
    try:
        ws = load(path)
        if holds_placeholders(path.read_bytes()):
            return None
        if not with_names and holds_personal_text(ws):
            return None
    except (PraError, OSError, ValueError) as error:
        return skipped_for(path, error)
    except Exception:  # anything unexpected: this file is skipped, the run goes on
        return unexpected(path)
    try:
        copy = RAW_PLACEHOLDER if raw else None
        return render(str(path), ws, placeholders(ws), with_names, copy, key)
    except Exception:
        return unexpected(path)


def render(
    source: str,
    ws: Workshop,
    codes: Mapping[str, str],
    with_names: bool,
    raw_file: str | None,
    key: MentorKey | None = None,
) -> Prepared | Skipped:
    """A validated workshop as CSV text per table and its pseudonymised copy.

    ``codes`` maps participant ids to their codes (or placeholders);
    ``raw_file`` is the copy's path in the package (or its placeholder),
    ``None`` without copies; ``key``: the steward's mentor key, if any.
    """
    if not with_names:
        try:
            ws = without_names(without_mentors(ws, key), codes)
        except ValidationError:
            return Skipped(display_name(source), t("archive.scrub_failed"), "scrub")
    from pra.plan.memo import computed_once

    context = Context(ws, codes, with_names, raw_file)
    tables = []
    # the plan's figures (the business plan, the fund, the schedule) computed once for all the
    # tables that read them (plan_months, group_followup …), as a printed plan does
    with computed_once():
        for name, make in ROWS.items():
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            rows = list(make(context))
            writer.writerows(rows)
            tables.append((name, len(rows), buffer.getvalue()))
    copy: bytes | None = None
    if raw_file is not None:
        if not with_names:
            copy = pseudonymised_json(ws, codes)
        elif any(p.nik for p in ws.participants):
            copy = without_niks_json(ws)  # the NIK is for the printed plan only, never archived
    return Prepared(source, ws.id, len(ws.participants), tuple(tables), copy)


def fill_codes(text: str, codes: Sequence[str]) -> str:
    """``text`` with every placeholder replaced by its code (``codes[index]``)."""
    if _OPEN not in text:
        return text
    return _TEXT.sub(lambda m: codes[int(m[1])], text)


def as_template(text: str) -> str:
    """``text`` as a ``str.format`` template: braces doubled, the placeholder of participant
    ``k`` as ``{k}`` and the raw copy's path as ``{raw}``, so that filling it in
    (:func:`fill_template`) is one pass in C rather than a Python call per code."""
    escaped = text.replace("{", "{{").replace("}", "}}")
    return _TEXT.sub(r"{\1}", escaped).replace(RAW_PLACEHOLDER, "{raw}")


def fill_template(template: str, codes: Sequence[str], raw_file: str) -> str:
    """What :func:`fill_codes` (and the raw path) make of the text ``template`` was made from."""
    return template.format(*codes, raw=raw_file)


def fill_codes_bytes(data: bytes, codes: Sequence[str]) -> bytes:
    return _BYTES.sub(lambda m: codes[int(m[1])].encode(), data)

"""The archive run: workshop files in, a data package out, one workshop in memory at a time.

Every CSV file is opened once with its header; each workshop is loaded,
validated, turned into rows appended to the open files, copied (pseudonymised
unless asked otherwise) and dropped before the next one is read. Memory stays
flat however many files there are: what is kept across workshops is a row
count per table, the workshop ids seen (to refuse a duplicate) and the list of
skipped files. ``datapackage.json`` and the README are written at the end,
when the counts are known.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from pydantic import ValidationError

from pra.archive import package
from pra.archive.codes import ParticipantCodes
from pra.archive.report import Skipped, duplicate, skipped_for
from pra.archive.rows import ROWS, Context
from pra.archive.scrub import without_names
from pra.archive.tables import TABLES
from pra.errors import PraError
from pra.i18n import t
from pra.model import Workshop

Loader = Callable[[Path], Workshop]
_BUFFER = 1 << 16


@dataclass(frozen=True, slots=True)
class ArchiveOptions:
    with_names: bool = False
    """Include participants' names, phone numbers and file ids (for the team's own use)."""
    raw: bool = True
    """Copy the workshop files into ``raw/``."""


@dataclass(slots=True)
class ArchiveResult:
    """What a run wrote: counts per table, workshops and participants archived, files skipped."""

    out: Path
    workshops: int = 0
    participants: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


class ArchiveWriter:
    """Streams workshops into the package at ``out`` (a new or empty folder)."""

    def __init__(self, out: Path, options: ArchiveOptions = ArchiveOptions()) -> None:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise PraError("archive.out_not_empty", path=str(out))
        self.out = out
        self.options = options
        self.result = ArchiveResult(out, rows={t.name: 0 for t in TABLES})
        self._codes = ParticipantCodes()
        self._seen: dict[str, str] = {}
        self._raw_names: set[str] = set()
        (out / "data").mkdir(parents=True, exist_ok=True)
        if options.raw:
            (out / package.RAW_DIR).mkdir(exist_ok=True)
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for table in TABLES:
            handle = (out / table.path).open("w", encoding="utf-8", newline="", buffering=_BUFFER)
            self._files[table.name] = handle
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([c.name for c in table.columns_for(options.with_names)])
            self._writers[table.name] = writer

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def add_file(self, path: Path, load: Loader) -> bool:
        """Load, validate and archive ``path``; a file that fails is reported and skipped."""
        try:
            ws = load(path)
        except (PraError, OSError, ValueError) as error:
            self.skip(skipped_for(path, error))
            return False
        return self.add(ws, path)

    def add(self, ws: Workshop, source: Path) -> bool:
        """Archive one validated workshop; ``False`` if its id was already archived."""
        first = self._seen.get(ws.id)
        if first is not None:
            self.skip(duplicate(source, ws.id, first))
            return False
        codes = self._codes.for_workshop(ws)
        if not self.options.with_names:
            try:
                ws = without_names(ws, codes)
            except ValidationError:
                self.skip(Skipped(str(source), t("archive_scrub.failed", file=str(source))))
                return False
        self._seen[ws.id] = str(source)
        raw_file = None
        if self.options.raw:
            stem = ws.id
            if stem.casefold() in self._raw_names:  # "WS-1" and "ws-1" are one file on Windows
                stem = f"{ws.id}~{len(self._raw_names)}"
            self._raw_names.add(stem.casefold())
            raw_file = f"{package.RAW_DIR}/{stem}.json"
            target = self.out / raw_file
            if self.options.with_names:
                shutil.copyfile(source, target)
            else:
                target.write_bytes(package.pseudonymised_json(ws, codes))
        context = Context(ws, codes, self.options.with_names, raw_file)
        rows = self.result.rows
        for name, make in ROWS.items():
            table_rows = list(make(context))
            self._writers[name].writerows(table_rows)
            rows[name] += len(table_rows)
        self.result.workshops += 1
        self.result.participants += len(ws.participants)
        return True

    def skip(self, skipped: Skipped) -> None:
        self.result.skipped.append(skipped)
        self._writers["skipped"].writerow((skipped.file, skipped.reason))
        self.result.rows["skipped"] += 1

    def close(self) -> None:
        """Close the tables and write ``datapackage.json``, the JSON Schema and the README."""
        if not self._files:
            return
        for handle in self._files.values():
            handle.close()
        self._files = {}
        options, result = self.options, self.result
        package.write_json(
            self.out / package.PACKAGE_FILE, package.datapackage(options.with_names, options.raw)
        )
        package.write_json(self.out / package.SCHEMA_FILE, package.workshop_schema())
        (self.out / package.README_FILE).write_text(
            package.readme(
                with_names=options.with_names,
                raw=options.raw,
                workshops=result.workshops,
                participants=result.participants,
                skipped=len(result.skipped),
                rows=result.rows,
            ),
            encoding="utf-8",
        )


def build_archive(
    files: Iterable[Path],
    out: Path,
    load: Loader,
    options: ArchiveOptions = ArchiveOptions(),
    on_file: Callable[[Path], None] | None = None,
) -> ArchiveResult:
    """Archive every file of ``files`` into ``out``; ``on_file`` is told after each one."""
    with ArchiveWriter(out, options) as writer:
        for path in files:
            writer.add_file(path, load)
            if on_file is not None:
                on_file(path)
    return writer.result

"""The archive run: workshop files in, a data package out, one workshop in memory at a time.

Every CSV file is opened once with its header; each workshop is prepared
(loaded, validated, turned into CSV text: ``pra.archive.prepare``), appended to
the open files with its participant codes, copied (pseudonymised unless asked
otherwise) and dropped. Preparing may run in worker processes, which write
placeholders for the participant codes; the writer takes the results in file
order and fills the codes in (``pra.archive.codes``: each workshop's own, from
its id), so the package is the same either way. In one
process the codes are known before the rows are written, so nothing is filled in. Memory stays
flat however many files there are: what is kept across workshops is a row
count per table, the workshop ids seen (to refuse a duplicate), the list of
skipped files, and a few chunks in flight. ``datapackage.json`` and the README
are written at the end, when the counts are known.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, Final, Self

from pra.archive import package
from pra.archive.cache import CACHE_DIR, PreparedCache
from pra.archive.codes import ParticipantCodes
from pra.archive.in_place import InPlace
from pra.archive.kept_rows import NAMES, Kept
from pra.archive.mentor_key import MentorKey, codes_found, unmatched_rows
from pra.archive.prepare import (
    RAW_PLACEHOLDER,
    Loader,
    Prepared,
    fill_codes,
    fill_codes_bytes,
    fill_template,
    prepare,
    render,
)
from pra.archive.report import (
    Skipped,
    conflict,
    display_name,
    duplicate,
    same_content,
    skipped_for,
    unexpected,
    writable,
)
from pra.archive.tables import TABLES
from pra.errors import PraError
from pra.i18n import Language, get_language
from pra.model import Workshop
from pra.oserrors import os_reason

_BUFFER = 1 << 16


@dataclass(frozen=True, slots=True)
class ArchiveOptions:
    with_names: bool = False
    """Include participants' names, phone numbers and file ids (for the team's own use)."""
    raw: bool = True
    """Copy the workshop files into ``raw/``."""
    mentor_key: MentorKey | None = None
    """The steward's key linking mentors across workshops (:mod:`pra.archive.mentor_key`)."""


@dataclass(slots=True)
class ArchiveResult:
    """What a run wrote: counts per table, workshops and participants archived, files skipped."""

    out: Path
    workshops: int = 0
    participants: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    """(workshop id, archived file, file left out) for each workshop id found in two files
    whose content differs: two versions of one workshop, only the first in the package (also
    in :attr:`skipped`); the run is not the whole record until the researcher settles each."""
    key_unmatched: list[tuple[int, str]] = field(default_factory=list)
    """``(line, name)`` of each row of the steward's mentor key whose code the package nowhere
    holds: the name matched no mentor, assessor or text of any workshop archived."""
    key_linked: bool = False
    """A mentor key was given and at least one of its codes is in the package (the package
    says its mentors are linked by the key only then)."""


class ArchiveWriter:
    """Streams workshops into the package at ``out``: a new or empty folder, or one holding
    only an earlier run's package, which is replaced (its cache is kept, :mod:`pra.archive.cache`).

    With a ``cache``, the earlier run's raw copies stay in ``raw/`` while the run goes:
    one it would write again byte for byte is left in place, the others are written
    over, and those the run does not write are removed when it completes.
    """

    def __init__(
        self,
        out: Path,
        options: ArchiveOptions = ArchiveOptions(),
        cache: PreparedCache | None = None,
    ) -> None:
        keep_raw = cache is not None and options.raw
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            if not earlier_archive(out):
                raise PraError("archive.out_not_empty", path=display_name(out))
            if cache is not None:
                cache.keep_previous(out / "data")
            clear_earlier_archive(out, keep_raw=keep_raw)
        self.out = out
        self.options = options
        self.cache = cache
        if cache is not None:
            cache.begin()
        self._copies: set[str] = set()
        """The raw copies this run wrote or kept (their file names)."""
        self.result = ArchiveResult(out, rows={t.name: 0 for t in TABLES})
        self._codes = ParticipantCodes()
        self._seen: dict[str, str] = {}
        """The workshop ids archived, each with the file (its path) it was archived from."""
        self._raw_names: set[str] = set()
        (out / "data").mkdir(parents=True, exist_ok=True)
        if options.raw:
            (out / package.RAW_DIR).mkdir(exist_ok=True)
        # binary: a cached workshop's rows are written as the entry holds them (UTF-8),
        # never decoded and encoded again
        self._files: dict[str, IO[bytes]] = {}
        self._at: dict[str, int] = {}
        """Each table's size so far, the ranges still to copy included."""
        self._pending: dict[str, list[int]] = {}
        """Per table, ``[start, end]`` of the last run's rows still to copy (:meth:`add_kept`)."""
        headers: dict[str, bytes] = {}
        try:
            for table in TABLES:
                handle = (out / table.path).open("wb", buffering=_BUFFER)
                self._files[table.name] = handle
                header = _csv_line([c.name for c in table.columns_for(options.with_names)])
                handle.write(header)
                self._at[table.name] = len(header)
                headers[table.name] = header
        except BaseException:
            self.close(complete=False)
            raise
        self._in_place = None if cache is None else InPlace.start(cache.rows, headers)
        """Set when the run may append to the last run's tables (:mod:`pra.archive.in_place`)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(complete=kind is None)

    def add_file(self, path: Path, load: Loader) -> bool:
        """Load, validate and archive ``path``; a file that fails is reported and skipped."""
        try:
            ws = load(path)
        except (PraError, OSError, ValueError) as error:
            self.skip(skipped_for(path, error))
            return False
        except Exception:  # anything unexpected: this file is skipped, the run goes on
            self.skip(unexpected(path))
            return False
        return self.add_workshop(path, ws)

    def add_workshop(self, path: Path, ws: Workshop) -> bool:
        """Archive a loaded and validated workshop, written with its final codes at once.

        What one process does: the codes and the raw copy's name are known
        before the rows are written, so there are no placeholders to fill in.
        They are only taken (the workshop's code and the copy's name recorded)
        if the workshop is archived.
        """
        options = self.options
        codes = self._codes.peek(ws.id, len(ws.participants))
        by_id = {p.id: code for p, code in zip(ws.participants, codes, strict=True)}
        raw_file = self._raw_file(ws.id, self._codes.workshop(ws.id)) if options.raw else None
        try:
            prepared = render(
                str(path), ws, by_id, options.with_names, raw_file, options.mentor_key
            )
        except Exception:  # a bug met on this file: skip it, keep archiving the others
            prepared = unexpected(path)
        return self.add_prepared(prepared, final=True)

    def add_prepared(
        self, prepared: Prepared | Skipped, final: bool = False, key: str | None = None
    ) -> bool:
        """Append one prepared workshop; ``False`` if it failed or its id was already archived.

        ``final``: its codes and raw copy's name are already written (``add_workshop``),
        not placeholders. ``key``: the content hash it was prepared from, by which the
        cache knows whether the raw copy in place is already the one to write.
        """
        if isinstance(prepared, Skipped):
            self.skip(prepared)
            return False
        first = self._seen.get(prepared.workshop_id)
        if first is not None:
            self._second_file(prepared.source, prepared.workshop_id, first)
            return False
        self._seen[prepared.workshop_id] = prepared.source
        workshop, codes = self._codes.reserve(prepared.workshop_id, prepared.participants)
        raw_file = ""
        if self.options.raw:
            raw_file = self._raw_file(prepared.workshop_id, workshop)
            self._raw_names.add(raw_file.casefold())
            target = self.out / raw_file
            self._copies.add(target.name)
            cache = self.cache if key is not None else None
            if cache is None or key is None or not cache.copy_in_place(key, workshop, target):
                copy = prepared.copy()
                if copy is None:
                    shutil.copyfile(prepared.source, target)
                else:
                    keep = final or self.options.with_names  # codes go in pseudonymised copies
                    target.write_bytes(copy if keep else fill_codes_bytes(copy, codes))
                if cache is not None and key is not None:
                    cache.copy_written(key, workshop, target)
        rows = self.result.rows
        ranges = None
        if key is not None and self.cache is not None:
            ranges = self.cache.rows.record(
                key, prepared.workshop_id, prepared.participants, workshop, raw_file
            )
            if tuple(name for name, _, _ in prepared.tables) != NAMES:
                self.cache.rows.forget(key)
                ranges = None
        appended = None
        if ranges is not None and self._in_place is not None and key is not None:
            appended = self._in_place.record(key)
        tables: tuple[tuple[str, int, str | bytes], ...] = prepared.tables
        templates = False
        if prepared.filled is not None and prepared.filled != (workshop, raw_file):
            tables, templates = prepared.read_templates(), True  # another code than the usual
        for name, count, text in tables:
            if isinstance(text, bytes):
                data = text  # from the cache, filled in with these very codes
            else:
                if templates:
                    text = fill_template(text, codes, raw_file)
                elif prepared.filled is None and not final:
                    if name == "workshops":
                        text = text.replace(RAW_PLACEHOLDER, raw_file)
                    text = fill_codes(text, codes)
                data = text.encode("utf-8")
            if ranges is not None:
                ranges += (self._at[name], len(data), count)
            if appended is not None and self._in_place is not None:
                appended += (self._in_place.appended_at(name), len(data), count)
            self._write(name, data)
            rows[name] += count
        self.result.workshops += 1
        self.result.participants += prepared.participants
        return True

    def add_kept(self, kept: Kept) -> bool:
        """Append a workshop by copying the rows the last run wrote for it, when its code and
        raw copy's path are those rows' and its raw copy is in place; ``False`` (nothing
        written) otherwise, and it is to be added as prepared (:meth:`add_prepared`)."""
        cache = self.cache
        if cache is None or kept.workshop_id in self._seen:
            return False
        workshop = self._codes.workshop(kept.workshop_id)
        raw_file = self._raw_file(kept.workshop_id, workshop) if self.options.raw else ""
        if (workshop, raw_file) != (kept.workshop, kept.raw_file):
            return False
        if self.options.raw:
            target = self.out / raw_file
            if not cache.copy_in_place(kept.key, workshop, target):
                return False
            self._raw_names.add(raw_file.casefold())
            self._copies.add(target.name)
        self._seen[kept.workshop_id] = kept.source
        self._codes.reserve(kept.workshop_id, kept.participants)
        ranges = cache.rows.record(
            kept.key, kept.workshop_id, kept.participants, workshop, raw_file
        )
        rows, at, pending, old = self.result.rows, self._at, self._pending, kept.ranges
        if self._in_place is not None:
            self._in_place.keep(kept.key, old)
        for i, name in enumerate(NAMES):
            start, size, count = old[3 * i], old[3 * i + 1], old[3 * i + 2]
            ranges += (at[name], size, count)
            rows[name] += count
            at[name] += size
            if not size or self._in_place is not None:
                continue
            span = pending.get(name)
            if span is not None and span[1] == start:
                span[1] = start + size
            else:
                if span is not None:
                    self._copy_pending(name)
                pending[name] = [start, start + size]
        self.result.workshops += 1
        self.result.participants += kept.participants
        return True

    def _second_file(self, source: str, workshop_id: str, first: str) -> None:
        """A file whose workshop id was archived from ``first``: a copy is noted as skipped
        (nothing lost); another version of the workshop is a conflict, named with both files."""
        if same_content(first, source):
            self.skip(duplicate(source, workshop_id, first))
            return
        self.skip(conflict(source, workshop_id, first))
        self.result.conflicts.append((workshop_id, display_name(first), display_name(source)))

    def _copy_pending(self, name: str) -> None:
        span = self._pending.pop(name, None)
        if span is not None and self.cache is not None:
            self.cache.rows.copy(name, span[0], span[1] - span[0], self._files[name])

    def _write(self, name: str, data: bytes) -> None:
        if name in self._pending:
            self._copy_pending(name)
        if self._in_place is not None and name in self._in_place.segments:
            self._in_place.write(name, len(data))
        self._files[name].write(data)
        self._at[name] += len(data)

    def _remove_stale_copies(self) -> None:
        """Remove the raw copies an earlier run wrote that this one did not (a file gone or
        renamed). On a file system that ignores case, ``WS-1.json`` left by an earlier run
        may be the very file this run wrote as ``ws-1.json``: that one stays."""
        raw = self.out / package.RAW_DIR
        ours = {name.casefold(): name for name in self._copies}
        for copy in raw.iterdir():
            if copy.name in self._copies:
                continue
            same = ours.get(copy.name.casefold())
            if same is not None and (raw / same).exists() and copy.samefile(raw / same):
                continue
            copy.unlink()

    def _raw_file(self, workshop_id: str, workshop: str) -> str:
        """The raw copy's path for ``workshop_id``: ``raw/ID.json``, unless taken (ignoring
        case), then ``raw/ID~CODE.json`` with the workshop's code, which no other file changes."""
        name = package.usual_raw_file(workshop_id)
        if name.casefold() in self._raw_names:  # "WS-1" and "ws-1" are one file on Windows
            name = f"{package.RAW_DIR}/{workshop_id}~{workshop}.json"
        return name

    def skip(self, skipped: Skipped) -> None:
        """List ``skipped`` in ``data/skipped.csv``; its texts are made writable as UTF-8 first."""
        skipped = Skipped(writable(skipped.file), writable(skipped.reason), skipped.kind)
        self.result.skipped.append(skipped)
        self._write("skipped", _csv_line((skipped.file, skipped.reason)))
        self.result.rows["skipped"] += 1

    def close(self, complete: bool = True) -> None:
        """Close the tables and write the JSON Schema, the README and ``datapackage.json``.

        An interrupted run (``complete=False``, or a table that cannot be
        written to the end) leaves no ``datapackage.json``, so a partial folder
        is never taken for a finished package. Every table is closed even when
        one fails; after an interruption a failure to close is not raised over
        the error that interrupted the run. ``datapackage.json`` is written
        last, under a temporary name first, so it exists only when all the rest does.
        """
        if not self._files:
            return
        failure: OSError | None = None
        if complete:
            try:
                for name in list(self._pending):
                    self._copy_pending(name)
            except OSError as error:
                failure = error
        if self.cache is not None:
            self.cache.rows.close()
        for handle in self._files.values():
            try:
                handle.close()
            except OSError as error:
                failure = failure or error
        self._files = {}
        if not complete:
            return
        if failure is None and self._in_place is not None:
            try:
                self._in_place.finish(self.out / "data")
            except OSError as error:
                failure = error
        if failure is not None:
            raise failure
        options, result = self.options, self.result
        if options.raw:
            self._remove_stale_copies()
        if options.mentor_key is not None:
            folders = [self.out / "data", *([self.out / package.RAW_DIR] if options.raw else [])]
            found = codes_found(folders, options.mentor_key)
            result.key_unmatched = unmatched_rows(options.mentor_key, found)
            result.key_linked = bool(found)
        package.write_json(self.out / package.SCHEMA_FILE, package.workshop_schema())
        (self.out / package.README_FILE).write_text(
            package.readme(
                with_names=options.with_names,
                raw=options.raw,
                workshops=result.workshops,
                participants=result.participants,
                skipped=Counter(s.kind for s in result.skipped),
                conflicts=len(result.conflicts),
                rows=result.rows,
                linked=result.key_linked,
            ),
            encoding="utf-8",
        )
        final = self.out / package.PACKAGE_FILE
        partial = final.with_name(f".{final.name}.partial")
        try:
            package.write_json(
                partial,
                package.datapackage(options.with_names, options.raw, result.key_linked),
            )
            partial.replace(final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def _csv_line(values: Sequence[object]) -> bytes:
    """One CSV row as the tables hold it: UTF-8, ``\\n`` at the end."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().encode("utf-8")


_OURS: Final = frozenset(
    {
        "data",
        package.RAW_DIR,
        package.PACKAGE_FILE,
        f".{package.PACKAGE_FILE}.partial",
        package.README_FILE,
        package.SCHEMA_FILE,
        CACHE_DIR,
    }
)


def earlier_archive(out: Path) -> bool:
    """Whether ``out`` holds only what an earlier ``pra archive`` run wrote (a finished package
    or a run's cache), which a new run into it may replace; anything else keeps it refused."""
    try:
        names = {p.name for p in out.iterdir()}
        if not names <= _OURS or not ({package.PACKAGE_FILE, CACHE_DIR} & names):
            return False
        data = out / "data"
        raw = out / package.RAW_DIR
        return all(
            p.suffix == ".csv" and p.is_file() for p in (data.iterdir() if data.is_dir() else ())
        ) and all(
            p.suffix == ".json" and p.is_file() for p in (raw.iterdir() if raw.is_dir() else ())
        )
    except OSError:
        return False


def clear_earlier_archive(out: Path, keep_raw: bool = False) -> None:
    """Remove an earlier run's package from ``out``, keeping its cache (``.pra-cache``), and its
    raw copies when ``keep_raw`` (the run replaces or removes each, :class:`ArchiveWriter`)."""
    for name in ("data", package.RAW_DIR):
        if name == package.RAW_DIR and keep_raw:
            continue
        if (out / name).is_dir():
            shutil.rmtree(out / name)
    for name in (package.PACKAGE_FILE, package.README_FILE, package.SCHEMA_FILE):
        (out / name).unlink(missing_ok=True)


def build_archive(
    files: Iterable[Path],
    out: Path,
    load: Loader,
    options: ArchiveOptions = ArchiveOptions(),
    on_file: Callable[[Path], None] | None = None,
    workers: int = 1,
) -> ArchiveResult:
    """Archive every file of ``files`` into ``out``; ``on_file`` is told after each one.

    With ``workers`` > 1 the files are prepared in that many processes (``load``
    must then be a module-level function such as ``pra.store.load``); the
    package is the same, byte for byte, as with one.

    A folder that cannot be made or written to the end is a :class:`PraError`
    (``archive.write_failed``); what was written stays, without ``datapackage.json``.
    """
    lang = get_language()
    try:
        cache = PreparedCache(out, options.with_names, options.raw, lang, options.mentor_key)
        with ArchiveWriter(out, options, cache) as writer:
            if workers <= 1:
                items = _one_by_one(files, load, options, lang, cache)
            else:
                items = _in_parallel(files, load, options, lang, workers, cache)
            for path, item, key in items:
                if isinstance(item, Kept):
                    if writer.add_kept(item):
                        if on_file is not None:
                            on_file(path)
                        continue
                    item, key = _as_prepared(item, load, options, lang, cache)
                if item is None:  # names in its text, or the placeholder characters
                    writer.add_file(path, load)
                else:
                    writer.add_prepared(item, key=key)
                if on_file is not None:
                    on_file(path)
        cache.prune()
    except OSError as error:
        raise PraError(
            "archive.write_failed", out=display_name(out), reason=os_reason(error)
        ) from None
    return writer.result


def _as_prepared(
    kept: Kept, load: Loader, options: ArchiveOptions, lang: Language, cache: PreparedCache
) -> tuple[Prepared | Skipped | None, str | None]:
    """A workshop whose last run's rows cannot be copied as they are (another code, a raw
    copy changed by hand): from its cache entry, or prepared again if that is gone."""
    path = Path(kept.source)
    hit = cache.get(kept.key, path)
    if hit is not None:
        return hit, kept.key
    item = prepare(path, load, options.with_names, options.raw, lang, options.mentor_key)
    if isinstance(item, Prepared):
        cache.put(kept.key, item)
        return item, kept.key
    return item, None


_CHUNK = 8
"""Files per task sent to a worker: fewer round trips, still a smooth progress bar."""


def _one_by_one(
    files: Iterable[Path],
    load: Loader,
    options: ArchiveOptions,
    lang: Language,
    cache: PreparedCache,
) -> Iterator[tuple[Path, Prepared | Kept | Skipped | None, str | None]]:
    """Each file prepared, or taken from the cache when an earlier run prepared its bytes
    (its rows in the last run's tables, else its entry); with the content hash of the bytes
    it was prepared from, when it is cached."""
    for path in files:
        key = cache.key_of(path)
        hit = (cache.kept(key, path) or cache.get(key, path)) if key else None
        if hit is not None:
            yield path, hit, key
            continue
        item = prepare(path, load, options.with_names, options.raw, lang, options.mentor_key)
        if key and isinstance(item, Prepared):
            cache.put(key, item)
            yield path, item, key
        else:
            yield path, item, None


def _prepare_chunk(
    paths: list[Path],
    load: Loader,
    with_names: bool,
    raw: bool,
    lang: Language,
    key: MentorKey | None,
) -> list[Prepared | Skipped | None]:
    return [prepare(path, load, with_names, raw, lang, key) for path in paths]


def _in_parallel(
    files: Iterable[Path],
    load: Loader,
    options: ArchiveOptions,
    lang: Language,
    workers: int,
    cache: PreparedCache,
) -> Iterator[tuple[Path, Prepared | Kept | Skipped | None, str | None]]:
    """Prepared workshops in the order of ``files``, at most a few chunks per worker in flight.

    Bounded, so memory stays flat even when writing is slower than preparing.
    Workers are started with "spawn": safe next to the progress bar's thread.
    """
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    chunks = _chunks(iter(files), _CHUNK)
    Known = dict[Path, Prepared | Kept]
    pending: deque[
        tuple[list[Path], Known, dict[Path, str | None], Future[list[Prepared | Skipped | None]]]
    ] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:

        def submit() -> bool:
            chunk = next(chunks, None)
            if chunk is None:
                return False
            keys = {path: cache.key_of(path) for path in chunk}
            known: Known = {}
            for path, key in keys.items():
                hit = (cache.kept(key, path) or cache.get(key, path)) if key else None
                if hit is not None:
                    known[path] = hit
            misses = [path for path in chunk if path not in known]
            future = pool.submit(
                _prepare_chunk,
                misses,
                load,
                options.with_names,
                options.raw,
                lang,
                options.mentor_key,
            )
            pending.append((chunk, known, keys, future))
            return True

        while len(pending) < 3 * workers and submit():
            pass
        while pending:
            chunk, known, keys, future = pending.popleft()
            prepared = dict(zip([p for p in chunk if p not in known], future.result(), strict=True))
            submit()
            for path in chunk:
                key = keys[path]
                if path in known:
                    yield path, known[path], key
                    continue
                item = prepared[path]
                if key and isinstance(item, Prepared):
                    cache.put(key, item)
                    yield path, item, key
                else:
                    yield path, item, None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(files: Iterator[Path], size: int) -> Iterator[list[Path]]:
    while chunk := list(islice(files, size)):
        yield chunk

"""Work kept between archive runs: a prepared workshop per file content, in ``OUTDIR/.pra-cache``.

Preparing a workshop (loading, validating, making its rows and its pseudonymised
copy: :func:`pra.archive.prepare.prepare`) is the expensive part of an archive
run, and its result, written with placeholder participant codes, depends only
on the file's bytes, the options, the language and the tables' layout. Re-running
``pra archive`` into the same folder looks each file's SHA-256 up here and
reuses what an earlier run prepared; only new or changed files are prepared
again. The package holds the rows a fresh run writes: in file order, byte for byte,
unless the run only adds files, whose rows are then appended to the last run's
tables (``pra.archive.in_place``); a workshop's codes depend on its id alone
(``pra.archive.codes``), so those of an unchanged file are the same as in the last run.

Entries live in a sub-folder named for everything but the bytes (``pra``'s
version, the options, the language, the tables' schemas, the code and copy schemes, the
steward's mentor key by a hash of its content), one JSON file per
content hash; entries not used by a complete run, and other sub-folders, are
removed at its end. A file that cannot be prepared with placeholders (one with
names in its free text, see ``prepare``) or that is skipped is never cached.

What a file costs when its entry is there is kept small, since an archive may hold
10,000 of them: a complete run leaves ``state.json`` beside the entries, holding

- each source file's content hash by (a hash of) its path and ``os.stat`` signature (size,
  modification and change times in ns, inode), so an unchanged file is not read
  again to be hashed (a file changed in the two seconds before a run is not
  trusted to its signature: it is hashed again next time; the path is kept hashed,
  as a file or folder name may hold a person's name);
- each raw copy the run wrote, with the content hash and workshop code it was
  written for and its own signature, so that a copy which would be written
  again byte for byte is left in place (``raw/`` is kept between runs; copies a
  run does not write are removed at its end); and
- where the rows of each workshop it wrote from a cached file lie in its tables, which
  the next run moves aside when it starts and copies unchanged workshops' rows from,
  as byte ranges, reading no entry for them (``pra.archive.kept_rows``).

The state is read and removed when a run starts, and written when it completes: an
interrupted run leaves none, and the next run hashes and writes everything again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any, Final

from pra.archive.codes import SCHEME as CODE_SCHEME
from pra.archive.codes import participant_code, usual_code
from pra.archive.kept_rows import Kept, PreviousRows
from pra.archive.mentor_key import MentorKey
from pra.archive.package import COPY_SCHEME, usual_raw_file
from pra.archive.prepare import Prepared, as_template, fill_template

CACHE_DIR: Final = ".pra-cache"
ENTRY_FORMAT: Final = 3
"""Entries hold the tables filled in with the usual codes, and as ``str.format`` templates
(:func:`~pra.archive.prepare.as_template`) for any other (:meth:`PreparedCache.put`)."""
STATE_FILE: Final = "state.json"
SETTLED_NS: Final = 2_000_000_000
"""A file changed this recently before a run is hashed again next time, whatever its stat says
(a file system may keep times to the second or two, so a later change could keep them)."""


def _now() -> int:
    """The time in ns (a function, so a test can run an hour later)."""
    return time.time_ns()


def _signature(stat: os.stat_result) -> list[int]:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def layout_key(with_names: bool, raw: bool, lang: str, mentor_key: MentorKey | None = None) -> str:
    """What a prepared workshop depends on besides the file: a short hash (the steward's
    mentor key by its content's hash: a changed key prepares every file again)."""
    from pra import __version__
    from pra.archive.tables import TABLES

    layout = {
        "pra": __version__,
        "with_names": with_names,
        "raw": raw,
        "lang": lang,
        "tables": [t.schema(with_names) for t in TABLES],
        "entry": ENTRY_FORMAT,
        "codes": CODE_SCHEME,
        "copy": COPY_SCHEME,
    }
    if mentor_key is not None:
        layout["mentor_key"] = mentor_key.digest
    return hashlib.sha256(json.dumps(layout, sort_keys=True).encode()).hexdigest()[:16]


class PreparedCache:
    """The prepared workshops of earlier runs into ``out`` (see the module docstring)."""

    def __init__(
        self,
        out: Path,
        with_names: bool,
        raw: bool,
        lang: str,
        mentor_key: MentorKey | None = None,
    ) -> None:
        self.raw = raw
        self.root = out / CACHE_DIR
        self.folder = self.root / layout_key(with_names, raw, lang, mentor_key)
        self.used: set[str] = set()
        self._started = _now()
        self._sources_before: dict[str, list[object]] = {}
        self._copies_before: dict[str, list[object]] = {}
        self._sources: dict[str, list[object]] = {}
        self._copies: dict[str, list[object]] = {}
        self.rows = PreviousRows(self.folder)
        """The last run's tables and where each cached workshop's rows lie in them."""

    def keep_previous(self, data: Path) -> None:
        """Move an earlier package's tables aside before the run replaces them
        (:mod:`pra.archive.kept_rows`)."""
        self.rows.keep(data)

    def begin(self) -> None:
        """Take the last complete run's state, once the folder is known to be an archive's."""
        before = self._take_state()
        self._sources_before = before.get("sources", {})
        self._copies_before = before.get("copies", {})
        self.rows.load(before.get("rows"))

    def _take_state(self) -> dict[str, Any]:
        """The state the last complete run left, removed (see the module docstring)."""
        path = self.folder / STATE_FILE
        try:
            state = json.loads(path.read_bytes())
            path.unlink()
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def key_of(self, path: Path) -> str | None:
        """The content hash of ``path``, from the last run's state while its stat is unchanged;
        ``None`` when it cannot be read (preparing it says why)."""
        try:
            stat = path.stat()
            name = hashlib.sha256(os.fsencode(path.absolute())).hexdigest()[:32]
            signature = _signature(stat)
            known = self._sources_before.get(name)
            if isinstance(known, list) and known[:4] == signature:
                key = str(known[4])
            else:
                key = content_key(path.read_bytes())
        except OSError:
            return None
        if self._started - max(stat.st_mtime_ns, stat.st_ctime_ns) > SETTLED_NS:
            self._sources[name] = [*signature, key]
        return key

    def copy_in_place(self, key: str, workshop: str, target: Path) -> bool:
        """Whether ``target`` is the raw copy an earlier run wrote from these bytes with the
        workshop's code ``workshop``, untouched since; if so it is kept as it is."""
        known = self._copies_before.get(target.name)
        if not isinstance(known, list) or known[:2] != [key, workshop]:
            return False
        try:
            if [*known[2:]] != _signature(target.stat()):
                return False
        except OSError:
            return False
        self._copies[target.name] = known
        return True

    def copy_written(self, key: str, workshop: str, target: Path) -> None:
        """Remember that ``target`` was written from these bytes with the workshop's code."""
        try:
            self._copies[target.name] = [key, workshop, *_signature(target.stat())]
        except OSError:
            self._copies.pop(target.name, None)

    def kept(self, key: str, source: Path) -> Kept | None:
        """The workshop the last run wrote from these bytes, if its rows can be copied from
        that run's tables (:mod:`pra.archive.kept_rows`); its entry is kept too."""
        kept = self.rows.get(key, source)
        if kept is not None:
            self.used.add(key)
        return kept

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.entry"

    def get(self, key: str, source: Path) -> Prepared | None:
        """The workshop prepared from these bytes by an earlier run, now named ``source``.

        Only the tables filled in with the workshop's usual codes are read
        (:attr:`Prepared.filled`), as UTF-8 bytes the writer writes as they are; their
        templates and the copy stay in the entry until needed
        (:attr:`Prepared.templates_in`, :attr:`Prepared.raw_in`).
        """
        path = self._path(key)
        try:
            with path.open("rb") as handle:
                line = handle.readline()
                head = json.loads(line)
                filled = [int(size) for size in head["filled"]]
                sizes = [int(size) for _, _, size in head["tables"]]
                data = handle.read(sum(filled))
                end = handle.seek(0, os.SEEK_END)
            at = len(line) + len(data)
            copy = head["raw"]
            if len(data) != sum(filled) or end != at + sum(sizes) + (copy or 0):
                return None  # cut short: prepare the file again
            tables = []
            start = 0
            for (name, count, _), size in zip(head["tables"], filled, strict=True):
                tables.append((str(name), int(count), data[start : start + size]))
                start += size
            prepared = Prepared(
                str(source),
                head["workshop_id"],
                head["participants"],
                tuple(tables),
                None,
                filled=(str(head["workshop"]), str(head["raw_file"])),
                templates_in=(path, at, tuple(sizes)),
                raw_in=None if copy is None else (path, at + sum(sizes), int(copy)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not there, or unreadable: prepare the file again
        self.used.add(key)
        return prepared

    def put(self, key: str, prepared: Prepared) -> None:
        """Keep ``prepared`` for the next run; a cache that cannot be written is only slower.

        An entry is one line of JSON (the workshop id, its participants, each table's
        name, rows and size in bytes, the copy's size, the usual codes and the sizes of
        the tables filled with them) and then, one after the other as UTF-8: the tables'
        CSV text filled in with the workshop's usual code and raw path (those of
        :func:`~pra.archive.codes.usual_code`, which nearly every run gives it), the same
        as templates (for another code), and the copy. Reading it back decodes no JSON but
        the first line and reads only the filled tables (:meth:`get`): an unchanged file
        whose code does not move costs a stat, a short read and a write.
        """
        texts = [
            as_template(text if isinstance(text, str) else text.decode("utf-8"))
            for _, _, text in prepared.tables
        ]
        workshop = usual_code(prepared.workshop_id)
        raw_file = usual_raw_file(prepared.workshop_id) if self.raw else ""
        codes = [participant_code(workshop, k) for k in range(1, prepared.participants + 1)]
        filled = [fill_template(text, codes, raw_file).encode("utf-8") for text in texts]
        templates = [text.encode("utf-8") for text in texts]
        head = {
            "workshop_id": prepared.workshop_id,
            "participants": prepared.participants,
            "tables": [
                [name, count, len(data)]
                for (name, count, _), data in zip(prepared.tables, templates, strict=True)
            ],
            "raw": None if prepared.raw is None else len(prepared.raw),
            "workshop": workshop,
            "raw_file": raw_file,
            "filled": [len(data) for data in filled],
        }
        path = self._path(key)
        partial = path.with_name(f".{path.name}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as handle:
                handle.write(json.dumps(head).encode() + b"\n")
                handle.writelines(filled)
                handle.writelines(templates)
                if prepared.raw is not None:
                    handle.write(prepared.raw)
            partial.replace(path)
        except OSError:
            partial.unlink(missing_ok=True)
            return
        self.used.add(key)

    def prune(self) -> None:
        """After a complete run: drop entries this run did not use, and other layouts' folders;
        keep the state for the next run."""
        try:
            self.rows.remove()
            for folder in self.root.iterdir():
                if folder != self.folder:
                    shutil.rmtree(folder, ignore_errors=True)
            for entry in self.folder.glob("*/*"):
                if entry.stem not in self.used:
                    entry.unlink(missing_ok=True)
            state = {
                "sources": self._sources,
                "copies": self._copies,
                "rows": self.rows.state(self.root.parent / "data"),
            }
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f".{STATE_FILE}.partial"
            partial.write_text(json.dumps(state, separators=(",", ":")), encoding="utf-8")
            partial.replace(self.folder / STATE_FILE)
        except OSError:
            return

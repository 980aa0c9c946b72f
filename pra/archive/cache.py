"""Work kept between archive runs: a prepared workshop per file content, in ``OUTDIR/.pra-cache``.

Preparing a workshop (loading, validating, making its rows and its pseudonymised
copy: :func:`pra.archive.prepare.prepare`) is the expensive part of an archive
run, and its result, written with placeholder participant codes, depends only
on the file's bytes, the options, the language and the tables' layout. Re-running
``pra archive`` into the same folder looks each file's SHA-256 up here and
reuses what an earlier run prepared; only new or changed files are prepared
again. The package's tables are rewritten whole, byte for byte what a fresh run
writes; a workshop's codes depend on its id alone (``pra.archive.codes``), so
those of an unchanged file are the same as in the last run.

Entries live in a sub-folder named for everything but the bytes (``pra``'s
version, the options, the language, the tables' schemas, the code scheme), one JSON file per
content hash; entries not used by a complete run, and other sub-folders, are
removed at its end. A file that cannot be prepared with placeholders (one with
names in its free text, see ``prepare``) or that is skipped is never cached.

What a file costs when its entry is there is kept small, since an archive may hold
10,000 of them: a complete run leaves ``state.json`` beside the entries, holding

- each source file's content hash by (a hash of) its path and ``os.stat`` signature (size,
  modification and change times in ns, inode), so an unchanged file is not read
  again to be hashed (a file changed in the two seconds before a run is not
  trusted to its signature: it is hashed again next time; the path is kept hashed,
  as a file or folder name may hold a person's name); and
- each raw copy the run wrote, with the content hash and workshop code it was
  written for and its own signature, so that a copy which would be written
  again byte for byte is left in place (``raw/`` is kept between runs; copies a
  run does not write are removed at its end).

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
from typing import Final

from pra.archive.codes import SCHEME as CODE_SCHEME
from pra.archive.prepare import Prepared, as_template

CACHE_DIR: Final = ".pra-cache"
ENTRY_FORMAT: Final = 2
"""Entries hold the tables as ``str.format`` templates (:func:`~pra.archive.prepare.as_template`)."""
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


def layout_key(with_names: bool, raw: bool, lang: str) -> str:
    """What a prepared workshop depends on besides the file: a short hash."""
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
    }
    return hashlib.sha256(json.dumps(layout, sort_keys=True).encode()).hexdigest()[:16]


class PreparedCache:
    """The prepared workshops of earlier runs into ``out`` (see the module docstring)."""

    def __init__(self, out: Path, with_names: bool, raw: bool, lang: str) -> None:
        self.root = out / CACHE_DIR
        self.folder = self.root / layout_key(with_names, raw, lang)
        self.used: set[str] = set()
        self._started = _now()
        self._sources_before: dict[str, list[object]] = {}
        self._copies_before: dict[str, list[object]] = {}
        self._sources: dict[str, list[object]] = {}
        self._copies: dict[str, list[object]] = {}

    def begin(self) -> None:
        """Take the last complete run's state, once the folder is known to be an archive's."""
        before = self._take_state()
        self._sources_before = before.get("sources", {})
        self._copies_before = before.get("copies", {})

    def _take_state(self) -> dict[str, dict[str, list[object]]]:
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

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.entry"

    def get(self, key: str, source: Path) -> Prepared | None:
        """The workshop prepared from these bytes by an earlier run, now named ``source``."""
        try:
            data = self._path(key).read_bytes()
            end = data.index(b"\n")
            head = json.loads(data[:end])
            at = end + 1
            tables = []
            for name, count, size in head["tables"]:
                tables.append((str(name), int(count), data[at : at + size].decode("utf-8")))
                at += size
            raw = None if head["raw"] is None else data[at : at + head["raw"]]
            if raw is not None and len(raw) != head["raw"]:
                return None
            prepared = Prepared(
                str(source),
                head["workshop_id"],
                head["participants"],
                tuple(tables),
                raw,
                templates=True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not there, or unreadable: prepare the file again
        self.used.add(key)
        return prepared

    def put(self, key: str, prepared: Prepared) -> None:
        """Keep ``prepared`` for the next run; a cache that cannot be written is only slower.

        An entry is one line of JSON (the workshop id, its participants, each table's
        name, rows and size in bytes, the copy's size) and then the tables' CSV text, as
        templates, and the copy, as UTF-8, one after the other: reading it back decodes no JSON.
        """
        texts = [as_template(text).encode("utf-8") for _, _, text in prepared.tables]
        head = {
            "workshop_id": prepared.workshop_id,
            "participants": prepared.participants,
            "tables": [
                [name, count, len(data)]
                for (name, count, _), data in zip(prepared.tables, texts, strict=True)
            ],
            "raw": None if prepared.raw is None else len(prepared.raw),
        }
        path = self._path(key)
        partial = path.with_name(f".{path.name}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as handle:
                handle.write(json.dumps(head).encode() + b"\n")
                handle.writelines(texts)
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
            for folder in self.root.iterdir():
                if folder != self.folder:
                    shutil.rmtree(folder, ignore_errors=True)
            for entry in self.folder.glob("*/*"):
                if entry.stem not in self.used:
                    entry.unlink(missing_ok=True)
            state = {"sources": self._sources, "copies": self._copies}
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f".{STATE_FILE}.partial"
            partial.write_text(json.dumps(state, separators=(",", ":")), encoding="utf-8")
            partial.replace(self.folder / STATE_FILE)
        except OSError:
            return

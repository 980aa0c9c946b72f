"""Work kept between archive runs: a prepared workshop per file content, in ``OUTDIR/.pra-cache``.

Preparing a workshop (loading, validating, making its rows and its pseudonymised
copy: :func:`pra.archive.prepare.prepare`) is the expensive part of an archive
run, and its result, written with placeholder participant codes, depends only
on the file's bytes, the options, the language and the tables' layout. Re-running
``pra archive`` into the same folder looks each file's SHA-256 up here and
reuses what an earlier run prepared; only new or changed files are prepared
again. The package is rewritten whole (codes follow file order), byte for byte
what a fresh run writes.

Entries live in a sub-folder named for everything but the bytes (``pra``'s
version, the options, the language, the tables' schemas), one JSON file per
content hash; entries not used by a complete run, and other sub-folders, are
removed at its end. A file that cannot be prepared with placeholders (one with
names in its free text, see ``prepare``) or that is skipped is never cached.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Final

from pra.archive.prepare import Prepared

CACHE_DIR: Final = ".pra-cache"


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
    }
    return hashlib.sha256(json.dumps(layout, sort_keys=True).encode()).hexdigest()[:16]


class PreparedCache:
    """The prepared workshops of earlier runs into ``out`` (see the module docstring)."""

    def __init__(self, out: Path, with_names: bool, raw: bool, lang: str) -> None:
        self.root = out / CACHE_DIR
        self.folder = self.root / layout_key(with_names, raw, lang)
        self.used: set[str] = set()

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
                str(source), head["workshop_id"], head["participants"], tuple(tables), raw
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not there, or unreadable: prepare the file again
        self.used.add(key)
        return prepared

    def put(self, key: str, prepared: Prepared) -> None:
        """Keep ``prepared`` for the next run; a cache that cannot be written is only slower.

        An entry is one line of JSON (the workshop id, its participants, each table's
        name, rows and size in bytes, the copy's size) and then the tables' CSV text and
        the copy, as UTF-8, one after the other: reading it back decodes no JSON strings.
        """
        texts = [text.encode("utf-8") for _, _, text in prepared.tables]
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
        """After a complete run: drop entries this run did not use, and other layouts' folders."""
        try:
            for folder in self.root.iterdir():
                if folder != self.folder:
                    shutil.rmtree(folder, ignore_errors=True)
            for entry in self.folder.glob("*/*"):
                if entry.stem not in self.used:
                    entry.unlink(missing_ok=True)
        except OSError:
            return

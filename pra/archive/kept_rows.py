"""The rows the last complete run wrote, kept so that an unchanged workshop's are copied, not rebuilt.

An incremental run (``pra.archive.cache``) writes every table again, unless it only
adds files (then it appends to them: ``pra.archive.in_place``). For a workshop
whose bytes and codes have not changed, its rows are byte for byte those the last
run wrote, at a place that run recorded; so when a run starts, the earlier
package's tables are moved aside (``previous-tables`` in the cache's folder), and
each table's rows for such a workshop are taken from there as a byte range. The
ranges of workshops that follow each other in both runs join, so a run that adds
100 files among 10,000 copies each table in about 200 pieces instead of writing
10,000 workshops' rows one by one, and reads no cache entry for them.

What is recorded, in the cache's state (written only by a complete run): for each
workshop the run wrote from a cached file, by its content hash, its id, the number
of participants, the workshop code and raw copy path its rows hold, and per table
the start, size and row count of its rows; and each table's size, modification and
change times and inode (taken again before the tables are moved aside), so tables
changed after the run are not copied from. A workshop is
served from here only when its content hash (``PreparedCache.key_of``: a changed
file is hashed again), its code and its copy path are what the record says.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

from pra.archive.rows import ROWS

PREVIOUS_DIR: Final = "previous-tables"
NAMES: Final = tuple(ROWS)
"""The tables a workshop has rows in, in the order their ranges are recorded."""
_CHUNK: Final = 1 << 20
_FILE_RANGES: Final = hasattr(os, "copy_file_range")


@dataclass(frozen=True, slots=True)
class Kept:
    """A workshop whose rows the last run wrote and whose file has not changed since."""

    source: str
    key: str
    workshop_id: str
    participants: int
    workshop: str
    """The workshop code its rows hold."""
    raw_file: str
    """The raw copy's path its ``workshops`` row holds (``""`` without copies)."""
    ranges: tuple[int, ...]
    """Start, size in bytes and number of rows in each table of :data:`NAMES`, in the last
    run's tables."""


def copy_range(handle: IO[bytes], start: int, size: int, into: IO[bytes]) -> None:
    """Write ``size`` bytes of ``handle`` from ``start`` at the end of ``into``."""
    if _FILE_RANGES:
        into.flush()
        while size > 0:  # copied inside the kernel, not through Python's memory
            try:
                done = os.copy_file_range(handle.fileno(), into.fileno(), size, start)
            except OSError:
                break  # not between these files: copy the rest through memory
            if not done:
                raise OSError(f"{handle.name}: cut short")
            start, size = start + done, size - done
        into.seek(0, os.SEEK_END)  # the writer's position, after what the kernel wrote
    handle.seek(start)
    while size > 0:
        data = handle.read(min(size, _CHUNK))
        if not data:
            raise OSError(f"{handle.name}: cut short")
        into.write(data)
        size -= len(data)


def _signature(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


class PreviousRows:
    """The last run's tables, moved aside, and where each workshop's rows lie in them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / PREVIOUS_DIR
        self._before: dict[str, list[object]] = {}
        self._written: dict[str, list[object]] = {}
        self._handles: dict[str, IO[bytes]] = {}
        self._found: dict[str, list[int]] | None = None
        """The earlier tables' signatures, taken before they were moved (a move changes the
        change time)."""

    def keep(self, data: Path) -> None:
        """Move an earlier package's ``data`` folder aside, in place of any older one."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if data.is_dir():
            try:
                self._found = {name: _signature(data / f"{name}.csv") for name in NAMES}
            except OSError:
                self._found = None
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            data.rename(self.folder)

    def load(self, state: object) -> None:
        """Take the records of the last complete run, if its tables are as it left them."""
        if not isinstance(state, dict) or state.get("order") != list(NAMES):
            return
        tables, workshops = state.get("tables"), state.get("workshops")
        if not isinstance(tables, dict) or not isinstance(workshops, dict):
            return
        found = self._found
        if found is None or any(tables.get(name) != found[name] for name in NAMES):
            return
        self._before = workshops

    def get(self, key: str, source: Path) -> Kept | None:
        """The record of the workshop the last run wrote from these bytes, now named ``source``."""
        known = self._before.get(key)
        if not isinstance(known, list) or len(known) != 5:
            return None
        workshop_id, participants, workshop, raw_file, ranges = known
        if not isinstance(ranges, list) or len(ranges) != 3 * len(NAMES):
            return None
        return Kept(
            str(source),
            key,
            str(workshop_id),
            int(str(participants)),
            str(workshop),
            str(raw_file),
            tuple(int(x) for x in ranges),
        )

    def copy(self, name: str, start: int, size: int, into: IO[bytes]) -> None:
        """Write ``size`` bytes of the last run's table ``name`` from ``start`` into ``into``."""
        handle = self._handles.get(name)
        if handle is None:
            handle = self._handles[name] = (self.folder / f"{name}.csv").open("rb")
        copy_range(handle, start, size, into)

    def table(self, name: str) -> Path:
        """Where the last run's table ``name`` lies, moved aside."""
        return self.folder / f"{name}.csv"

    def recorded(self) -> set[str]:
        """The content hashes of the workshops the last run recorded."""
        return set(self._before)

    def tiled(self, headers: dict[str, bytes]) -> dict[str, int] | None:
        """Each of the last run's tables' size, when it is its header (``headers``) followed by
        the rows of the workshops it recorded and nothing else, each byte in one workshop's
        range; ``None`` otherwise (a workshop archived unrecorded, or no records)."""
        if not self._before or self._found is None:
            return None
        spans: dict[str, list[tuple[int, int]]] = {name: [] for name in NAMES}
        for known in self._before.values():
            if not isinstance(known, list) or len(known) != 5:
                return None
            ranges = known[4]
            if not isinstance(ranges, list) or len(ranges) != 3 * len(NAMES):
                return None
            for i, name in enumerate(NAMES):
                start, size = int(ranges[3 * i]), int(ranges[3 * i + 1])
                if size:
                    spans[name].append((start, size))
        sizes = {}
        for name in NAMES:
            at = len(headers[name])
            for start, size in sorted(spans[name]):
                if start != at:
                    return None
                at += size
            if at != self._found[name][0]:
                return None
            try:
                with self.table(name).open("rb") as handle:
                    if handle.read(len(headers[name])) != headers[name]:
                        return None
            except OSError:
                return None
            sizes[name] = at
        return sizes

    def relocate(self, ranges: dict[str, list[int]]) -> None:
        """Record the workshops of this run at ``ranges`` (by content hash) instead: where their
        rows lie when the run appended its new rows to the last run's tables."""
        for key, at in ranges.items():
            written = self._written.get(key)
            if written is not None:
                written[4] = at

    def record(
        self, key: str, workshop_id: str, participants: int, workshop: str, raw_file: str
    ) -> list[int]:
        """Record a workshop this run wrote from a cached file; fill the returned list with the
        start, size and row count of its rows in each table of :data:`NAMES`."""
        ranges: list[int] = []
        self._written[key] = [workshop_id, participants, workshop, raw_file, ranges]
        return ranges

    def forget(self, key: str) -> None:
        self._written.pop(key, None)

    def close(self) -> None:
        """Close the last run's tables (they are removed with :meth:`remove`)."""
        for handle in self._handles.values():
            handle.close()
        self._handles = {}

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def state(self, data: Path) -> dict[str, object]:
        """What the next run needs: this run's records and its tables' signatures."""
        return {
            "order": list(NAMES),
            "tables": {name: _signature(data / f"{name}.csv") for name in NAMES},
            "workshops": self._written,
        }

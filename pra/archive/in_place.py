"""An incremental run that only adds files appends their rows to the last run's tables.

The tables of 10,000 workshops are ~500 MB. A run that writes them in file order
copies every unchanged workshop's rows again (``pra.archive.kept_rows``), even
when all it does is add 100 files. So when the last complete run's tables are
its header and the rows of the workshops it recorded, and nothing else
(:meth:`~pra.archive.kept_rows.PreviousRows.tiled`), a run starts *in place*:
the unchanged workshops' rows are left where they are, and the rows it writes
(new or changed files) go to a table of their own, with where they would lie
either way. When it completes:

- every workshop the last run recorded was kept unchanged (a run that only adds
  files, or adds none): the new rows are appended to the last run's tables, which
  become the package's. The new workshops' rows then follow the earlier ones
  instead of sorting among them by file: the same rows as a fresh run writes, each
  workshop's together, in another order; the tables' keys do not depend on it;
- otherwise (a file changed, gone or moved to another code): the tables are
  written in file order from the two, as a fresh run writes them, byte for byte.
"""

from __future__ import annotations

import os
from pathlib import Path

from pra.archive.kept_rows import NAMES, PreviousRows, copy_range


class InPlace:
    """The bookkeeping of a run that may append to the last run's tables."""

    def __init__(self, previous: PreviousRows, headers: dict[str, bytes], sizes: dict[str, int]):
        self.previous = previous
        self.headers = headers
        self.sizes = sizes
        """The last run's tables' sizes."""
        self.segments: dict[str, list[list[int]]] = {name: [] for name in NAMES}
        """Per table, in file order: ``[0, start, size]`` of the last run's table or
        ``[1, start, size]`` of this run's own."""
        self.written = {name: len(headers[name]) for name in NAMES}
        """The size of this run's own tables (their header included)."""
        self.kept: set[str] = set()
        self.appended: dict[str, list[int]] = {}
        """Per content hash, where its rows lie if the new rows are appended."""

    @classmethod
    def start(cls, previous: PreviousRows, headers: dict[str, bytes]) -> InPlace | None:
        sizes = previous.tiled(headers)
        return None if sizes is None else cls(previous, headers, sizes)

    def _add(self, name: str, source: int, start: int, size: int) -> None:
        segments = self.segments[name]
        if segments:
            last = segments[-1]
            if last[0] == source and last[1] + last[2] == start:
                last[2] += size
                return
        segments.append([source, start, size])

    def keep(self, key: str, ranges: tuple[int, ...]) -> None:
        """An unchanged workshop whose rows lie at ``ranges`` in the last run's tables."""
        self.kept.add(key)
        self.appended[key] = list(ranges)
        for i, name in enumerate(NAMES):
            if ranges[3 * i + 1]:
                self._add(name, 0, ranges[3 * i], ranges[3 * i + 1])

    def record(self, key: str) -> list[int]:
        """The list to fill with where a workshop this run writes lies if appended."""
        at: list[int] = []
        self.appended[key] = at
        return at

    def appended_at(self, name: str) -> int:
        """Where the next rows this run writes to table ``name`` lie if appended."""
        return self.sizes[name] + self.written[name] - len(self.headers[name])

    def write(self, name: str, size: int) -> None:
        """``size`` bytes written at the end of this run's own table ``name``."""
        self._add(name, 1, self.written[name], size)
        self.written[name] += size

    def finish(self, data: Path) -> bool:
        """Make ``data``'s tables the package's; ``True`` when appended (see the module)."""
        append = self.previous.recorded() <= self.kept
        for name in NAMES:
            own = data / f"{name}.csv"
            header = len(self.headers[name])
            if append:
                earlier = self.previous.table(name)
                with earlier.open("r+b") as into, own.open("rb") as rows:
                    if into.seek(0, os.SEEK_END) != self.sizes[name]:
                        raise OSError(f"{earlier}: changed during the run")
                    copy_range(rows, header, self.written[name] - header, into)
                earlier.replace(own)
                continue
            partial = own.with_name(f".{own.name}.partial")
            try:
                with (
                    partial.open("wb") as into,
                    self.previous.table(name).open("rb") as last_run,
                    own.open("rb") as rows,
                ):
                    into.write(self.headers[name])
                    for source, start, size in self.segments[name]:
                        copy_range(rows if source else last_run, start, size, into)
                partial.replace(own)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        if append:
            self.previous.relocate(self.appended)
        return append

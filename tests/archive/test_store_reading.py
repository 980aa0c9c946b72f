"""``pra.store`` reads a file by the size it saw, and still reads on (to the limit) if it grew.

Here because the archive's speed work changed how many bytes are asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pra.store import reading
from pra.store.file_errors import WorkshopFileError


class _Shrunk:
    """A ``stat`` result that reports a smaller size, as if the file grew after it."""

    def __init__(self, real: os.stat_result, size: int) -> None:
        self._real = real
        self.st_size = size

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def _stat_reporting(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    real = Path.stat

    def stat(self: Path, **kwargs: object) -> object:
        return _Shrunk(real(self), size)

    monkeypatch.setattr(Path, "stat", stat)


@pytest.mark.parametrize("seen", [0, 1, 10, 999])
def test_a_file_that_grew_after_stat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seen: int
) -> None:
    path = tmp_path / "w.json"
    data = bytes(range(256)) * 4
    path.write_bytes(data)
    _stat_reporting(monkeypatch, seen)
    assert reading.read_file(path) == data


def test_a_file_that_grew_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    path.write_bytes(b"x" * 1000)
    monkeypatch.setattr(reading, "MAX_BYTES", 500)
    _stat_reporting(monkeypatch, 100)
    with pytest.raises(WorkshopFileError):
        reading.read_file(path)


def test_a_file_read_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_bytes(b"{}" * 5000)
    assert reading.read_file(path) == b"{}" * 5000

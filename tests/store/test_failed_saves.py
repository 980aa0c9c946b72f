"""A save that fails (a full disk) leaves the file and every backup exactly as they were."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pra.errors import PraError
from pra.model import Workshop
from pra.store import backups, load, save
from pra.store.backups import KEEP


def _titled(ws: Workshop, title: str) -> Workshop:
    return ws.model_copy(update={"info": ws.info.model_copy(update={"title": title})})


class FullDisk:
    """``os.write`` on a disk that takes ``room`` more bytes per file, then says it is full."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.written: dict[int, int] = {}
        self.real = os.write

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        left = self.room - self.written.get(fd, 0)
        if left <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        done = self.real(fd, bytes(data[:left]))
        self.written[fd] = self.written.get(fd, 0) + done
        return done


@pytest.mark.parametrize("room", [0, 1000, 20_000])
def test_five_failed_saves_after_six_good_ones_keep_five_distinct_backups(
    examples: dict[str, Workshop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    room: int,
) -> None:
    path = tmp_path / "w.json"
    ws = examples["palembang"]
    for n in range(6):
        save(_titled(ws, f"Versi {n}"), path)
    last_good = path.read_bytes()
    before = {b.name: b.read_bytes() for b in backups(path)}
    assert len(before) == KEEP

    monkeypatch.setattr(os, "write", FullDisk(room))
    for n in range(5):
        with pytest.raises(PraError) as caught:
            save(_titled(ws, f"Gagal {n}"), path)
        assert caught.value.key == "store.write_failed"
    monkeypatch.undo()

    assert path.read_bytes() == last_good
    assert load(path).info.title == "Versi 5"
    found = backups(path)
    assert {b.name: b.read_bytes() for b in found} == before
    assert [load(b).info.title for b in found] == [f"Versi {n}" for n in (4, 3, 2, 1, 0)]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_replace_after_the_rotation_does_not_shift_the_backups_again(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    ws = examples["surabaya"]
    for n in range(6):
        save(_titled(ws, f"Versi {n}"), path)
    real_replace = os.replace

    def failing_replace(src: object, dst: object) -> None:
        if str(src).endswith(".tmp") and Path(str(dst)) == path:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing_replace)
    for n in range(5):
        with pytest.raises(PraError):
            save(_titled(ws, f"Gagal {n}"), path)
    monkeypatch.undo()

    assert load(path).info.title == "Versi 5"
    assert [load(b).info.title for b in backups(path)] == [f"Versi {n}" for n in (5, 4, 3, 2, 1)]

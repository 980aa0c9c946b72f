"""Temporary files a killed run left behind are removed at the next open, whatever their age."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from pra.model import Workshop
from pra.store import BACKUP_FOLDER, load, open_workshop, save


def _leftovers(folder: Path, name: str) -> list[Path]:
    """What a run killed while saving ``name`` leaves: a save's temp file and backup copies."""
    backups = folder / BACKUP_FOLDER
    backups.mkdir(exist_ok=True)
    found = [
        folder / f".{name}.k3x9_q2.tmp",
        backups / f".pra-backup-{name}.a8b_7cd.tmp",
        backups / f".pra-backup-{name}.zz01abc.tmp",
    ]
    for temp in found:
        temp.write_bytes(b'{"setengah')  # just written: a fresh modification time
    return found


def test_an_open_removes_the_leftovers_of_a_killed_run_however_fresh(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    leftovers = _leftovers(tmp_path, "w.json")
    with open_workshop(path) as opened:
        assert not opened.read_only
        assert [p.name for p in leftovers if p.exists()] == []
    assert load(path) == examples["surabaya"]


def test_the_temporary_files_of_other_workshops_in_the_folder_are_left_alone(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    others = [*_leftovers(tmp_path, "lain.json"), *_leftovers(tmp_path, "w.json.x.json")]
    with open_workshop(path):
        pass
    assert [p.name for p in others if not p.exists()] == []


def test_a_second_window_does_not_remove_what_the_holder_may_be_writing(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    with open_workshop(path) as first:
        assert not first.read_only
        in_progress = _leftovers(tmp_path, "w.json")
        with open_workshop(path) as second:
            assert second.read_only
        assert [p.name for p in in_progress if not p.exists()] == []


def test_backup_copies_are_named_after_their_workshop(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = tempfile.mkstemp

    def spy(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        made.append(Path(name).name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    save(examples["yogyakarta"], path)  # a snapshot copy is due: the first save had none
    copies = [n for n in made if n.startswith(".pra-backup-")]
    assert copies and all(n.startswith(".pra-backup-w.json.") for n in copies)

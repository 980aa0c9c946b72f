"""Saving: validated, atomic, with rotating backups, and never over a file that would be lost."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from pra.errors import PraError
from pra.model import Problem, Workshop
from pra.store import (
    BACKUP_FOLDER,
    BrokenWorkshop,
    NotSaved,
    backups,
    dumps,
    load,
    newest_good_backup,
    open_workshop,
    restore_backup,
    save,
)
from pra.store.backups import KEEP


def _titled(ws: Workshop, title: str) -> Workshop:
    return ws.model_copy(update={"info": ws.info.model_copy(update={"title": title})})


def test_save_writes_the_canonical_bytes_and_loads_back(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "palembang.json"
    save(examples["palembang"], path)
    assert path.read_bytes() == dumps(examples["palembang"]).encode("utf-8")
    assert load(path) == examples["palembang"]
    assert [p.name for p in tmp_path.iterdir()] == ["palembang.json"]  # no temp file left


def test_save_refuses_data_that_would_not_load_and_leaves_the_file(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    before = path.read_bytes()
    ws = examples["surabaya"]
    broken = ws.model_copy(update={"problems": (*ws.problems, ws.problems[0])})  # duplicate id
    with pytest.raises(NotSaved) as caught:
        save(broken, path)
    assert path.read_bytes() == before
    assert caught.value.message("id").startswith(
        f"{path} tidak disimpan karena datanya tidak sah: "
    )
    assert "dipakai lebih dari sekali" in caught.value.message("id")
    assert "more than once" in caught.value.message("en")


def test_a_failed_replace_leaves_the_old_file_intact(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    before = path.read_bytes()
    real_replace = os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        if str(src).endswith(".tmp"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(PraError) as caught:
        save(_titled(examples["surabaya"], "Baru"), path)
    assert path.read_bytes() == before
    assert caught.value.message("id") == (
        f"{path} tidak bisa disimpan: tempat penyimpanan penuh; kosongkan sebagian lalu coba lagi"
    )
    assert caught.value.message("en") == (
        f"{path} cannot be saved: the storage is full; free some space and try again"
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_backups_rotate_and_keep_the_last_five(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    for n in range(8):
        save(_titled(examples["yogyakarta"], f"Versi {n}"), path)
    found = backups(path)
    assert [b.name for b in found] == [f"w.json.{n}" for n in range(1, KEEP + 1)]
    assert all(b.parent == tmp_path / BACKUP_FOLDER for b in found)
    assert [load(b).info.title for b in found] == [f"Versi {n}" for n in (6, 5, 4, 3, 2)]
    assert load(path).info.title == "Versi 7"


def test_a_corrupted_file_is_kept_and_the_newest_good_backup_offered(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    for n in range(3):
        save(_titled(examples["palembang"], f"Versi {n}"), path)
    # the newest backup is damaged too: the one before it is offered
    backups(path)[0].write_bytes(b"\x00" * 100)
    damaged = b'{"schema_version": 1, "id": "w", "info": {'
    path.write_bytes(damaged)
    with pytest.raises(BrokenWorkshop) as caught:
        open_workshop(path)
    assert path.read_bytes() == damaged
    assert caught.value.backup == backups(path)[1]
    assert caught.value.backup == newest_good_backup(path)
    assert "terpotong" in caught.value.message("id")
    assert f"Cadangan terbaru yang bisa dibuka: {caught.value.backup}" in caught.value.message("id")
    assert "Newest backup that opens" in caught.value.message("en")
    kept = restore_backup(path, caught.value.backup)
    assert kept is not None and kept.read_bytes() == damaged
    with open_workshop(path) as opened:
        assert opened.workshop.info.title == "Versi 0"
        assert not opened.read_only


def test_saving_over_a_file_that_does_not_load_keeps_it_aside(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    path.write_bytes(b"{ not json")
    save(examples["surabaya"], path)
    kept = [p for p in (tmp_path / BACKUP_FOLDER).iterdir() if "broken" in p.name]
    assert [p.read_bytes() for p in kept] == [b"{ not json"]
    assert load(path) == examples["surabaya"]


def test_no_backup_at_all_is_said(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_bytes(b"[]")
    with pytest.raises(BrokenWorkshop) as caught:
        open_workshop(path)
    assert caught.value.backup is None
    assert "Tidak ada cadangan" in caught.value.message("id")


def test_saving_into_a_folder_path_is_a_sentence(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    with pytest.raises(PraError) as caught:
        save(examples["surabaya"], tmp_path)
    assert "folder" in caught.value.message("id") and "folder" in caught.value.message("en")


def test_edited_workshops_round_trip(examples: dict[str, Workshop], tmp_path: Path) -> None:
    ws = examples["surabaya"]
    edited = ws.model_copy(
        update={"problems": (*ws.problems, Problem(id="pb-baru", title="Air bersih\u000b sulit"))}
    )
    path = tmp_path / "w.json"
    save(edited, path)
    assert load(path).problem("pb-baru") is not None


def test_saving_through_a_symlink_keeps_the_link(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "w.json"
    save(examples["surabaya"], target)
    link = tmp_path / "w.json"
    link.symlink_to(target)
    save(_titled(examples["surabaya"], "Lewat tautan"), link)
    assert link.is_symlink()
    assert load(target).info.title == "Lewat tautan"


def test_a_new_file_gets_the_usual_permissions(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    save(examples["surabaya"], path)
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="tells folders by /proc")
def test_save_fsyncs_the_file_before_replacing_it_and_then_the_folder(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if Path(f"/proc/self/fd/{fd}").is_dir() else "fsync file")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append(f"replace {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save(_titled(examples["surabaya"], "Baru"), path)
    tail = events[events.index("fsync file") :]
    assert tail == ["fsync file", "replace w.json", "fsync folder"], events

"""The data folder, finding workshop files, and listing them newest first."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pra.model import Workshop
from pra.store import (
    ENV_VAR,
    data_dir,
    iter_workshop_files,
    list_workshops,
    open_workshop,
    save,
    set_data_dir,
)


@pytest.fixture(autouse=True)
def _no_override() -> Iterator[None]:
    set_data_dir(None)
    yield
    set_data_dir(None)


def test_data_dir_follows_the_environment_and_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lokakarya" / "data"
    monkeypatch.setenv(ENV_VAR, str(target))
    assert data_dir() == target and target.is_dir()


def test_set_data_dir_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    set_data_dir(tmp_path / "option")
    assert data_dir() == tmp_path / "option"


def test_without_override_it_is_the_platform_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys_platform_is_linux():
        assert data_dir() == tmp_path / "xdg" / "pra"
    else:
        assert data_dir().name == "pra"


def sys_platform_is_linux() -> bool:
    import sys

    return sys.platform.startswith("linux")


def test_iter_workshop_files_skips_backups_locks_and_temporary_files(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    (tmp_path / "b").mkdir()
    save(examples["surabaya"], tmp_path / "b" / "z.json")
    save(examples["surabaya"], tmp_path / "b" / "z.json")  # makes a backup
    save(examples["palembang"], tmp_path / "a.json")
    (tmp_path / ".a.json.123.tmp").write_text("{")
    (tmp_path / "notes.txt").write_text("x")
    with open_workshop(tmp_path / "a.json"):  # lock and holder note exist meanwhile
        found = list(iter_workshop_files([tmp_path, tmp_path / "missing.json"]))
    assert found == [tmp_path / "a.json", tmp_path / "b" / "z.json", tmp_path / "missing.json"]


def test_list_workshops_newest_first_with_a_bad_file_flagged(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    for name in ("surabaya", "palembang", "yogyakarta"):
        save(examples[name], tmp_path / f"{name}.json")
    (tmp_path / "rusak.json").write_bytes(b"\x00\x00\x00")
    base = dt.datetime(2026, 1, 1, 8, 0).timestamp()
    for i, name in enumerate(("yogyakarta", "rusak", "surabaya", "palembang")):
        os.utime(tmp_path / f"{name}.json", (base + i * 60, base + i * 60))
    listed = list_workshops(tmp_path)
    assert [s.path.name for s in listed] == [
        "palembang.json",
        "surabaya.json",
        "rusak.json",
        "yogyakarta.json",
    ]
    palembang = listed[0]
    assert palembang.ok and palembang.title == examples["palembang"].info.title
    assert "13 Ilir" in palembang.place and "Palembang" in palembang.place
    assert palembang.date == examples["palembang"].info.date
    assert palembang.groups == len(examples["palembang"].groups) == 2
    assert palembang.saved == dt.datetime.fromtimestamp(base + 180).astimezone()
    bad = listed[2]
    assert not bad.ok and bad.title == "" and bad.groups == 0
    assert "byte nol" in (bad.problem_text("id") or "")
    assert "NUL bytes" in (bad.problem_text("en") or "")
    assert list_workshops(tmp_path / "none") == []

"""Opening workshops for the TUI through the store: copies of examples, new files, broken files, locks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pra import store
from pra.resources import example_path
from pra.tui import files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_opens_a_copy_and_never_touches_the_example(tmp_path: Path) -> None:
    original = example_path("palembang")
    before = _digest(original)
    session = files.demo_session("palembang", folder=tmp_path)
    try:
        assert session.path is not None
        assert session.path.parent == tmp_path
        assert session.path != original
        assert session.workshop == store.load(original)
        assert not session.read_only
    finally:
        session.release()
    again = files.demo_session("palembang", folder=tmp_path)
    again.release()
    assert again.path == session.path, "the demo reopens its copy"
    fresh = files.demo_session("palembang", folder=tmp_path, fresh=True)
    fresh.release()
    assert fresh.path == tmp_path / "contoh-palembang-2.json", "--fresh makes a new copy"
    latest = files.demo_session("palembang", folder=tmp_path)
    latest.release()
    assert latest.path == fresh.path, "then the demo reopens the newest copy"
    assert sorted(p.name for p in tmp_path.glob("*.json")) == [
        "contoh-palembang-2.json",
        "contoh-palembang.json",
    ]
    assert _digest(original) == before


def test_the_demo_goes_on_where_it_was_left(tmp_path: Path) -> None:
    """A change made in the copy is there when the demo is opened again."""
    session = files.demo_session("surabaya", folder=tmp_path)
    assert session.path is not None
    changed = session.workshop.model_copy(update={"id": "ws-changed-in-the-demo"})
    store.save(changed, session.path)
    session.release()
    again = files.demo_session("surabaya", folder=tmp_path)
    again.release()
    assert again.workshop.id == "ws-changed-in-the-demo"


def test_copies_of_one_example_are_told_apart_by_their_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path))
    store.set_data_dir(None)
    files.demo_session("palembang", folder=tmp_path).release()
    files.demo_session("palembang", folder=tmp_path, fresh=True).release()
    files.demo_session("surabaya", folder=tmp_path).release()
    labels = sorted(entry.label for entry in files.recent_workshops())
    title = store.load(example_path("palembang")).info.title
    palembang = [label for label in labels if label.startswith(title)]
    assert [label.split(" — ")[1] for label in palembang] == [
        "contoh-palembang-2.json",
        "contoh-palembang.json",
    ]
    assert all(" — disimpan " in label for label in palembang)
    surabaya = next(label for label in labels if label not in palembang)
    assert ".json" not in surabaya, "a title that is alone keeps its place, not the file"


def test_new_workshop_is_saved_at_once_in_the_folder(tmp_path: Path) -> None:
    session = files.new_session(folder=tmp_path)
    session.release()
    assert session.path is not None and session.path.is_file()
    assert store.load(session.path) == session.workshop


def test_a_second_opener_is_read_only_and_told_who_holds_it(tmp_path: Path) -> None:
    first = files.demo_session("surabaya", folder=tmp_path)
    assert first.path is not None
    try:
        second = files.open_session(first.path)
        assert second.read_only
        assert second.held_by
        second.release()
    finally:
        first.release()
    third = files.open_session(first.path)
    assert not third.read_only, "the lock is given back on release"
    third.release()


def _broken_with_backup(tmp_path: Path) -> Path:
    path = tmp_path / "lokakarya.json"
    ws = store.load(example_path("yogyakarta"))
    store.save(ws, path)
    store.save(ws.model_copy(update={"id": "ws-second"}), path)  # rotates a backup
    path.write_bytes(b'{"schema_version": 1, "id": ')  # cut off mid-write by hand
    return path


def test_a_broken_file_is_left_alone_and_its_backup_named(tmp_path: Path) -> None:
    path = _broken_with_backup(tmp_path)
    broken_bytes = path.read_bytes()
    with pytest.raises(store.BrokenWorkshop) as caught:
        files.open_session(path)
    assert caught.value.backup is not None
    assert str(caught.value.backup) in caught.value.message()
    assert path.read_bytes() == broken_bytes


def test_restore_backup_keeps_the_broken_file_aside(tmp_path: Path) -> None:
    path = _broken_with_backup(tmp_path)
    broken_bytes = path.read_bytes()
    session = files.open_session(path, restore_backup=True)
    session.release()
    assert session.workshop == store.load(path)
    kept = [p for p in tmp_path.rglob("*") if p.is_file() and p.read_bytes() == broken_bytes]
    assert kept, "the broken file is kept aside, not overwritten"


def test_recent_workshops_lists_the_data_folder_newest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path))
    store.set_data_dir(None)
    for name in ("surabaya", "palembang"):
        files.demo_session(name, folder=tmp_path).release()
    labels = [entry.label for entry in files.recent_workshops()]
    assert len(labels) == 2
    assert any("13 Ilir" in label for label in labels)

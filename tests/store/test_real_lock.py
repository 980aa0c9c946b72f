"""One lock per real file: symlinks and ``..`` share it, saving elsewhere moves it, a bad lock path is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pra.errors import PraError
from pra.model import Workshop
from pra.store import load, open_workshop, save
from pra.store.lock import LockUnusable


@pytest.fixture
def saved(examples: dict[str, Workshop], tmp_path: Path) -> Path:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    return path


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_to_an_open_workshop_opens_read_only(saved: Path, tmp_path: Path) -> None:
    other = tmp_path / "lain"
    other.mkdir()
    link = other / "tautan.json"
    link.symlink_to(saved)
    with open_workshop(saved) as first:
        assert not first.read_only
        with open_workshop(link) as second:
            assert second.read_only
            assert second.held_by is not None and str(os.getpid()) in second.held_by
    with open_workshop(link) as alone:  # the lock was given back: the link alone may write
        assert not alone.read_only
        with open_workshop(saved) as behind:
            assert behind.read_only


def test_a_relative_path_with_dots_shares_the_lock(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with open_workshop(Path("..") / "sub" / ".." / "w.json") as first:
        assert not first.read_only
        with open_workshop(saved) as second:
            assert second.read_only


def test_saving_elsewhere_moves_the_lock_to_the_new_file(
    examples: dict[str, Workshop], saved: Path, tmp_path: Path
) -> None:
    new = tmp_path / "salinan.json"
    ws = examples["yogyakarta"]
    with open_workshop(saved) as opened:
        opened.save(ws, new)
        assert opened.path == new
        assert load(new) == ws
        with open_workshop(new) as second:
            assert second.read_only, "the new file is held by the window that saved it"
        with open_workshop(saved) as old:
            assert not old.read_only, "the old file's lock was given back"
        opened.save(examples["palembang"], new)  # later saves go to the new file
        assert load(new) == examples["palembang"]
    with open_workshop(new) as after:
        assert not after.read_only, "closing gives the new file's lock back"


def test_saving_over_a_file_another_window_holds_is_refused(
    examples: dict[str, Workshop], saved: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "dipakai.json"
    save(examples["palembang"], taken)
    before = taken.read_bytes()
    with open_workshop(taken) as holder, open_workshop(saved) as opened:
        assert not holder.read_only
        with pytest.raises(PraError) as caught:
            opened.save(examples["yogyakarta"], taken)
        assert caught.value.key == "store.save_as_held"
        assert caught.value.message("id").startswith(f"{taken} sedang dibuka di jendela lain oleh ")
        assert taken.read_bytes() == before
        assert opened.path == saved
        with open_workshop(saved) as second:
            assert second.read_only, "the window keeps its own file's lock"


def test_a_folder_at_the_lock_path_is_refused_with_a_sentence(saved: Path) -> None:
    lock = saved.parent / ".w.json.lock"
    lock.mkdir()
    with pytest.raises(LockUnusable) as caught:
        open_workshop(saved)
    assert caught.value.message("id") == (
        f"{saved} tidak bisa dibuka untuk diubah: penanda kuncinya, {lock}, bukan berkas biasa"
        " (mis. sebuah folder), jadi jendela lain tidak bisa diberi tahu; hapus atau pindahkan"
        f" {lock} lalu coba lagi"
    )
    assert caught.value.message("en").startswith(f"{saved} cannot be opened for editing: ")
    lock.rmdir()
    with open_workshop(saved) as opened:
        assert not opened.read_only

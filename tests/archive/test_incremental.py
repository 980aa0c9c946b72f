"""Re-running ``pra archive`` into the same folder reuses the work done for unchanged files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.archive.cache import CACHE_DIR
from pra.archive.writer import ArchiveOptions, build_archive
from pra.errors import PraError
from pra.model import Workshop

from .conftest import workshop_files


class CountingLoader:
    """``store.load`` that remembers which files it was asked to load."""

    def __init__(self) -> None:
        self.loaded: list[str] = []

    def __call__(self, path: Path) -> Workshop:
        self.loaded.append(path.name)
        return store.load(path)


def _package(out: Path) -> dict[str, bytes]:
    """Every file of the package (not the cache), by its path in the folder."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.parts
    }


def _fourth(src: Path) -> None:
    """A fourth workshop: Palembang under another id, sorted between the others."""
    data = json.loads((src / "palembang.json").read_bytes())
    data["id"] = "ws-palembang-2"
    (src / "padang.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_second_run_prepares_only_new_or_changed_files_and_writes_a_fresh_runs_bytes(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    first = CountingLoader()
    build_archive(workshop_files(src), out, first)
    assert sorted(first.loaded) == ["palembang.json", "surabaya.json", "yogyakarta.json"]
    before = _package(out)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == []  # every file's bytes were prepared before
    assert _package(out) == before
    # a new file and a changed one: only those two are prepared
    _fourth(src)
    data = json.loads((src / "surabaya.json").read_bytes())
    data["info"]["title"] = "Lokakarya PRA Pakis (diperbaiki)"
    (src / "surabaya.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    third = CountingLoader()
    result = build_archive(workshop_files(src), out, third)
    assert sorted(third.loaded) == ["padang.json", "surabaya.json"]
    assert result.workshops == 4
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    # the entries of the surabaya file as it was are gone: three in use plus the new one
    entries = list((out / CACHE_DIR).rglob("*.entry"))
    assert len(entries) == 4


def test_in_parallel_the_cache_gives_the_same_package(example_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load, workers=2)
    _fourth(src)
    build_archive(workshop_files(src), out, store.load, workers=2)
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)


def test_other_options_are_not_served_from_the_cache(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_archive(workshop_files(example_dir), out, store.load)
    named = CountingLoader()
    build_archive(workshop_files(example_dir), out, named, ArchiveOptions(with_names=True))
    assert len(named.loaded) == 3
    fresh = build_archive(
        workshop_files(example_dir), tmp_path / "fresh", store.load, ArchiveOptions(with_names=True)
    )
    assert _package(out) == _package(fresh.out)


def test_an_earlier_archive_with_a_stranger_file_is_refused_and_left_alone(
    example_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build_archive(workshop_files(example_dir), out, store.load)
    (out / "catatan.txt").write_text("milik peneliti", encoding="utf-8")
    before = _package(out)
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(example_dir), out, store.load)
    assert caught.value.key == "archive.out_not_empty"
    assert _package(out) == before

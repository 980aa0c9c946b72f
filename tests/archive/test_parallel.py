"""Preparing workshops in worker processes gives the same package, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.archive.cache import STATE_FILE
from pra.archive.codes import ParticipantCodes
from pra.archive.prepare import fill_codes, placeholders
from pra.archive.writer import ArchiveOptions, build_archive
from tests.archive.conftest import workshop_files


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file, the cache's entries included; not the cache's state (it holds file times)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != STATE_FILE
    }


@pytest.mark.parametrize("options", [ArchiveOptions(), ArchiveOptions(with_names=True)])
def test_two_workers_write_the_same_package_as_one(
    example_dir: Path, tmp_path: Path, options: ArchiveOptions
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    (src / "bad.json").write_text("{", encoding="utf-8")
    for i in range(20):  # more files than a chunk, with a duplicate among them
        data = json.loads((example_dir / f"{('surabaya', 'palembang')[i % 2]}.json").read_bytes())
        data["id"] = f"ws-copy-{min(i, 18):02d}"
        (src / f"copy-{i:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    files = workshop_files(src)
    one = build_archive(files, tmp_path / "one", store.load, options)
    seen: list[Path] = []
    two = build_archive(files, tmp_path / "two", store.load, options, seen.append, workers=2)
    assert seen == files
    assert (one.workshops, len(one.skipped)) == (two.workshops, len(two.skipped)) == (22, 2)
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_placeholders_become_consecutive_codes(example_dir: Path) -> None:
    ws = store.load(example_dir / "palembang.json")
    codes = ParticipantCodes()
    codes.reserve(5)
    reserved = codes.reserve(len(ws.participants))
    marks = placeholders(ws)
    text = ",".join(marks[p.id] for p in ws.participants)
    assert fill_codes(text, reserved).split(",") == [f"P{n:04d}" for n in range(6, 6 + 22)]
    assert codes.issued == 5 + 22


def test_text_holding_placeholder_characters_is_archived_as_written(
    example_dir: Path, tmp_path: Path
) -> None:
    """Private-use characters typed into a file are kept as text, never read as codes."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    data = json.loads((example_dir / "palembang.json").read_bytes())
    data["id"] = "ws-odd"
    data["problems"][0]["description"] = "\ue00099\ue001 dan \ue0001\ue001 \ue002"
    (src / "odd.json").write_text(json.dumps(data), encoding="utf-8")  # as \\ue000 escapes
    files = workshop_files(src)
    one = build_archive(files, tmp_path / "one", store.load, ArchiveOptions())
    two = build_archive(files, tmp_path / "two", store.load, ArchiveOptions(), workers=2)
    assert one.workshops == two.workshops == 4
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")
    problems = (tmp_path / "two" / "data" / "problems.csv").read_text(encoding="utf-8")
    assert "\ue00099\ue001 dan" in problems

"""Preparing workshops in worker processes gives the same package, byte for byte."""

from __future__ import annotations

import hashlib
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


def test_placeholders_become_the_workshops_own_codes(example_dir: Path) -> None:
    """A workshop's codes depend on its id alone, not on the workshops handed codes before it."""
    ws = store.load(example_dir / "palembang.json")
    codes = ParticipantCodes()
    codes.reserve("ws-other", 5)
    workshop, reserved = codes.reserve(ws.id, len(ws.participants))
    assert workshop == "W763072c3"  # sha256("ws-palembang") starts 763072c3
    marks = placeholders(ws)
    text = ",".join(marks[p.id] for p in ws.participants)
    expected = [f"W763072c3-P{n:02d}" for n in range(1, 23)]
    assert fill_codes(text, reserved).split(",") == expected
    assert ParticipantCodes().peek(ws.id, 22) == expected


def test_a_workshop_whose_code_is_taken_gets_a_longer_one() -> None:
    """``ws-49734`` and ``ws-49882`` both hash to 397460d2…: the one met later takes 12 digits,
    whichever comes first; a workshop met alone keeps 8."""
    one = hashlib.sha256(b"ws-49734").hexdigest()
    two = hashlib.sha256(b"ws-49882").hexdigest()
    assert one[:8] == two[:8] == "397460d2" and one[:12] != two[:12]
    codes = ParticipantCodes()
    assert codes.reserve("ws-49734", 1) == ("W397460d2", ["W397460d2-P01"])
    assert codes.reserve("ws-49882", 2)[1] == [f"W{two[:12]}-P01", f"W{two[:12]}-P02"]
    other = ParticipantCodes()
    assert other.reserve("ws-49882", 1)[0] == "W397460d2"
    assert other.reserve("ws-49734", 1)[0] == f"W{one[:12]}"


def test_ids_that_hash_alike_or_differ_in_case_get_their_own_codes_and_copies(
    example_dir: Path, tmp_path: Path
) -> None:
    """In a package: the later of two ids sharing 8 hex digits has 12; an id differing only in
    case from an earlier one has its copy named with its own code, not a count of files."""
    src = tmp_path / "src"
    src.mkdir()
    for name, workshop_id in (("a", "ws-49882"), ("b", "ws-49734"), ("c", "WS-49734")):
        data = json.loads((example_dir / "surabaya.json").read_bytes())
        data["id"] = workshop_id
        (src / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    result = build_archive(workshop_files(src), tmp_path / "out", store.load)
    assert result.workshops == 3
    lines = (result.out / "data" / "participants.csv").read_text(encoding="utf-8").splitlines()
    first = {row.split(",")[1]: row.split(",")[0] for row in reversed(lines[1:])}
    late = hashlib.sha256(b"ws-49734").hexdigest()[:12]
    upper = hashlib.sha256(b"WS-49734").hexdigest()[:8]
    assert first == {
        "ws-49882": "W397460d2-P01",
        "ws-49734": f"W{late}-P01",
        "WS-49734": f"W{upper}-P01",
    }
    assert sorted(p.name for p in (result.out / "raw").iterdir()) == [
        f"WS-49734~W{upper}.json",
        "ws-49734.json",
        "ws-49882.json",
    ]


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

"""File names that are not UTF-8 (a file copied from an old system) never stop an archive run.

Such a name is shown with U+FFFD for the bytes that are not UTF-8, in
``data/skipped.csv``, in the duplicate sentence and on the terminal; the file
itself is still read and copied under its real name.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from pra.archive.report import display_name
from pra.cli import main
from pra.resources import example_path


def _odd_name(folder: Path, raw: bytes) -> Path:
    """``folder / raw`` (a name that is not UTF-8), or skip where the filesystem refuses it."""
    path = folder / os.fsdecode(raw)
    try:
        path.write_bytes(b"")
    except (OSError, UnicodeError):
        pytest.skip("this filesystem refuses file names that are not UTF-8")
    path.unlink()
    return path


def _skipped(out: Path) -> list[dict[str, str]]:
    with (out / "data" / "skipped.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_display_name_replaces_only_the_bytes_that_are_not_utf8() -> None:
    assert display_name(os.fsdecode(b"odd/\xfe-\xc3\xa9.json")) == "odd/\ufffd-\u00e9.json"
    assert display_name(Path("plain.json")) == "plain.json"


@pytest.mark.parametrize("names", [[], ["--with-names"], ["--no-raw"]])
def test_skipped_and_duplicate_files_with_such_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: list[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _odd_name(src, b"\xfe.json").write_bytes(b"")  # empty: skipped
    first = _odd_name(src, b"a\xfd.json")  # sorts before palembang.json: archived
    shutil.copyfile(example_path("palembang"), first)
    shutil.copyfile(example_path("palembang"), src / "palembang.json")  # its duplicate
    out = _odd_name(tmp_path, b"out\xfe")
    assert main(["--lang", "en", "archive", str(src), "-o", str(out), *names]) == 0
    captured = capsys.readouterr()
    assert "1 workshop (22 participants) archived to " in captured.out
    assert "out\ufffd" in captured.out
    shown = display_name(src)
    assert _skipped(out) == [
        {
            "file": f"{shown}/palembang.json",
            "reason": f'Workshop "ws-palembang" was already archived from {shown}/a\ufffd.json,'
            " with the same content (a copy); this file is skipped, nothing is lost.",
        },
        {"file": f"{shown}/\ufffd.json", "reason": "the file is empty"},
    ]
    assert f"  {shown}/\ufffd.json: the file is empty" in captured.err.splitlines()
    assert (out / "datapackage.json").exists()
    if "--no-raw" not in names:
        assert [p.name for p in (out / "raw").iterdir()] == ["ws-palembang.json"]
        if names == ["--with-names"]:
            assert (out / "raw" / "ws-palembang.json").read_bytes() == first.read_bytes()
    import frictionless

    assert frictionless.validate(out / "datapackage.json").valid


def test_the_archived_file_copy_keeps_its_content(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    odd = _odd_name(src, b"\xff\xfe.json")
    shutil.copyfile(example_path("surabaya"), odd)
    out = tmp_path / "out"
    assert main(["archive", str(odd), "-o", str(out), "--with-names"]) == 0
    assert (out / "raw" / "ws-surabaya.json").read_bytes() == odd.read_bytes()
    assert _skipped(out) == []


def test_stats_names_such_a_file_once_and_readably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _odd_name(src, b"\xfe.json").write_bytes(b"")
    shutil.copyfile(example_path("palembang"), src / "palembang.json")
    assert main(["--lang", "en", "stats", str(src)]) == 0
    shown = display_name(src)
    assert capsys.readouterr().err == f"Skipped: {shown}/\ufffd.json: the file is empty\n"

"""``pra archive`` from the command line: options, exit codes, messages."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from pra.cli import main
from pra.cli.archive import progress_bar, show_progress


def test_archive_writes_the_package_and_says_so(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["--lang", "en", "archive", str(example_dir), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "3 workshops (62 participants) archived" in captured.out
    assert captured.err == ""  # no progress bar without a terminal
    assert sorted(p.name for p in out.iterdir()) == [
        ".pra-cache",
        "README.md",
        "data",
        "datapackage.json",
        "raw",
        "workshop.schema.json",
    ]
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["pra"]["pseudonymised"] is True


def test_no_raw_leaves_the_copies_out(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["archive", str(example_dir), "-o", str(out), "--no-raw"]) == 0
    assert not (out / "raw").exists()
    with (out / "data" / "workshops.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["raw_file"] for r in rows] == ["", "", ""]
    assert "--no-raw" in (out / "README.md").read_text(encoding="utf-8")


def test_with_names_keeps_names_and_copies_the_originals(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["archive", str(example_dir / "palembang.json"), "-o", str(out), "--with-names"]) == 0
    )
    assert "Rohani" in (out / "data" / "participants.csv").read_text(encoding="utf-8")
    assert (out / "raw" / "ws-palembang.json").read_bytes() == (
        example_dir / "palembang.json"
    ).read_bytes()


def test_nothing_archived_exits_non_zero_with_the_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--lang", "en", "archive", str(tmp_path / "bad.json"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "No workshop could be archived." in err
    assert "bad.json" in (out / "data" / "skipped.csv").read_text(encoding="utf-8")


def test_some_bad_files_still_succeed(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    (src / "bad.json").write_text("{}", encoding="utf-8")
    assert main(["--lang", "en", "archive", str(src), "-o", str(tmp_path / "out")]) == 0
    assert "1 file skipped" in capsys.readouterr().err


def test_a_used_folder_is_refused_without_a_traceback(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x").write_text("x", encoding="utf-8")
    assert main(["--lang", "en", "archive", str(example_dir), "-o", str(tmp_path / "out")]) == 1
    assert "already holds files" in capsys.readouterr().err


def test_an_empty_folder_has_nothing_to_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert (
        main(["--lang", "en", "archive", str(tmp_path / "empty"), "-o", str(tmp_path / "o")]) == 1
    )
    assert "No workshop files" in capsys.readouterr().err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_never_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert not show_progress()
    tty = _Tty()
    monkeypatch.setattr("sys.stderr", tty)
    assert show_progress()
    with progress_bar(3, "Archiving") as advance:
        for _ in range(3):
            advance(Path("x.json"))
    monkeypatch.setenv("CI", "true")
    assert not show_progress()


def test_jobs_runs_workers_and_gives_the_same_archive(example_dir: Path, tmp_path: Path) -> None:
    assert main(["archive", str(example_dir), "-o", str(tmp_path / "a"), "--jobs", "1"]) == 0
    assert main(["archive", str(example_dir), "-o", str(tmp_path / "b"), "--jobs", "2"]) == 0
    for name in ("data/participants.csv", "data/votes.csv", "raw/ws-palembang.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_workers_only_for_many_files() -> None:
    from pra.cli.archive import AUTO_MIN_FILES, auto_workers

    assert auto_workers(3) == 1
    assert 1 <= auto_workers(AUTO_MIN_FILES) <= 8

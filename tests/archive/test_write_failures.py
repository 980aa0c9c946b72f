"""Output that cannot be written is a sentence and exit code 1, never a traceback.

``pra archive`` into a folder that cannot be made, or that fails part-way
(disk full), leaves no ``datapackage.json`` and says what to do; ``pra stats
--csv`` refuses an existing file and reports a folder it cannot write.
Running as root, a read-only folder cannot be made: real failures here are a
path through a file (ENOTDIR) and, for a full disk, a writer made to fail.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from pra import store
from pra.archive import package
from pra.archive.writer import build_archive
from pra.cli import main
from pra.errors import PraError
from tests.archive.conftest import workshop_files


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "id",
            "Arsip tidak bisa ditulis ke {out}: sebagian dari jalurnya adalah berkas, bukan folder."
            " Di sana tidak ada arsip yang lengkap (tanpa datapackage.json). Pilih folder baru",
        ),
        (
            "en",
            "The archive cannot be written to {out}: part of the path is a file, not a folder."
            " There is no complete archive there (no datapackage.json). Choose a new or empty",
        ),
    ],
)
def test_an_archive_folder_that_cannot_be_made_is_a_sentence(
    example_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    expected: str,
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = tmp_path / "file" / "sub"
    assert main(["--lang", lang, "archive", str(example_dir), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(expected.format(out=out))
    assert "Traceback" not in captured.err and captured.out == ""
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_a_read_only_parent_is_a_sentence(
    example_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the reviewer saw it (``-o ro/sub``); made to fail, since root may write anywhere."""

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    out = tmp_path / "ro" / "sub"
    assert main(["--lang", "en", "archive", str(example_dir), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"The archive cannot be written to {out}: no permission (access denied).")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root (or Windows) ignores the mode"
)
def test_a_real_read_only_parent_is_a_sentence(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        assert main(["archive", str(example_dir), "-o", str(ro / "sub")]) == 1
    finally:
        ro.chmod(0o755)
    assert capsys.readouterr().err.startswith(f"Arsip tidak bisa ditulis ke {ro / 'sub'}: ")


def test_a_disk_full_part_way_leaves_no_datapackage(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []

    def full(self: Path, data: bytes) -> int:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        written.append(self)
        with self.open("wb") as f:
            return f.write(data)

    monkeypatch.setattr(Path, "write_bytes", full)  # the second raw copy fails
    out = tmp_path / "out"
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(example_dir), out, store.load)
    assert caught.value.key == "archive.write_failed"
    assert "tempat penyimpanan penuh" in caught.value.message("id")
    assert "new or empty folder" in caught.value.message("en")
    assert "datapackage.json" not in _files(out)
    assert "data/workshops.csv" in _files(out) and len(written) == 1


def test_a_datapackage_that_cannot_be_finished_is_removed(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = package.write_json

    def half(path: Path, value: dict[str, object]) -> None:
        if path.name.startswith(".datapackage"):
            path.write_text('{"resources": [', encoding="utf-8")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, value)

    monkeypatch.setattr(package, "write_json", half)
    out = tmp_path / "out"
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(example_dir), out, store.load)
    assert caught.value.key == "archive.write_failed"
    files = _files(out)
    assert not [f for f in files if "datapackage" in f], files
    assert "README.md" in files and "workshop.schema.json" in files


def test_an_archive_still_ends_with_its_datapackage(example_dir: Path, tmp_path: Path) -> None:
    result = build_archive(workshop_files(example_dir), tmp_path / "out", store.load)
    assert (result.out / "datapackage.json").is_file()
    assert not [f for f in _files(result.out) if "partial" in f]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("id", "{path} adalah berkas yang sudah ada, bukan folder; berkas itu tidak ditimpa."),
        ("en", "{path} is an existing file, not a folder; it was not overwritten."),
    ],
)
def test_stats_csv_onto_an_existing_file_is_refused_and_the_file_kept(
    example_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    expected: str,
) -> None:
    target = tmp_path / "f3.json"
    target.write_bytes((example_dir / "palembang.json").read_bytes())
    assert main(["--lang", lang, "stats", str(example_dir), "--csv", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(expected.format(path=target))
    assert captured.out == ""  # refused before anything is read
    assert target.read_bytes() == (example_dir / "palembang.json").read_bytes()


def test_stats_csv_into_a_folder_that_cannot_be_made_is_a_sentence(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = tmp_path / "file" / "tables"
    assert main(["--lang", "en", "stats", str(example_dir), "--csv", str(target)]) == 1
    captured = capsys.readouterr()
    assert "Summary of 3 workshops" in captured.out
    assert captured.err == (
        f"The summary tables cannot be written to {target}: part of the path is a file, not a"
        " folder. The summary above is still right; choose another folder with --csv.\n"
    )


def test_stats_csv_replaces_its_own_tables_in_a_folder(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tables"
    assert main(["stats", str(example_dir), "--csv", str(target)]) == 0
    assert main(["stats", str(example_dir / "palembang.json"), "--csv", str(target)]) == 0
    assert "Palembang" not in (target / "overview.csv").read_text(encoding="utf-8")

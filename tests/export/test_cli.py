"""``pra export`` as a user runs it: files written, sentences on errors, exit codes, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from pra import i18n
from pra.cli import main
from pra.resources import example_path


@pytest.fixture(autouse=True)
def _fresh_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    i18n.reset_language()
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_all_groups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(example_path("surabaya")), "-o", str(tmp_path))
    assert (code, err) == (0, "")
    written = sorted(tmp_path.glob("*.docx"))
    assert len(written) == 3
    assert out.count("Ditulis: ") == 3
    for path in written:
        assert str(path) in out


def test_one_group_by_name_into_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sedap.docx"
    code, _, err = run(
        capsys, str(example_path("palembang")), "--group", "kelompok sedap malam", "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert target.is_file()
    assert "Kelompok Sedap Malam" in [p.text for p in docx.Document(str(target)).paragraphs]


def test_minutes_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, str(example_path("yogyakarta")), "--minutes", "--lang", "en", "-o", str(tmp_path)
    )
    assert code == 0 and out.startswith("Written: ") and out.count("Written: ") == 2
    assert len(list(tmp_path.glob("Business plan*.docx"))) == 1
    [record] = tmp_path.glob("Workshop record*.docx")
    doc = docx.Document(str(record))
    assert doc.paragraphs[0].text == "PRA WORKSHOP RECORD"
    # the product is "pra", but the document title is written as a title, not .capitalize()d
    assert doc.core_properties.title == (
        "PRA Workshop Record: PRA Pemberdayaan Migran Kelurahan Warungboto"
    )
    [plan] = tmp_path.glob("Business plan*.docx")
    assert docx.Document(str(plan)).core_properties.title == (
        'Group Business Plan: KUW "Tri Astha"'
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "belum punya kelompok usaha, jadi rencana usaha belum dicetak"),
        ("en", "has no business groups yet, so no business plan was printed"),
    ],
)
def test_minutes_before_any_group_is_formed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    from pra import store

    ws = store.load(example_path("surabaya"))
    source = tmp_path / "tanpa-kelompok.json"
    store.save(ws.model_copy(update={"groups": ()}), source)
    out_dir = tmp_path / "keluar"
    code, out, err = run(capsys, str(source), "--minutes", "--lang", lang, "-o", str(out_dir))
    assert code == 0
    assert said in err and str(source) in err and "Traceback" not in err
    [record] = out_dir.glob("*.docx")
    assert str(record) in out and out.count("\n") == 1
    doc = docx.Document(str(record))
    assert doc.core_properties.title.startswith(("Berita Acara Lokakarya PRA: ", "PRA Workshop"))
    # without --minutes there is still nothing to print: a sentence and exit 1
    code, out, err = run(capsys, str(source), "-o", str(out_dir))
    assert (code, out) == (1, "") and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--group", "Kelompok Hantu"], 'Kelompok "Kelompok Hantu" tidak ada'),
        (["-o", "{tmp}/satu.docx"], "adalah satu berkas, padahal ada 2 berkas"),
        (["--template", "{tmp}"], "tidak berisi base.docx atau base.dotx"),
    ],
)
def test_mistakes_are_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run(capsys, str(example_path("palembang")), *args)
    assert code == 1 and out == ""
    assert expected in err and "Traceback" not in err
    assert list(tmp_path.glob("*.docx")) == []


def test_an_output_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    code, _, err = run(capsys, str(example_path("yogyakarta")), "-o", str(blocker / "keluar"))
    assert code == 1 and err.startswith(f"Tidak bisa menulis {blocker / 'keluar'}")
    assert "Traceback" not in err


def test_a_file_that_does_not_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rusak.json"
    bad.write_text("{ not json", encoding="utf-8")
    code, _, err = run(capsys, str(bad), "-o", str(tmp_path))
    assert code == 1 and "rusak.json" in err and "Traceback" not in err


def test_pdf_without_libreoffice_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, out, err = run(capsys, str(example_path("yogyakarta")), "--pdf", "-o", str(tmp_path))
    assert code == 1
    assert "LibreOffice (perintah soffice) tidak ditemukan" in err
    assert "Berkas Word sudah ditulis" in err
    assert len(list(tmp_path.glob("*.docx"))) == 1 and "Ditulis: " in out
    assert list(tmp_path.glob("*.pdf")) == []


def test_as_a_subprocess_without_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pra",
            "export",
            str(example_path("palembang")),
            "--pdf",
            "--lang",
            "en",
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("No PDF made: LibreOffice")
    assert "Traceback" not in done.stderr


def test_written_documents_get_the_usual_permissions_not_private_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plans, the berita acara and progress reports: readable as any new file (0o666 less the
    umask, 0o644 under the usual 022), also where an earlier export left a private file."""
    umask = os.umask(0)
    os.umask(umask)
    usual = 0o666 & ~umask
    assert usual != 0o600  # the test can fail: the temporary file's mode is 0o600
    source = str(example_path("palembang"))
    earlier = tmp_path / "plans" / "lama.docx"
    earlier.parent.mkdir()
    earlier.write_bytes(b"")
    earlier.chmod(0o600)
    code, _, err = run(capsys, source, "--minutes", "-o", str(tmp_path / "plans"))
    assert (code, err) == (0, "")
    one = run(capsys, source, "--group", "Kelompok Sedap Malam", "-o", str(earlier))
    assert one[0] == 0
    assert main(["report", source, "-o", str(tmp_path / "reports")]) == 0
    written = sorted((tmp_path / "plans").glob("*.docx")) + sorted(
        (tmp_path / "reports").glob("*.docx")
    )
    assert len(written) == 2 + 1 + 1 + 2  # two plans, the minutes, lama.docx, two reports
    assert {p.name: p.stat().st_mode & 0o777 for p in written} == {p.name: usual for p in written}

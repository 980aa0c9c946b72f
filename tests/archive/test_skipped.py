"""A bad file is reported inside the package and skipped; the rest is archived."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.archive.writer import ArchiveOptions, build_archive
from pra.cli import main
from pra.errors import PraError
from pra.i18n import set_language
from pra.model import Workshop
from pra.resources import example_path
from tests.archive.conftest import workshop_files


def _skipped(out: Path) -> list[dict[str, str]]:
    with (out / "data" / "skipped.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_bad_files_are_reported_with_the_reason_and_skipped(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    (src / "broken.json").write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    data = json.loads(example_path("palembang").read_bytes())
    data["id"] = "ws-bad-reference"
    data["groups"][0]["member_ids"].append("p-99")
    (src / "dangling.json").write_text(json.dumps(data), encoding="utf-8")
    set_language("en")  # undone by the autouse fixture in conftest
    result = build_archive(workshop_files(src), tmp_path / "out", store.load)
    assert result.workshops == 3
    skipped = _skipped(result.out)
    assert [Path(s["file"]).name for s in skipped] == ["broken.json", "dangling.json"]
    for row in skipped:  # the file is named once, in its own column
        assert Path(row["file"]).name not in row["reason"]
    assert "p-99" in skipped[1]["reason"]
    ids = (result.out / "data" / "workshops.csv").read_text(encoding="utf-8")
    assert "ws-bad-reference" not in ids
    assert sorted(p.name for p in (result.out / "raw").iterdir()) == [
        "ws-palembang.json",
        "ws-surabaya.json",
        "ws-yogyakarta.json",
    ]
    import frictionless

    assert frictionless.validate(result.out / "datapackage.json").valid


def test_a_second_file_with_the_same_workshop_id_is_skipped(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(example_dir / "palembang.json", src / "a.json")
    shutil.copyfile(example_dir / "palembang.json", src / "b.json")
    result = build_archive(
        workshop_files(src), tmp_path / "out", store.load, ArchiveOptions(raw=False)
    )
    assert result.workshops == 1
    [row] = _skipped(result.out)
    assert row["file"].endswith("b.json") and "ws-palembang" in row["reason"]
    assert not (result.out / "raw").exists()


def test_the_readme_says_why_each_file_was_skipped(example_dir: Path, tmp_path: Path) -> None:
    """A copy of a workshop already archived was a valid file: the README counts it apart from
    the files that could not be read, never as one of them."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(example_dir / "palembang.json", src / "a.json")
    shutil.copyfile(example_dir / "palembang.json", src / "b.json")
    (src / "c.json").write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    set_language("en")  # undone by the autouse fixture in conftest
    result = build_archive(
        workshop_files(src), tmp_path / "out", store.load, ArchiveOptions(raw=False)
    )
    summary = (result.out / "README.md").read_text("utf-8").splitlines()[2]
    assert summary == (
        "This package holds 1 workshop with 22 participants. 2 files were skipped"
        " (data/skipped.csv): 1 could not be read or was not a valid workshop file; 1 was"
        " valid, a copy of a workshop already archived from another file (same id, same"
        " content: nothing is lost)."
    )
    shutil.rmtree(result.out)
    (src / "b.json").unlink()
    (src / "c.json").unlink()
    set_language("id")
    result = build_archive(
        workshop_files(src), tmp_path / "out", store.load, ArchiveOptions(raw=False)
    )
    summary = (result.out / "README.md").read_text("utf-8").splitlines()[2]
    assert summary.endswith("peserta. Tidak ada berkas yang dilewati.")


def _edited_copy(source: Path, target: Path) -> None:
    """``source`` saved again with one change: another version of the same workshop."""
    data = json.loads(source.read_bytes())
    data["info"]["title"] += " (diedit)"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_versions_of_one_workshop_name_both_files_and_exit_non_zero(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """Two files with one workshop id and different content: the first is archived, the
    second is not, and the run says so naming both files and exits 1, first run and an
    incremental one alike; a copy with the same content (spaced otherwise) is only skipped."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(example_dir / "palembang.json", src / "a.json")
    _edited_copy(example_dir / "palembang.json", src / "b.json")
    same = json.loads((example_dir / "palembang.json").read_bytes())
    (src / "c.json").write_text(json.dumps(same, indent=4), encoding="utf-8")
    shutil.copyfile(example_dir / "surabaya.json", src / "d.json")
    out = tmp_path / "out"
    for _ in range(2):  # the second run serves a.json from the cache
        args = ["--lang", "en", "archive", str(src), "-o", str(out), "--jobs", jobs]
        assert main(args) == 1
        err = capsys.readouterr().err
        a, b, c = (str(src / name) for name in ("a.json", "b.json", "c.json"))
        assert (
            f'  workshop "ws-palembang": archived from {a}; not archived: {b}' in err.splitlines()
        )
        assert "1 workshop is in two files whose content differs" in err
        assert f"{c}: " in err and "with the same content (a copy)" in err
        reasons = {Path(row["file"]).name: row["reason"] for row in _skipped(out)}
        assert set(reasons) == {"b.json", "c.json"}
        assert "content differs" in reasons["b.json"] and a in reasons["b.json"]
        assert "nothing is lost" in reasons["c.json"]
        titles = (out / "data" / "workshops.csv").read_text(encoding="utf-8")
        assert "(diedit)" not in titles and "ws-surabaya" in titles
        assert "Not the whole record: 1 workshop" in (out / "README.md").read_text("utf-8")


def test_a_copy_alone_is_no_conflict(example_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.json", "b.json"):
        shutil.copyfile(example_dir / "palembang.json", src / name)
    assert main(["archive", str(src), "-o", str(tmp_path / "out")]) == 0
    assert "Belum catatan yang utuh" not in (tmp_path / "out" / "README.md").read_text("utf-8")


def test_a_folder_that_is_not_empty_is_refused(example_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(example_dir), tmp_path / "out", store.load)
    assert caught.value.key == "archive.out_not_empty"
    assert (tmp_path / "out" / "keep.txt").read_text(encoding="utf-8") == "x"


def test_ids_differing_only_in_case_get_separate_raw_copies(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i, ws_id in enumerate(["ws-palembang", "WS-PALEMBANG"]):
        data = json.loads((example_dir / "palembang.json").read_bytes())
        data["id"] = ws_id
        (src / f"{i}.json").write_text(json.dumps(data), encoding="utf-8")
    result = build_archive(workshop_files(src), tmp_path / "out", store.load)
    assert result.workshops == 2
    assert len(list((result.out / "raw").iterdir())) == 2


def test_an_interrupted_run_leaves_no_datapackage(example_dir: Path, tmp_path: Path) -> None:
    def stop(path: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_archive(workshop_files(example_dir), tmp_path / "out", store.load, on_file=stop)
    assert (tmp_path / "out" / "data" / "workshops.csv").exists()
    assert not (tmp_path / "out" / "datapackage.json").exists()


def test_the_reason_names_the_file_once_on_the_terminal_and_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "odd"
    src.mkdir()
    (src / "empty.json").write_bytes(b"")
    shutil.copyfile(example_path("palembang"), src / "palembang.json")
    assert main(["--lang", "en", "archive", str(src), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.count("empty.json") == 1
    assert f"  {src / 'empty.json'}: the file is empty" in err.splitlines()
    assert _skipped(tmp_path / "out") == [
        {"file": str(src / "empty.json"), "reason": "the file is empty"}
    ]


def test_reasons_of_other_loaders_do_not_name_the_file(example_dir: Path, tmp_path: Path) -> None:
    def load(path: Path) -> Workshop:
        if path.name == "palembang.json":
            raise PermissionError(13, "Permission denied", str(path))
        if path.name == "surabaya.json":
            raise ValueError()
        return store.load(path)

    set_language("en")
    result = build_archive(workshop_files(example_dir), tmp_path / "out", load)
    assert result.workshops == 1
    assert [(Path(s.file).name, s.reason) for s in result.skipped] == [
        ("palembang.json", "cannot be read: no permission (access denied)"),
        ("surabaya.json", "cannot be read: ValueError"),
    ]

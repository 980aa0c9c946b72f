"""The NIK is for the printed plan only: not one byte of it in an archive or in ``pra stats``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.archive.writer import ArchiveOptions, build_archive
from pra.cli import main
from pra.resources import EXAMPLES, example_path


def nik_for(n: int) -> str:
    return f"3578{n:012d}"


@pytest.fixture(scope="module")
def with_niks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The examples with a NIK for every participant, and those NIKs."""
    folder = tmp_path_factory.mktemp("niks")
    niks: list[str] = []
    for name in EXAMPLES:
        data = json.loads(example_path(name).read_text(encoding="utf-8"))
        for person in data["participants"]:
            person["nik"] = nik_for(len(niks) + 1)
            niks.append(person["nik"])
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        store.load(folder / f"{name}.json")  # a valid file
    return folder, niks


def found(folder: Path, niks: list[str]) -> list[str]:
    data = b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
    # the digits, and the digits with the separators a CSV or a JSON dump might put in
    return [n for n in niks if n.encode() in data or f"{int(n):,}".encode() in data]


@pytest.mark.parametrize("with_names", [False, True])
def test_no_nik_in_any_byte_of_an_archive(
    with_niks: tuple[Path, list[str]], with_names: bool, tmp_path: Path
) -> None:
    folder, niks = with_niks
    assert len(niks) > 60
    files = sorted(folder.glob("*.json"))
    out = tmp_path / "out"
    build_archive(files, out, store.load, ArchiveOptions(with_names=with_names))
    raw = sorted((out / "raw").glob("*.json"))
    assert len(raw) == len(EXAMPLES)  # the copies are there, without the NIK
    assert found(out, niks) == []
    if with_names:  # everything else of the file is kept
        copy = store.load(raw[0])
        source = next(store.load(f) for f in files if store.load(f).id == copy.id)
        assert copy == source.model_copy(
            update={
                "participants": tuple(
                    p.model_copy(update={"nik": None}) for p in source.participants
                )
            }
        )


def test_no_nik_in_pra_stats(
    with_niks: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, niks = with_niks
    assert main(["stats", str(folder), "--csv", str(tmp_path / "csv")]) == 0
    printed = capsys.readouterr()
    assert [n for n in niks if n in printed.out + printed.err] == []
    assert found(tmp_path / "csv", niks) == []
    shutil.rmtree(tmp_path / "csv")

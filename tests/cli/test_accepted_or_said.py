"""What ``pra check`` refuses, export and archive refuse the same way; what they meet unforeseen is one sentence per file.

The files are the issue's crashers: each was accepted by ``pra check`` and then
crashed or ran for minutes in ``pra export`` and ``pra archive``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pra.archive.report import display_name
from pra.i18n import t
from pra.resources import example_path
from tests.cli.conftest import Run

Data = dict[str, Any]
NAMES = ("Rohani", "Sumarni")  # participants of the Palembang example


def _palembang() -> Data:
    data: Data = json.loads(example_path("palembang").read_bytes())
    return data


def _chain(n: int, duration: int) -> list[Data]:
    return [
        {"id": f"x{i}", "title": f"L{i}", "duration": duration}
        | ({"depends_on": [f"x{i - 1}"]} if i else {})
        for i in range(n)
    ]


def _calendar_9999(d: Data) -> None:
    d["groups"][0]["calendar"] |= {"unit": "month", "start": "9999-12-01"}


def _weekly_9999(d: Data) -> None:
    d["groups"][0]["calendar"] |= {"unit": "week", "start": "9999-12-27"}


def _step_9998(d: Data) -> None:
    d["groups"][0]["steps"][0]["start"] = "9998-01-01"


def _forty_long_steps(d: Data) -> None:
    d["groups"][0]["steps"] = _chain(40, 520)
    d["groups"][0]["analysis"]["sales_step_id"] = None  # one of the steps replaced


def _two_hundred_months(d: Data) -> None:
    d["groups"][0]["calendar"]["unit"] = "month"
    d["groups"][0]["steps"] = _chain(200, 1)
    d["groups"][0]["analysis"]["sales_step_id"] = None  # one of the steps replaced


CRASHERS: dict[str, Callable[[Data], None]] = {
    "calendar-9999": _calendar_9999,
    "weekly-9999": _weekly_9999,
    "step-9998": _step_9998,
    "forty-520-weeks": _forty_long_steps,
    "two-hundred-months": _two_hundred_months,
}
GROUP = 'kelompok "Kelompok Sedap Malam"'
SAID = {
    "calendar-9999": f'{GROUP}, isian "calendar.start": tanggal harus antara tahun 1990 dan 2100',
    "weekly-9999": f'{GROUP}, isian "calendar.start": tanggal harus antara tahun 1990 dan 2100',
    "step-9998": f'{GROUP}, langkah 1, isian "start": tanggal harus antara tahun 1990 dan 2100',
    "forty-520-weeks": f"{GROUP}: rencana kelompok ini, dari awal kalender sampai langkah"
    " terakhir selesai, 20800 minggu; paling lama 260 minggu (5 tahun): perpendek langkahnya"
    " atau periksa tanggalnya",
    "two-hundred-months": f"{GROUP}: rencana kelompok ini, dari awal kalender sampai langkah"
    " terakhir selesai, 200 bulan; paling lama 120 bulan (10 tahun): perpendek langkahnya"
    " atau periksa tanggalnya",
}


def _write(folder: Path, name: str, data: Data) -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _crasher(folder: Path, name: str) -> Path:
    data = copy.deepcopy(_palembang())
    CRASHERS[name](data)
    return _write(folder, name, data)


@pytest.mark.parametrize("name", sorted(CRASHERS))
def test_check_refuses_each_crasher_with_a_sentence_naming_the_place(
    pra: Run, tmp_path: Path, name: str
) -> None:
    path = _crasher(tmp_path, name)
    result = pra("check", path)
    assert result.code == 1
    assert f"{path}: {SAID[name]}" in result.lines


@pytest.mark.parametrize("name", sorted(CRASHERS))
def test_export_refuses_each_crasher_at_once_with_the_same_sentence(
    pra: Run, tmp_path: Path, name: str
) -> None:
    path = _crasher(tmp_path, name)
    result = pra("export", path, "-o", tmp_path / "out")
    assert result.code == 1
    assert result.err.strip() == f"{path}: {SAID[name]}"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_archive_of_a_folder_with_every_crasher_archives_the_good_file(
    pra: Run, tmp_path: Path, jobs: str
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in CRASHERS:
        _crasher(src, name)
    _write(src, "good", _palembang())
    out = tmp_path / "out"
    result = pra("archive", src, "-o", out, "--jobs", jobs)
    assert result.code == 0, result.err
    assert (out / "datapackage.json").is_file()
    lines = result.err.splitlines()
    assert lines[0] == t("archive.skipped", lang="id", count=len(CRASHERS))
    for name in sorted(CRASHERS):
        shown = display_name(src / f"{name}.json")
        assert t("archive.skipped_line", lang="id", file=shown, reason=SAID[name]) in lines
    assert not any(n in result.out + result.err for n in NAMES)


def test_an_unforeseen_error_in_one_plan_is_a_sentence_and_the_others_are_written(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pra.export import plan

    real = plan.build_plan

    def broken(ws: Any, group: Any, *args: Any) -> Any:
        if group.name == "Kelompok Sedap Malam":
            raise RuntimeError(f"boom near {ws.participants[0].name}")
        return real(ws, group, *args)

    monkeypatch.setattr(plan, "build_plan", broken)
    path = _write(tmp_path, "w", _palembang())
    out = tmp_path / "out"
    result = pra("export", path, "-o", out)
    assert result.code == 1
    failed = [p for p in result.err.splitlines() if "tidak terduga" in p]
    assert len(failed) == 1 and "Sedap Malam" in failed[0]
    sentence = t("export.error.unexpected", lang="id", path="").strip()
    assert failed[0].startswith(f"{out}/") and failed[0].endswith(sentence)
    assert failed[0].endswith(".docx " + sentence)
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == len(_palembang()["groups"]) - 1
    assert "Traceback" not in result.err and "boom" not in result.err
    assert not any(n in result.out + result.err for n in NAMES)


def test_an_unforeseen_error_in_loading_is_a_sentence_naming_the_file(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pra import store

    def broken(path: Any) -> Any:
        raise ZeroDivisionError("Rohani")

    monkeypatch.setattr(store, "load", broken)
    path = _write(tmp_path, "w", _palembang())
    result = pra("export", path, "-o", tmp_path / "out")
    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == t("export.error.unexpected_file", lang="id", file=path)


def test_an_unforeseen_error_in_one_archived_file_skips_only_that_file(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pra.archive import prepare, writer

    real = writer.render

    def broken(source: str, *args: Any) -> Any:
        if source.endswith("bad.json"):
            raise RecursionError("Rohani Sumarni")
        return real(source, *args)

    # a file is rendered with its final codes (writer) or with placeholders (prepare,
    # which the incremental cache keeps): the bug may strike in either
    monkeypatch.setattr(writer, "render", broken)
    monkeypatch.setattr(prepare, "render", broken)
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "bad", _palembang())
    other = _palembang()
    other["id"] = "ws-lain"
    _write(src, "good", other)
    out = tmp_path / "out"
    result = pra("archive", src, "-o", out, "--jobs", "1")
    assert result.code == 0, result.err
    assert (out / "datapackage.json").is_file()
    assert (
        t(
            "archive.skipped_line",
            lang="id",
            file=display_name(src / "bad.json"),
            reason=t("archive.unexpected", lang="id"),
        )
        in result.err.splitlines()
    )
    assert not any(n in result.out + result.err for n in NAMES)
    skipped = (out / "data" / "skipped.csv").read_text(encoding="utf-8")
    assert "bad.json" in skipped and "Rohani" not in skipped

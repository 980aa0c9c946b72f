"""Values written loosely in a hand-edited file are refused, each with a sentence saying where.

Pydantic's lax mode would take ``"yes"`` or ``1`` for true, ``"3"`` or ``3.0``
for a count, a time or a timestamp for a date, ``"1.5"`` for a percent. A file
written by ``pra`` never holds them; a file that does was edited by hand or
damaged, and is refused rather than silently read (see ``pra.model.strict``).
Each case: one clear sentence in both languages, ``pra check`` exits 1, loading
and opening refuse, the bytes are unchanged, and the JSON and Python
validations of the model agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from pra import i18n
from pra.cli import main
from pra.model import Workshop
from pra.resources import example_path
from pra.store import BrokenWorkshop, WorkshopFileError, check_file, load, open_workshop, problems

Doc = dict[str, Any]
_DATE_ID = "bukan tanggal yang sah: tulis TTTT-BB-HH saja, tanpa jam, mis. 2003-08-17"
_DATE_EN = "not a valid date: write only YYYY-MM-DD, no time, e.g. 2003-08-17"
_GROUP_ID, _GROUP_EN = 'kelompok "Kelompok Pertukangan"', 'group "Kelompok Pertukangan"'


@pytest.fixture(autouse=True)
def _language_is_not_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pra --lang en`` sets the process language: never let it leak into the next test."""
    i18n.reset_language()
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)


def _first_total(doc: Doc) -> None:
    totals = doc["voting"]["dots"]["totals"]
    totals[next(iter(totals))] = "17"


# name -> (change to the Surabaya example, Indonesian sentence, English sentence) after "file: "
CASES: dict[str, tuple[Callable[[Doc], object], str, str]] = {
    "yes for a bool": (
        lambda d: d["participants"][0].update(present="yes"),
        'peserta "Slamet Riyadi", isian "present": harus true atau false, '
        'ditulis tanpa tanda kutip (di berkas tertulis "yes")',
        'participant "Slamet Riyadi", field "present": must be true or false, '
        'written without quotes (the file has "yes")',
    ),
    "on for a bool": (
        lambda d: d["participants"][1].update(household_head="on"),
        'peserta "Heru Santoso", isian "household_head": harus true atau false, '
        'ditulis tanpa tanda kutip (di berkas tertulis "on")',
        'participant "Heru Santoso", field "household_head": must be true or false, '
        'written without quotes (the file has "on")',
    ),
    "1 for a bool": (
        lambda d: d["groups"][0]["pledges"][0].update(kept=1),
        f'{_GROUP_ID}, janji hati 1, isian "kept": harus true atau false (di berkas tertulis 1)',
        f'{_GROUP_EN}, pledge 1, field "kept": must be true or false (the file has 1)',
    ),
    "a NIK with a digit missing": (
        lambda d: d["participants"][0].update(nik="357801020304050"),
        'peserta "Slamet Riyadi", isian "nik": bukan NIK yang sah: NIK terdiri dari 16 angka',
        'participant "Slamet Riyadi", field "nik": not a valid NIK: a NIK is 16 digits',
    ),
    "quoted true": (
        lambda d: d["voting"].update(results_hidden="true"),
        'isian "voting.results_hidden": harus true atau false, ditulis tanpa tanda kutip '
        '(di berkas tertulis "true")',
        'field "voting.results_hidden": must be true or false, written without quotes '
        '(the file has "true")',
    ),
    "date with a time": (
        lambda d: d["info"].update(date="2003-07-22T00:00:00"),
        f'isian "info.date": {_DATE_ID} (di berkas tertulis "2003-07-22T00:00:00")',
        f'field "info.date": {_DATE_EN} (the file has "2003-07-22T00:00:00")',
    ),
    "date with a time zone": (
        lambda d: d["groups"][0]["calendar"].update(start="2003-08-01T00:00:00Z"),
        f'{_GROUP_ID}, isian "calendar.start": {_DATE_ID} '
        '(di berkas tertulis "2003-08-01T00:00:00Z")',
        f'{_GROUP_EN}, field "calendar.start": {_DATE_EN} (the file has "2003-08-01T00:00:00Z")',
    ),
    "timestamp for a date": (
        lambda d: d["info"].update(date=1058832000),
        f'isian "info.date": {_DATE_ID} (di berkas tertulis 1058832000)',
        f'field "info.date": {_DATE_EN} (the file has 1058832000)',
    ),
    "timestamp text for a date": (
        lambda d: d["groups"][0]["steps"][0].update(start="1058832000"),
        f'{_GROUP_ID}, langkah 1, isian "start": {_DATE_ID} (di berkas tertulis "1058832000")',
        f'{_GROUP_EN}, step 1, field "start": {_DATE_EN} (the file has "1058832000")',
    ),
    "quoted count": (
        lambda d: d["voting"]["dots"].update(dots_per_person="3"),
        'isian "voting.dots.dots_per_person": harus angka tanpa tanda kutip '
        '(di berkas tertulis "3")',
        'field "voting.dots.dots_per_person": must be a number without quotes (the file has "3")',
    ),
    "quoted dot total": (
        _first_total,
        'isian "voting.dots.totals.prob-modal": harus angka tanpa tanda kutip '
        '(di berkas tertulis "17")',
        'field "voting.dots.totals.prob-modal": must be a number without quotes '
        '(the file has "17")',
    ),
    "quoted weight": (
        lambda d: d["criteria"][0].update(weight="3"),
        'kriteria "Modal yang dibutuhkan kecil", isian "weight": harus angka tanpa tanda kutip '
        '(di berkas tertulis "3")',
        'criterion "Modal yang dibutuhkan kecil", field "weight": must be a number without '
        'quotes (the file has "3")',
    ),
    "decimal point in a count": (
        lambda d: d["groups"][0]["steps"][0].update(duration=1.0),
        f'{_GROUP_ID}, langkah 1, isian "duration": harus bilangan bulat, tanpa koma desimal '
        "(di berkas tertulis 1.0)",
        f'{_GROUP_EN}, step 1, field "duration": must be a whole number, without a decimal '
        "point (the file has 1.0)",
    ),
    "decimal point in a score": (
        lambda d: d["ideas"][0]["scores"].update({"cr-modal": 3.0}),
        'usaha "Jasa pertukangan (bangunan, las, listri…", isian "scores.cr-modal": '
        "harus bilangan bulat, tanpa koma desimal (di berkas tertulis 3.0)",
        'business "Jasa pertukangan (bangunan, las, listri…", field "scores.cr-modal": '
        "must be a whole number, without a decimal point (the file has 3.0)",
    ),
    "quoted percent": (
        lambda d: d["groups"][0]["capital"].update(service_fee_percent="1.5"),
        f'{_GROUP_ID}, isian "capital.service_fee_percent": harus angka tanpa tanda kutip '
        '(di berkas tertulis "1.5")',
        f'{_GROUP_EN}, field "capital.service_fee_percent": must be a number without quotes '
        '(the file has "1.5")',
    ),
    "quoted money": (
        lambda d: d["groups"][0]["capital"].update(stimulus_per_member="500000"),
        f'{_GROUP_ID}, isian "capital.stimulus_per_member": harus angka tanpa tanda kutip '
        '(di berkas tertulis "500000")',
        f'{_GROUP_EN}, field "capital.stimulus_per_member": must be a number without quotes '
        '(the file has "500000")',
    ),
}


def _doc(name: str) -> Doc:
    doc: Doc = json.loads(example_path("surabaya").read_bytes())
    CASES[name][0](doc)
    return doc


def _write(tmp_path: Path, name: str) -> tuple[Path, bytes]:
    data = json.dumps(_doc(name), ensure_ascii=False, indent=2).encode("utf-8")
    path = tmp_path / "lokakarya.json"
    path.write_bytes(data)
    return path, data


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_loose_value_is_one_clear_sentence_and_the_file_is_never_changed(
    name: str, tmp_path: Path
) -> None:
    _, sentence_id, sentence_en = CASES[name]
    path, data = _write(tmp_path, name)
    assert problems(path, "id") == [f"{path}: {sentence_id}"]
    assert problems(path, "en") == [f"{path}: {sentence_en}"]
    with pytest.raises(WorkshopFileError) as caught:
        load(path)
    assert caught.value.message("id") == f"{path}: {sentence_id}"
    with pytest.raises(BrokenWorkshop):
        open_workshop(path)
    assert path.read_bytes() == data
    assert not path.with_name(".lokakarya.json.holder").exists()


@pytest.mark.parametrize("name", sorted(CASES))
def test_pra_check_says_it_and_exits_non_zero(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, sentence_id, sentence_en = CASES[name]
    path, data = _write(tmp_path, name)
    assert main(["check", str(path)]) == 1
    assert f"{path}: {sentence_id}" in capsys.readouterr().out.splitlines()
    assert main(["--lang", "en", "check", str(path)]) == 1
    assert f"{path}: {sentence_en}" in capsys.readouterr().out.splitlines()
    assert path.read_bytes() == data


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_and_python_validation_agree(name: str) -> None:
    """``store.loads`` validates JSON; its report (and migrations) validate the parsed document."""
    doc = _doc(name)
    with pytest.raises(ValidationError):
        Workshop.model_validate_json(json.dumps(doc))
    with pytest.raises(ValidationError):
        Workshop.model_validate(doc)


def test_the_examples_hold_no_loose_values() -> None:
    for name in ("surabaya", "palembang", "yogyakarta"):
        assert check_file(example_path(name)) == []

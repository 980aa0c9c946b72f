"""Loading and checking workshop files: every failure is one clear sentence naming file and place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pra.model import SCHEMA_VERSION, Workshop
from pra.resources import EXAMPLES, example_path
from pra.store import (
    MAX_BYTES,
    WorkshopFileError,
    check_file,
    dumps,
    load,
    loads,
    problems,
)

from .conftest import write_json


def _error(data: bytes | str, source: str = "x.json") -> WorkshopFileError:
    with pytest.raises(WorkshopFileError) as caught:
        loads(data, source)
    return caught.value


def _sedap_malam(doc: dict[str, Any]) -> dict[str, Any]:
    group: dict[str, Any] = next(g for g in doc["groups"] if g["name"] == "Kelompok Sedap Malam")
    return group


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_load_check_clean_and_dump_to_their_own_bytes(name: str) -> None:
    path = example_path(name)
    ws = load(path)
    assert check_file(path) == []
    assert dumps(ws).encode("utf-8") == path.read_bytes()


def test_dumps_is_canonical_utf8_with_trailing_newline_and_no_bom(
    examples: dict[str, Workshop],
) -> None:
    text = dumps(examples["palembang"])
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert not text.startswith("\ufeff")
    assert text.startswith('{\n  "schema_version": ')
    assert "Sedap Malam" in text  # non-ASCII would be written as is, not \\u-escaped
    assert dumps(loads(text, "again")) == text


def test_a_utf8_bom_is_stripped(examples: dict[str, Workshop]) -> None:
    data = dumps(examples["surabaya"]).encode("utf-8")
    assert loads(b"\xef\xbb\xbf" + data, "bom.json") == examples["surabaya"]
    assert loads("\ufeff" + data.decode(), "bom.json") == examples["surabaya"]


def test_a_file_over_20_mb_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written
    opened: list[Any] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    with pytest.raises(WorkshopFileError) as caught:
        load(path)
    assert opened == []
    message = caught.value.message("id")
    assert "huge.json" in message and "terlalu besar" in message and "20.0 MB" in message
    assert "too large" in caught.value.message("en")


def test_invalid_json_reports_line_and_column(examples: dict[str, Workshop]) -> None:
    text = dumps(examples["palembang"])
    lines = text.splitlines(keepends=True)
    lines[4] = lines[4].replace('",', '"', 1)  # a missing comma after the 5th line
    error = _error("".join(lines), "palembang.json")
    assert error.message("id").startswith("palembang.json: baris 6, kolom ")
    assert "koma" in error.message("id")
    assert "line 6, column" in error.message("en") and "comma" in error.message("en")


def test_truncated_json_says_the_file_was_cut_short(examples: dict[str, Workshop]) -> None:
    data = dumps(examples["palembang"]).encode()
    message = _error(data[: len(data) // 2], "palembang.json").message("id")
    assert message.startswith("palembang.json: baris ") and "terpotong" in message


@pytest.mark.parametrize(
    ("data", "words_id", "words_en"),
    [
        (b"", "kosong", "empty"),
        (b"   \n", "kosong", "empty"),
        (b"\x00" * 4096, "byte nol", "NUL bytes"),
        ('{"a": 1}'.encode("utf-16"), "UTF-16", "UTF-16"),
        ('{"a": 1}'.encode("utf-16-le"), "UTF-16", "UTF-16"),
        (
            '{"schema_version": 1, "id": "w", "info": {"title": "Caf\u00e9"}}'.encode("latin-1"),
            "bukan UTF-8",
            "not UTF-8",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "terlalu dalam", "nested too deeply"),
        (
            b'{"schema_version": 1, "id": "w", "voting": {"dots": {"dots_per_person": NaN}}}',
            "NaN",
            "NaN",
        ),
        (b"[1, 2]", "bukan berkas lokakarya", "not a pra workshop"),
        (b'{"id": "w"}', "bukan berkas lokakarya", "not a pra workshop"),
    ],
)
def test_broken_bytes_get_one_clear_sentence(data: bytes, words_id: str, words_en: str) -> None:
    error = _error(data, "rusak.json")
    assert error.message("id").startswith("rusak.json: ")
    assert words_id in error.message("id")
    assert words_en in error.message("en")


def test_latin1_reports_where_the_bad_byte_is() -> None:
    data = '{"schema_version": 1,\n "id": "w", "info": {"title": "Caf\u00e9"}}'.encode("latin-1")
    assert "baris 2, kolom 35" in _error(data).message("id")


def test_a_lone_surrogate_escape_is_cleaned_on_load_and_reported_by_check(
    tmp_path: Path,
) -> None:
    text = '{"schema_version": 1, "id": "w", "info": {"title": "Sedap\\ud800 Malam"}}'
    assert loads(text, "s.json").info.title == "Sedap Malam"
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    assert problems(path, "en") == [
        f'{path}: field "info.title": contains control characters (pra cleans them when the file is opened and saved)'
    ]


def test_integrity_message_names_the_group_and_the_step_number(
    palembang_doc: dict[str, Any], tmp_path: Path
) -> None:
    steps = _sedap_malam(palembang_doc)["steps"]
    steps[2]["depends_on"] = ["s-9"]
    path = write_json(tmp_path / "palembang.json", palembang_doc)
    with pytest.raises(WorkshopFileError) as caught:
        load(path)
    assert caught.value.message("id") == (
        f'{path}: kelompok "Kelompok Sedap Malam", langkah 3: '
        'bergantung pada langkah yang tidak ada ("s-9")'
    )
    assert caught.value.message("en").startswith(f'{path}: group "Kelompok Sedap Malam", step 3: ')


def test_check_reports_every_problem_once_with_its_place(
    palembang_doc: dict[str, Any], tmp_path: Path
) -> None:
    group = _sedap_malam(palembang_doc)
    group["steps"][0]["cost"] = -5
    group["steps"][1]["colour"] = "red"
    palembang_doc["participants"][0]["name"] = "Ani\x07 Wulandari"
    palembang_doc["info"]["date"] = "17-08-2003"
    path = write_json(tmp_path / "palembang.json", palembang_doc)
    before = path.read_bytes()
    lines = problems(path, "id")
    assert path.read_bytes() == before
    assert len(lines) == 4, lines
    assert not any("\x07" in line for line in lines)  # names are cleaned for printing
    assert (
        f'{path}: kelompok "Kelompok Sedap Malam", langkah 1, isian "cost": tidak boleh kurang dari 0'
        in lines
    )
    assert any('langkah 2, isian "colour": isian tidak dikenal' in line for line in lines)
    assert any(
        'peserta "Ani Wulandari", isian "name": berisi karakter kendali' in line for line in lines
    )
    assert any('isian "info.date": bukan tanggal yang sah' in line for line in lines)
    with pytest.raises(WorkshopFileError) as caught:  # loading cleans the name; three remain
        load(path)
    assert len(caught.value.problems) == 3
    assert "dan 2 masalah lain" in caught.value.message("id")
    assert "and 2 more problem(s)" in caught.value.message("en")


def test_integrity_findings_are_all_listed(palembang_doc: dict[str, Any], tmp_path: Path) -> None:
    palembang_doc["problems"][1]["id"] = palembang_doc["problems"][0]["id"]
    palembang_doc["voting"]["priority_id"] = "tidak-ada"
    path = write_json(tmp_path / "p.json", palembang_doc)
    lines = problems(path, "en")
    assert any("is used more than once" in line or "more than once" in line for line in lines), (
        lines
    )
    assert any('refers to a problem that does not exist ("tidak-ada")' in line for line in lines), (
        lines
    )


@pytest.mark.parametrize(
    ("make", "words_id", "words_en"),
    [
        (lambda p: p, "tidak ditemukan", "not found"),
        (lambda p: p.mkdir() or p, "folder", "folder"),
    ],
)
def test_missing_files_and_folders_are_sentences(
    tmp_path: Path, make: Any, words_id: str, words_en: str
) -> None:
    path = make(tmp_path / "w.json")
    with pytest.raises(WorkshopFileError) as caught:
        load(path)
    assert caught.value.message("id").startswith(f"{path}: ") and words_id in caught.value.message(
        "id"
    )
    assert words_en in caught.value.message("en")
    assert len(problems(path)) == 1


def test_an_unreadable_file_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.json"
    path.write_text("{}")

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert problems(path, "id") == [f"{path}: tidak ada izin untuk membuka berkas ini"]
    assert problems(path, "en") == [f"{path}: no permission to open this file"]


def test_a_newer_file_is_refused_with_a_message(
    palembang_doc: dict[str, Any], tmp_path: Path
) -> None:
    palembang_doc["schema_version"] = SCHEMA_VERSION + 1
    palembang_doc["future_field"] = {"x": 1}
    error = _error(json.dumps(palembang_doc), "baru.json")
    assert error.message("id").startswith("baru.json: dibuat oleh pra yang lebih baru")
    assert f"version {SCHEMA_VERSION + 1}" in error.message("en")
    assert len(error.problems) == 1


def test_integrity_places_name_the_reference_field(
    palembang_doc: dict[str, Any], tmp_path: Path
) -> None:
    other = palembang_doc["groups"][0]["member_ids"][0]
    palembang_doc["groups"][1]["chair_id"] = other
    palembang_doc["voting"]["priority_id"] = "zz"
    path = write_json(tmp_path / "p.json", palembang_doc)
    assert problems(path, "id") == [
        f'{path}: prioritas: merujuk ke masalah yang tidak ada ("zz")',
        f'{path}: kelompok "Kelompok Jaya Bersama", ketua: pengurus "{other}" bukan anggota kelompok',
    ]
    assert problems(path, "en")[1] == (
        f'{path}: group "Kelompok Jaya Bersama", chair: officer "{other}" is not a member of the group'
    )


@pytest.mark.parametrize("text", ['{"a": 1,\n}', '{"a": [1, 2, ]}'])
def test_a_trailing_comma_is_named_where_it_is(text: str) -> None:
    error = _error(text, "k.json")
    comma = text.rindex(",")
    line = text.count("\n", 0, comma) + 1
    column = comma - (text.rfind("\n", 0, comma) + 1) + 1
    assert error.message("id") == (
        f"k.json: baris {line}, kolom {column}: JSON tidak sah, ada koma berlebih sebelum penutup"
    )
    assert "a comma too many" in error.message("en")

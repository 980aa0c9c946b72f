"""A file holding a whole number over Python's 4,300-digit limit: a sentence and exit 1, never a traceback.

Every command that reads workshop files meets it the same way: the store's
sentence naming the file, the line and the column (Indonesian first, English
with ``--lang en``), and the other workshops of a folder are still listed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pra.resources import EXAMPLES, example_path
from tests.cli.conftest import Run

HUGE = (
    example_path("palembang")
    .read_bytes()
    .replace(b'"stimulus_per_member": 500000', b'"stimulus_per_member": ' + b"9" * 5000, 1)
)
WORDS = {
    "id": "angka terlalu panjang (5000 digit; paling banyak 4300 digit)",
    "en": "a number is too long (5000 digits; at most 4300)",
}


@pytest.fixture
def huge(tmp_path: Path) -> Path:
    assert b"9" * 5000 in HUGE
    path = tmp_path / "besar.json"
    path.write_bytes(HUGE)
    return path


def _place(path: Path) -> str:
    offset = HUGE.index(b"9" * 5000)
    line = HUGE.count(b"\n", 0, offset) + 1
    column = offset - HUGE.rfind(b"\n", 0, offset)
    return f"{path}: baris {line}, kolom {column}: "


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_says_the_file_line_and_column(pra: Run, huge: Path, lang: str) -> None:
    result = pra("--lang", lang, "check", huge)
    assert result.code == 1
    assert WORDS[lang] in result.out
    if lang == "id":
        assert result.out.startswith(_place(huge))
    assert "Traceback" not in result.out + result.err
    assert huge.read_bytes() == HUGE


@pytest.mark.parametrize(
    "argv",
    [
        ("stats", "{file}"),
        ("export", "{file}", "-o", "{out}"),
        ("open", "{file}", "--exit-when-ready"),
    ],
)
def test_other_commands_say_it_and_exit_1(
    pra: Run, huge: Path, tmp_path: Path, argv: tuple[str, ...]
) -> None:
    args = [a.format(file=huge, out=tmp_path / "keluar") for a in argv]
    result = pra(*args)
    assert result.code == 1, result.out + result.err
    assert WORDS["id"] in result.out + result.err
    assert str(huge) in result.out + result.err
    assert "Traceback" not in result.out + result.err
    assert huge.read_bytes() == HUGE
    english = pra("--lang", "en", *args)
    assert english.code == 1
    assert WORDS["en"] in english.out + english.err


def test_archive_skips_it_with_the_sentence(pra: Run, huge: Path, tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    shutil.copy(huge, folder / "besar.json")
    shutil.copy(example_path("palembang"), folder / "palembang.json")
    result = pra("archive", folder, "-o", tmp_path / "arsip")
    assert WORDS["id"] in result.out + result.err
    assert "Exceeds the limit" not in result.out + result.err
    assert "Traceback" not in result.out + result.err


def test_list_flags_it_and_still_lists_the_other_workshops(
    pra: Run, huge: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(huge, folder / "besar.json")
    for name in EXAMPLES:
        shutil.copy(example_path(name), folder / f"{name}.json")
    result = pra("--data-dir", folder, "list")
    assert result.code == 0, result.err
    assert f"{len(EXAMPLES) + 1} lokakarya" in result.lines[0]
    for name in EXAMPLES:
        assert any(line.endswith(f"{name}.json") for line in result.lines)
    assert result.lines[-1].startswith(_place(folder / "besar.json"))
    assert WORDS["id"] in result.lines[-1]
    assert "Traceback" not in result.err

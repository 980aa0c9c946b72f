"""``pra show FILE``: bad input is one sentence and exit 1, never a traceback; help in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra.i18n import t
from tests.cli.conftest import Run, pra_process


def test_a_missing_file_is_one_sentence_and_exit_1(pra: Run, tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.json"
    result = pra("show", missing)
    assert result.code == 1
    assert result.err.strip() == f"{missing}: berkas tidak ditemukan"
    assert result.out == ""


def test_a_broken_file_names_the_place_and_exits_1(pra: Run, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.json"
    broken.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    result = pra("--lang", "en", "show", broken)
    assert result.code == 1
    assert result.err.strip() == (
        f"{broken}: line 1, column 28: the file is cut short, the JSON ends before it is complete"
    )
    assert broken.read_text(encoding="utf-8") == '{"schema_version": 1, "id": '  # untouched


def test_a_folder_is_refused_in_a_real_process_without_a_traceback(tmp_path: Path) -> None:
    result = pra_process("show", tmp_path)
    assert result.code == 1
    assert result.err.strip() == f"{tmp_path}: ini folder, bukan berkas lokakarya"
    assert "Traceback" not in result.err


@pytest.mark.parametrize("lang", ["id", "en"])
def test_show_has_its_help_in_both_languages(pra: Run, lang: str) -> None:
    listing = pra("--lang", lang, "--help")
    assert t("show.help", lang=lang) in " ".join(listing.out.split())
    own = pra("--lang", lang, "show", "--help")
    assert own.code == 0
    flat = " ".join(own.out.split())
    assert " ".join(t("show.description", lang=lang).split()) in flat

"""``pra list --data-dir X`` where X is missing or a file: a sentence and exit 1, not "no workshops yet"."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra import store
from pra.i18n import t
from tests.cli.conftest import Run


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_folder_is_said_and_not_made(
    pra: Run, tmp_path: Path, where: str, lang: str
) -> None:
    missing = tmp_path / "tidak-ada"
    argv = ["--data-dir", missing, "list"] if where == "before" else ["list", "--data-dir", missing]
    result = pra("--lang", lang, *argv)
    assert result.code == 1
    assert result.out == ""
    assert result.err.strip() == t("list.folder.missing", lang=lang, folder=missing)
    assert not missing.exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_given_as_the_folder_is_said(pra: Run, tmp_path: Path, lang: str) -> None:
    berkas = tmp_path / "palembang.json"
    berkas.write_text("{}", encoding="utf-8")
    result = pra("--lang", lang, "list", "--data-dir", berkas)
    assert result.code == 1
    assert result.err.strip() == t("list.folder.not_folder", lang=lang, folder=berkas)
    assert "Belum ada" not in result.out + result.err
    assert berkas.read_text(encoding="utf-8") == "{}"


def test_the_default_data_folder_is_still_made_when_missing(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "baru" / "pra"
    monkeypatch.setenv(store.ENV_VAR, str(folder))
    result = pra("list")
    assert result.code == 0
    assert result.lines == [t("list.empty", lang="id", folder=folder)]
    assert folder.is_dir()

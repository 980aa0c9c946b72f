"""``pra new``, ``pra demo`` and bare ``pra`` say an unusable data folder as ``pra list`` does: exit 1, no traceback."""

from __future__ import annotations

import errno
import os
import types
from pathlib import Path
from typing import Any

import pytest

from pra import store
from pra.i18n import t
from pra.oserrors import os_reason
from tests.cli.conftest import Result, Run, pra_process

COMMANDS = [("new",), ("demo",), ()]


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _no_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the check let a command through, the test fails instead of starting the app."""

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise AssertionError("the app would have started")

    monkeypatch.setattr("pra.cli.tui.run", refuse)
    # bare ``pra`` opens the home screen only on a terminal
    monkeypatch.setattr(
        "pra.cli.default.sys", types.SimpleNamespace(stdin=_Terminal(), stdout=_Terminal())
    )


def _where_the_folder_should_be(tmp_path: Path, kind: str) -> Path:
    berkas = tmp_path / "berkas.txt"
    berkas.write_text("bukan folder", encoding="utf-8")
    return berkas if kind == "file" else berkas / "pra"


@pytest.mark.parametrize("command", COMMANDS, ids=["new", "demo", "bare"])
@pytest.mark.parametrize("kind", ["file", "under-a-file"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_where_the_folder_should_be_is_the_sentence_pra_list_gives(
    pra: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    kind: str,
    lang: str,
) -> None:
    folder = _where_the_folder_should_be(tmp_path, kind)
    monkeypatch.setenv(store.ENV_VAR, str(folder))
    listed = pra("--lang", lang, "list")
    assert listed.code == 1 and listed.err.startswith(
        t("list.unusable", lang=lang, folder=folder, reason="").rstrip()
    )
    result = pra("--lang", lang, *command)
    assert (result.code, result.out, result.err) == (1, "", listed.err)
    assert "Traceback" not in result.err


@pytest.mark.parametrize("command", COMMANDS, ids=["new", "demo", "bare"])
def test_a_read_only_folder_is_said_before_the_app_starts(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    real_open = os.open

    def read_only_disk(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_disk)
    result = pra("--data-dir", folder, *command)
    assert result.code == 1
    reason = os_reason(OSError(errno.EROFS, "Read-only file system"))
    assert result.err.strip() == t("list.unusable", lang="id", folder=folder, reason=reason)
    assert "Read-only file system" not in result.err
    assert list(folder.iterdir()) == []


def test_as_a_user_runs_it_pra_new_ends_in_a_sentence(tmp_path: Path) -> None:
    folder = _where_the_folder_should_be(tmp_path, "file")
    result: Result = pra_process("new", "--headless", **{store.ENV_VAR: str(folder)})
    assert result.code == 1
    assert result.err.strip() == t(
        "list.unusable",
        lang="id",
        folder=folder,
        reason=os_reason(OSError(errno.EEXIST, "File exists")),
    )

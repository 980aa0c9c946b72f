"""Operating-system errors in the user's language: the common errno values from the catalogue."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pra import i18n
from pra.errors import PraError
from pra.model import Workshop
from pra.oserrors import _KEYS, OsReason, os_reason, say
from pra.store import WorkshopFileError, load, save
from pra.store.reading import os_problem

COMMON = ["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOENT", "EISDIR", "ENAMETOOLONG"]


@pytest.mark.parametrize("name", [*COMMON, "EEXIST", "ENOTDIR", "EBUSY", "EIO", "EINVAL"])
def test_common_errors_are_said_in_both_languages_without_the_os_text(name: str) -> None:
    code = getattr(errno, name)
    error = OSError(code, os.strerror(code))
    ind, eng = say(error, "id"), say(error, "en")
    assert ind == i18n.t(f"oserror.{_KEYS[code]}", lang="id")
    assert eng == i18n.t(f"oserror.{_KEYS[code]}", lang="en")
    assert ind != eng
    assert os.strerror(code) not in ind


def test_a_rare_error_falls_back_to_the_os_text() -> None:
    error = OSError(errno.ENOLINK, "Link has been severed")
    assert say(error, "id") == say(error, "en") == "Link has been severed"
    assert say(OSError("plain words")) == "plain words"


def test_the_reason_is_said_in_the_language_the_message_is_rendered_in() -> None:
    reason = os_reason(PermissionError(errno.EPERM, "Operation not permitted"))
    error = PraError("store.write_failed", file="w.json", reason=reason)
    assert (
        error.message("id")
        == "w.json tidak bisa disimpan: tindakan ini tidak diizinkan oleh sistem"
    )
    assert error.message("en") == "w.json cannot be saved: the system does not permit this"
    assert "Operation not permitted" not in error.message("id")
    assert isinstance(reason, OsReason) and str(reason) == reason.text()


def test_a_read_error_is_said_in_the_file_problem_language(tmp_path: Path) -> None:
    problem = os_problem("w.json", OSError(errno.EIO, "Input/output error"))
    assert problem.text("id") == i18n.t(
        "store.in_file",
        lang="id",
        file="w.json",
        what=i18n.t("store.os_error", lang="id", reason=i18n.t("oserror.io", lang="id")),
    )
    assert "Input/output error" not in problem.text("id")
    assert "read/write error" in problem.text("en")


def test_a_failed_save_says_the_errno_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("pra.store.saving.write_atomic", refuse)
    with pytest.raises(PraError) as caught:
        save(Workshop(id="w"), path)
    assert caught.value.message("id") == (
        f"{path} tidak bisa disimpan: tempat penyimpanan ini hanya-baca"
        " (mis. flashdisk terkunci atau CD)"
    )
    assert "Read-only file system" not in caught.value.message("id")
    assert not path.exists()
    with pytest.raises(WorkshopFileError):
        load(path)


def test_export_and_list_say_os_errors_in_the_catalogue_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx import Document

    from pra.cli.listing import _summaries
    from pra.export.files import save_document

    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("tempfile.mkstemp", full)
    with pytest.raises(PraError) as caught:
        save_document(Document(), tmp_path / "rencana.docx")
    assert caught.value.message("id").endswith(i18n.t("oserror.disk_full", lang="id"))
    assert caught.value.message("en").endswith(i18n.t("oserror.disk_full", lang="en"))
    monkeypatch.undo()

    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("PRA_DATA_DIR", str(blocker / "data"))
    with pytest.raises(PraError) as listed:
        _summaries(None)
    assert listed.value.message("id") == i18n.t(
        "list.unusable",
        lang="id",
        folder=blocker / "data",
        reason=i18n.t("oserror.not_folder", lang="id"),
    )

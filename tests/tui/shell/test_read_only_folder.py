"""A workshop that cannot be saved where it is: said at open, and quitting asks where to save.

Tests run as root, for whom a read-only folder is writable; the folder is made
read-only by making every temporary file there fail with EROFS, as a read-only
disk does (``pra.store.atomic`` makes its temporary files with ``tempfile``).
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pra import i18n, store
from pra.model import PraStep
from pra.resources import example_path
from pra.store import atomic, folders
from pra.tui import files
from pra.tui.app import PraApp
from pra.tui.dialogs import PathDialog
from pra.tui.session import Session
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

CITY = "Kota Lubuklinggau"


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding ``lokakarya.json`` where nothing more can be written (EROFS)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    store.save(store.load(example_path("palembang")), folder / "lokakarya.json")

    def mkstemp(*args: Any, dir: Path | str | None = None, **kwargs: Any) -> tuple[int, str]:
        if dir is not None and Path(dir) == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return tempfile.mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(atomic, "tempfile", SimpleNamespace(mkstemp=mkstemp))
    folders.set_data_dir(tmp_path / "data")
    return folder


@pytest.fixture
def opened(read_only: Path) -> Iterator[Session]:
    session = files.open_session(read_only / "lokakarya.json")
    yield session
    session.release()


def _dialog(app: PraApp) -> PathDialog | None:
    return app.screen if isinstance(app.screen, PathDialog) else None


def test_a_writable_folder_has_no_save_problem(tmp_path: Path) -> None:
    assert store.save_problem(tmp_path / "lokakarya.json") is None
    assert list(tmp_path.iterdir()) == [], "the trial file is removed"


def test_a_read_only_folder_is_its_save_problem(read_only: Path) -> None:
    problem = store.save_problem(read_only / "lokakarya.json")
    assert problem is not None and problem.errno == errno.EROFS


class NoticesKept(PraApp):
    """The app, keeping every notice's text (a toast may be gone before a loaded machine paints)."""

    CSS_PATH = str(Path(sys.modules[PraApp.__module__].__file__ or "").with_name("pra.tcss"))
    notices: list[str]

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notices = [*getattr(self, "notices", []), message]
        super().notify(message, **kwargs)


@pytest.mark.parametrize(
    ("lang", "status", "notice"),
    [
        (
            "id",
            "TIDAK BISA DISIMPAN DI SINI — ^s: simpan di tempat lain",
            "Lokakarya ini TIDAK BISA disimpan di {folder}: tempat penyimpanan ini hanya-baca (mis. flashdisk terkunci atau CD). Perubahan tidak akan tersimpan di sana; tekan ^s untuk menyimpan di tempat lain.",
        ),
        (
            "en",
            "CANNOT BE SAVED HERE — ^s: save elsewhere",
            "This workshop can NOT be saved in {folder}: ",
        ),
    ],
)
async def test_it_is_said_at_open_on_the_status_line_and_in_a_notice(
    opened: Session,
    read_only: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    status: str,
    notice: str,
) -> None:
    i18n.set_language(lang)
    app = NoticesKept(opened, step=PraStep.PREPARATION)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: status in screen_text(app), what="the status line")
        said = notice.format(folder=read_only)
        assert [n for n in app.notices if n.startswith(said)] != [], app.notices


async def _edit_city(pilot: Any, app: PraApp, session: Session) -> None:
    # The field exists as soon as the step is mounted, but has its place on screen only
    # once laid out: a click before that (a loaded machine) lands on the title bar, and
    # the focus never comes. The step holds the focus only after its first refresh.
    await wait_for_step(pilot, PraStep.PREPARATION)
    assert await pilot.click("#f-city"), "the click landed on the city field"
    await wait_for_focus(pilot, lambda w: w is not None and w.id == "f-city", what="the city")
    await keys(pilot, "end", "ctrl+u", CITY, "enter")
    await wait_until(pilot, lambda: session.workshop.info.place.city == CITY, what="the edit")


async def test_quitting_with_unsaved_edits_asks_where_and_saves_them_there(
    opened: Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    i18n.set_language("id")
    app = PraApp(opened, step=PraStep.PREPARATION)
    target = tmp_path / "data" / "lokakarya.json"
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit_city(pilot, app, opened)
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: _dialog(app) is not None, what="the where-to-save dialog")
        assert app.is_running, "Ctrl+Q did not quit with the edits unsaved"
        field = await wait_for_focus(pilot, lambda w: w is not None and w.id == "path", what="path")
        assert getattr(field, "value", None) == str(target), "the data folder is suggested"
        await wait_until(pilot, lambda: "Simpan di mana?" in screen_text(app), what="the question")
        shown = screen_text(app)
        assert "Perubahan belum tersimpan di sini. Simpan di mana?" in shown
        assert "Enter = simpan & keluar · Esc = kembali · ^q = tanpa simpan" in shown
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: not app.is_running, what="quit once saved")
    assert store.load(target).info.place.city == CITY
    assert opened.path == target and not opened.dirty
    assert store.load(opened.path).info.place.city == CITY
    assert store.load(tmp_path / "usb" / "lokakarya.json").info.place.city != CITY


async def test_escape_goes_back_and_ctrl_q_twice_quits_without_saving(
    opened: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.set_language("id")
    app = PraApp(opened, step=PraStep.PREPARATION)
    async with app.run_test(size=(100, 30)) as pilot:
        await _edit_city(pilot, app, opened)
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: _dialog(app) is not None, what="the dialog")
        await keys(pilot, "escape")
        await wait_until(pilot, lambda: _dialog(app) is None, what="back to the workshop")
        assert app.is_running and opened.dirty
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: _dialog(app) is not None, what="the dialog again")
        await keys(pilot, "ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, what="quit without saving")
    assert opened.dirty, "nothing was saved"

"""The home screen and the commands that start the TUI, driven headless."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList

from pra import store
from pra.resources import example_path
from pra.tui.app import PraApp
from pra.tui.dialogs import ConfirmDialog
from pra.tui.home import HomeScreen
from pra.tui.screen import WorkshopScreen
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_until

SIZE = (120, 40)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path))
    store.set_data_dir(None)
    return tmp_path


async def test_home_opens_a_copy_of_an_example(data_dir: Path) -> None:
    app = PraApp()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, HomeScreen)
        listing = app.screen.query_one(OptionList)
        listing.highlighted = listing.get_option_index("example:palembang")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="the workshop")
        assert app.session is not None
        assert app.session.path is not None and app.session.path.parent == data_dir
        assert "13 Ilir" in app.session.workshop.info.title
        app.session.release()


async def test_home_new_workshop_is_saved_in_the_data_folder(data_dir: Path) -> None:
    app = PraApp()
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "n")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="the workshop")
        assert app.session is not None and app.session.path is not None
        assert store.load(app.session.path) == app.session.workshop
        app.session.release()


async def test_home_reports_a_missing_file_without_leaving(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = PraApp()
    said = record_notices(monkeypatch, app)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "o")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "path", what="the path")
        await keys(pilot, "/nowhere/x.json", "enter")
        await wait_until(pilot, lambda: said, what="the problem said")
        assert isinstance(app.screen, HomeScreen)
        # the problem is said, not swallowed
        assert said == [
            "/nowhere/x.json: berkas tidak ditemukan. Tidak ada cadangan yang bisa dibuka."
        ]


def _pra(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, store.ENV_VAR: str(env_dir), "PRA_LANG": "id"}
    return subprocess.run(
        [sys.executable, "-m", "pra", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_headless_starts_renders_and_exits(tmp_path: Path) -> None:
    original = example_path("yogyakarta")
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    done = _pra("demo", "yogyakarta", "--headless", "--exit-when-ready", env_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    copies = list(tmp_path.glob("*.json"))
    assert len(copies) == 1
    assert store.load(copies[0]) == store.load(original)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before


def test_open_a_broken_file_says_how_to_restore(tmp_path: Path) -> None:
    path = tmp_path / "rusak.json"
    ws = store.load(example_path("surabaya"))
    store.save(ws, path)
    store.save(ws.model_copy(update={"id": "ws-later"}), path)
    path.write_text("{ rusak", encoding="utf-8")
    done = _pra("open", str(path), "--headless", "--exit-when-ready", env_dir=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "--restore-backup" in done.stderr
    assert path.read_text(encoding="utf-8") == "{ rusak"
    restored = _pra(
        "open", str(path), "--restore-backup", "--headless", "--exit-when-ready", env_dir=tmp_path
    )
    assert restored.returncode == 0, restored.stderr
    assert store.load(path).id in {"ws-surabaya", "ws-later"}


def test_bare_pra_without_a_terminal_prints_help(tmp_path: Path) -> None:
    done = _pra(env_dir=tmp_path)
    assert done.returncode == 0
    assert "demo" in done.stdout and "export" in done.stdout


def test_unknown_theme_is_a_sentence(tmp_path: Path) -> None:
    done = _pra("demo", "--theme", "pelangi", "--headless", "--exit-when-ready", env_dir=tmp_path)
    assert done.returncode == 1
    assert "pelangi" in done.stderr and "Traceback" not in done.stderr


async def test_home_offers_the_backup_of_a_broken_file(data_dir: Path) -> None:
    path = data_dir / "rusak.json"
    ws = store.load(example_path("palembang"))
    store.save(ws, path)
    store.save(ws.model_copy(update={"id": "ws-later"}), path)
    path.write_text("{ rusak", encoding="utf-8")
    app = PraApp()
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "o")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "path", what="the path")
        await keys(pilot, str(path), "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), what="the question")
        assert path.read_text(encoding="utf-8") == "{ rusak", "nothing changes before yes"
        await keys(pilot, "y")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="the workshop")
        assert app.session is not None
        assert store.load(path) == app.session.workshop
        app.session.release()
    kept = [p for p in data_dir.rglob("*") if p.is_file() and p.read_bytes() == b"{ rusak"]
    assert kept, "the broken file is kept aside"


async def test_home_tells_copies_of_an_example_apart_and_reopens_the_copy(data_dir: Path) -> None:
    from pra.tui import files
    from tests.tui.pilot import screen_text, wait_until

    files.demo_session("palembang", folder=data_dir).release()
    files.demo_session("palembang", folder=data_dir, fresh=True).release()
    app = PraApp()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen), what="home")
        text = screen_text(app)
        title = store.load(example_path("palembang")).info.title
        shown = [line.strip() for line in text.splitlines() if title in line]
        assert len(shown) == 2
        assert any("contoh-palembang.json — disimpan " in line for line in shown), shown
        assert any("contoh-palembang-2.json — disimpan " in line for line in shown), shown
        # the example's entry opens the copy there is (the newest), it makes no third one
        listing = app.screen.query_one(OptionList)
        listing.highlighted = listing.get_option_index("example:palembang")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="workshop")
        assert app.session is not None
        assert app.session.path == data_dir / "contoh-palembang-2.json"
        assert sorted(p.name for p in data_dir.glob("*.json")) == [
            "contoh-palembang-2.json",
            "contoh-palembang.json",
        ]
        app.session.release()

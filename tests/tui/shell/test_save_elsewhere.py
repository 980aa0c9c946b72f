"""Ctrl+S saves the workshop somewhere else, and the lock moves with it to the new file."""

from __future__ import annotations

from pathlib import Path

from pra import store
from pra.resources import example_path
from pra.tui import files
from pra.tui.app import PraApp
from pra.tui.dialogs import PathDialog
from tests.tui.pilot import keys, wait_until


async def test_ctrl_s_moves_the_lock_to_the_new_file(tmp_path: Path) -> None:
    old = tmp_path / "lokakarya.json"
    store.save(store.load(example_path("surabaya")), old)
    new = tmp_path / "salinan.json"
    session = files.open_session(old)
    app = PraApp(session)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await keys(pilot, "ctrl+s")
            await wait_until(pilot, lambda: isinstance(app.screen, PathDialog), what="path dialog")
            await keys(pilot, str(new), "enter")
            await wait_until(pilot, lambda: session.path == new, what="saved to the new file")
            with store.open_workshop(new) as second:
                assert second.read_only, "the window that saved there holds the new file"
            with store.open_workshop(old) as behind:
                assert not behind.read_only, "the old file's lock was given back"
    finally:
        session.release()
    with store.open_workshop(new) as after:
        assert not after.read_only

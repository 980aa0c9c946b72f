"""Autosave in worker threads: a slow save never lets an older value land after a newer one."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pra.model import Workshop
from pra.resources import example_path
from pra.tui.app import PraApp
from pra.tui.session import Session


class SlowFirstSaver:
    """The first save stalls (a slow USB stick); later saves are quick."""

    def __init__(self) -> None:
        self.saved: list[Workshop] = []
        self.calls = 0
        self.guard = threading.Lock()

    def __call__(self, ws: Workshop, path: Path) -> None:
        with self.guard:
            self.calls += 1
            first = self.calls == 1
        if first:
            time.sleep(0.3)
        self.saved.append(ws)


async def test_an_older_save_never_lands_after_a_newer_one(tmp_path: Path) -> None:
    ws = Workshop.model_validate_json(example_path("surabaya").read_bytes())
    saver = SlowFirstSaver()
    session = Session(ws, tmp_path / "w.json", saver=saver, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=(120, 40)) as pilot:
        first = ws.model_copy(update={"id": "ws-first"})
        second = ws.model_copy(update={"id": "ws-second"})
        session.apply(lambda _: first, label="1")
        session.apply(lambda _: second, label="2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert saver.saved, "something was saved"
        assert saver.saved[-1].id == "ws-second"
        assert session.last_saved is not None
        assert not session.dirty


def test_a_failed_final_save_says_why_in_the_facilitators_language(tmp_path: Path) -> None:
    """The save when the app closes: its failure is a sentence, the reason in Indonesian."""
    import errno

    import pytest

    from pra.errors import PraError

    def refuse(ws: Workshop, path: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    ws = Workshop.model_validate_json(example_path("surabaya").read_bytes())
    session = Session(ws, tmp_path / "w.json", saver=refuse, debounce=0)
    session.apply(lambda w: w.model_copy(update={"id": "ws-changed"}), label="edit")
    with pytest.raises(PraError) as caught:
        session.flush()
    message = caught.value.message()
    assert str(tmp_path / "w.json") in message
    assert message.endswith("tempat penyimpanan ini hanya-baca (mis. flashdisk terkunci atau CD)")
    assert session.dirty

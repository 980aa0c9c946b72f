"""Autosave in worker threads: a slow save never lets an older value land after a newer one."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pra.model import Workshop
from pra.resources import example_path
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.pilot import TIMEOUT, wait_until


class RecordingSaver:
    """Records the id of every workshop value written, in the order written."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def __call__(self, ws: Workshop, path: Path) -> None:
        self.written.append(ws.id)


def hold_the_first_save(monkeypatch: pytest.MonkeyPatch, app: PraApp) -> threading.Event:
    """The first autosave's thread waits, before it saves, until the returned event is set.

    As when the operating system runs the thread of an earlier save late: a
    later save can then start and finish first. Wraps the app's own public
    ``run_worker`` on this instance.
    """
    release = threading.Event()
    start = app.run_worker
    held: list[bool] = []

    def run_worker(work: Callable[[], None], *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("group") == "autosave" and not held:
            held.append(True)

            def late() -> None:
                assert release.wait(TIMEOUT), "the held save was never released"
                work()

            return start(late, *args, **kwargs)
        return start(work, *args, **kwargs)

    monkeypatch.setattr(app, "run_worker", run_worker)
    return release


async def test_an_older_save_never_lands_after_a_newer_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails without the generation guard in ``Session.save_now``: ``ws-first`` lands last."""
    ws = Workshop.model_validate_json(example_path("surabaya").read_bytes())
    saver = RecordingSaver()
    session = Session(ws, tmp_path / "w.json", saver=saver, debounce=0)
    app = PraApp(session)
    release = hold_the_first_save(monkeypatch, app)
    async with app.run_test(size=(120, 40)) as pilot:
        first = ws.model_copy(update={"id": "ws-first"})
        second = ws.model_copy(update={"id": "ws-second"})
        session.apply(lambda _: first, label="1")  # its save is held before it starts
        session.apply(lambda _: second, label="2")  # this one saves at once
        await wait_until(pilot, lambda: saver.written == ["ws-second"], what="the newer save")
        release.set()  # now the older save runs: it must not write its older value
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: session.last_saved is not None, what="the saved time")
        assert saver.written == ["ws-second"]
        assert not session.dirty


def test_a_failed_final_save_says_why_in_the_facilitators_language(tmp_path: Path) -> None:
    """The save when the app closes: its failure is a sentence, the reason in Indonesian."""
    import errno

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

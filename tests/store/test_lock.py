"""The workshop lock: a second opener gets read-only and learns who holds it; stale locks are taken over."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pra.model import Workshop
from pra.store import open_workshop, save
from pra.store.lock import FOREIGN_STALE_AFTER, holder_path, read_holder


@pytest.fixture
def saved(examples: dict[str, Workshop], tmp_path: Path) -> Path:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    return path


def test_a_second_opener_in_the_same_process_is_read_only(saved: Path) -> None:
    first = open_workshop(saved)
    assert not first.read_only and first.held_by is None
    second = open_workshop(saved)
    assert second.read_only
    assert second.held_by is not None and f"{os.getpid()}" in second.held_by
    assert socket.gethostname() in second.held_by
    second.close()  # a read-only opener's close does not release the holder's lock
    assert open_workshop(saved).read_only
    first.close()
    first.close()
    with open_workshop(saved) as third:
        assert not third.read_only


def test_a_second_process_is_read_only_and_named(saved: Path) -> None:
    code = (
        "import sys; from pra.store import open_workshop;"
        f"o = open_workshop({str(saved)!r}); print('held' if not o.read_only else 'ro', flush=True);"
        "sys.stdin.readline(); o.close()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        opened = open_workshop(saved)
        assert opened.read_only
        assert opened.held_by is not None and f"{child.pid}" in opened.held_by
        holder = read_holder(saved)
        assert holder is not None and holder.pid == child.pid
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=20)
    with open_workshop(saved) as after:
        assert not after.read_only


def test_the_holder_note_says_who_in_both_languages(saved: Path) -> None:
    with open_workshop(saved):
        holder = read_holder(saved)
        assert holder is not None
        assert f"(proses {os.getpid()}, sejak " in holder.describe_in("id")
        assert f"(process {os.getpid()}, since " in holder.describe_in("en")
    assert read_holder(saved) is None  # the note goes with the lock


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_stale_lock_from_a_dead_process_on_this_host_is_taken_over(saved: Path) -> None:
    pid = _dead_pid()
    note = {
        "user": "budi",
        "host": socket.gethostname(),
        "pid": pid,
        "since": "2026-01-01T08:00:00+00:00",
    }
    holder_path(saved).write_text(json.dumps(note))
    with open_workshop(saved) as opened:
        assert not opened.read_only
        holder = read_holder(saved)
        assert holder is not None and holder.pid == os.getpid()


def test_a_recent_note_from_another_computer_is_honoured_an_old_one_is_not(saved: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    note = {"user": "sari", "host": "laptop-lain", "pid": 77, "since": now.isoformat()}
    holder_path(saved).write_text(json.dumps(note))
    opened = open_workshop(saved)
    assert opened.read_only and opened.held_by is not None
    assert opened.held_by.startswith("sari@laptop-lain")
    old = now - FOREIGN_STALE_AFTER - dt.timedelta(minutes=1)
    holder_path(saved).write_text(json.dumps({**note, "since": old.isoformat()}))
    with open_workshop(saved) as again:
        assert not again.read_only

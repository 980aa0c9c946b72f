"""Who is editing a workshop: an OS file lock plus a small note naming the holder.

For ``lokakarya.json`` the lock is ``.lokakarya.json.lock`` (held with
:mod:`filelock`: ``flock`` on Linux and macOS, ``msvcrt`` on Windows, so the OS
releases it when the holding process dies) and the note is
``.lokakarya.json.holder``, JSON with ``user``, ``host``, ``pid`` and ``since``.

Taking the lock fails while another process *or another opener in this
process* holds it; the note then says who (``held_by``). A note left by a dead
process on this host is simply replaced: the OS lock is what counts there.
A note from another host (a folder shared over the network, where OS locks
may not reach) is honoured for :data:`FOREIGN_STALE_AFTER`, then taken over.

The lock belongs to the *real* file: the path is resolved first (symlinks,
``..``), so two names of one file share one lock and one writer. A lock path
that is not a regular file (a folder, a link, a pipe someone put there) could
never be held, which would let every window write: it is refused with a
sentence (:class:`LockUnusable`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pra.errors import PraError
from pra.i18n import Language, t
from pra.store.atomic import write_atomic

FOREIGN_STALE_AFTER: Final = dt.timedelta(hours=12)
"""A note from another computer older than this (a whole workshop day) is stale."""


@dataclass(frozen=True, slots=True)
class Holder:
    user: str
    host: str
    pid: int
    since: dt.datetime

    def describe(self) -> str:
        """``budi@laptop (proses 4242, sejak 23-11-2026 10:51)`` in the current language."""
        return self.describe_in(None)

    def describe_in(self, lang: Language | None) -> str:
        since = self.since.astimezone().strftime("%d-%m-%Y %H:%M")
        return t(
            "store.holder", lang=lang, user=self.user, host=self.host, pid=self.pid, since=since
        )

    def to_json(self) -> bytes:
        return json.dumps(
            {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since.isoformat()}
        ).encode("utf-8")


def me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return Holder(user, socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC))


class LockUnusable(PraError):
    """The lock path of a workshop is not a regular file, so nobody could hold the lock."""

    def __init__(self, file: Path, lock: Path) -> None:
        super().__init__("store.lock_not_file", file=str(file), lock=str(lock))


def real_path(path: Path) -> Path:
    """The file ``path`` names, with symlinks and ``..`` resolved (what the lock belongs to)."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    return path.parent / f".{path.name}.lock"


def holder_path(path: Path) -> Path:
    return path.parent / f".{path.name}.holder"


def read_holder(path: Path) -> Holder | None:
    """The note naming who holds ``path``'s lock, if there is a readable one."""
    try:
        raw: Any = json.loads(holder_path(path).read_bytes())
        since = dt.datetime.fromisoformat(raw["since"])
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return Holder(str(raw["user"]), str(raw["host"]), int(raw["pid"]), since)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def foreign_and_fresh(holder: Holder | None, now: dt.datetime | None = None) -> bool:
    """Whether ``holder`` is another computer's recent note (which the OS lock cannot see)."""
    if holder is None or holder.host == socket.gethostname():
        return False
    now = now or dt.datetime.now(dt.UTC)
    return now - holder.since < FOREIGN_STALE_AFTER


def current_writer(path: Path) -> Holder | None:
    """Who holds ``path``'s lock now, from the holder note alone; ``None`` when nobody does.

    Never touches the lock itself, so a window that only watches (a read-only
    follower, ``pra show``) can ask every half second without ever being, even
    for a moment, the holder a facilitator opening the file would run into.
    The note goes when its holder releases the lock; a note left by a dead
    process on this computer, or by another computer long ago, counts as gone.
    """
    holder = read_holder(path)
    if holder is None:
        return None
    if holder.host != socket.gethostname():
        return holder if foreign_and_fresh(holder) else None
    return holder if pid_alive(holder.pid) else None


class WorkshopLock:
    """The lock of one workshop file; :meth:`acquire` never waits."""

    def __init__(self, path: Path) -> None:
        from filelock import FileLock  # only when a workshop is opened: pra check never locks

        self.path = real_path(path)
        self._lock = FileLock(lock_path(self.path), thread_local=False)
        self.held = False

    def _check_lock_path(self) -> None:
        where = lock_path(self.path)
        try:
            mode = where.lstat().st_mode
        except OSError:
            return  # not there yet (or the folder cannot be read: acquire says so)
        if not stat.S_ISREG(mode):
            raise LockUnusable(self.path, where)

    def acquire(self) -> Holder | None:
        """Take the lock: ``None`` on success, else who holds it (a placeholder if unknown).

        Raises :class:`LockUnusable` when the lock path is not a regular file.
        """
        from filelock import Timeout

        self._check_lock_path()
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return read_holder(self.path) or Holder(
                t("store.someone"), "?", 0, dt.datetime.now(dt.UTC)
            )
        except OSError:
            # A read-only folder or stick: no lock can be taken; nobody else can write either.
            return None
        previous = read_holder(self.path)
        if foreign_and_fresh(previous):
            self._lock.release()
            return previous
        self.held = True
        with contextlib.suppress(OSError):
            write_atomic(holder_path(self.path), me().to_json(), durable=False)
        return None

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with contextlib.suppress(OSError):
            holder_path(self.path).unlink()
        self._lock.release()

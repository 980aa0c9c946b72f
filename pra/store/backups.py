"""Backups, and files kept aside, in a ``.pra-backups/`` folder beside the workshop.

Layout, for ``lokakarya.json``::

    .pra-backups/lokakarya.json.1      the version before the last save (newest)
    .pra-backups/lokakarya.json.2      ... up to .5 (oldest); older ones are dropped
    .pra-backups/lokakarya.json.2026-11-23T101500Z
                                       a snapshot: the version that was current at
                                       that moment (UTC), kept by the time policy below
    .pra-backups/lokakarya.broken.json a file that did not load, kept aside intact
    .pra-backups/lokakarya.v0.json     an older-format original, kept before migrating

**Rotating backups.** Every save, once the new content is completely written
beside the file (so a save that fails rotates nothing), turns the current file
into backup ``.1``, shifting the others up; ``.5`` falls off. When ``.1``
already holds the current file (a save that failed after rotating), nothing
shifts, so repeated failures never push the older versions out. With autosave
every ~1 s these reach only a few seconds back.

**Snapshots** reach further. When a save replaces the current file and no
snapshot of the last :data:`SNAPSHOT_EVERY` (10 minutes) exists, the current
file is also kept as a snapshot named by the time. After a new snapshot the
old ones are thinned (:func:`snapshots_to_keep`):

* younger than :data:`RECENT` (2 hours): all kept (they are at least 10
  minutes apart: at most 12, more only after the clock was set back);
* from 2 hours to :data:`DAILY_FOR` (7 days) old: the newest of each UTC
  calendar day (the state at the end of that day; at most 8 days touched);
* older than 7 days: removed.

So besides the last five saves there are about 12 states from the last two
hours and one per day for a week: at most 5 + 12 + 8 = 25 copies of the file
(each a whole copy: a rotating backup is the replaced file itself, a snapshot
a copy so that an in-place edit of the workshop cannot reach it). A workshop
file is typically 40–140 KB, so that is about 1–3.5 MB per workshop at worst
(measured: 3.2 MB for the synthetic maximal workshop after a week of saves).
Files kept aside (broken, older-format, replaced by a restore) come on top;
they appear only on those rare events and are never removed automatically.

The time of a snapshot comes from the ``now`` argument (tests pass a fixed
one) or :func:`clock`, never from the files' modification times.

Every name is created atomically (a hard link, or a copy to a temporary name
then linked or renamed into place), so a crash leaves either no backup or a
whole one; nothing is written over an existing snapshot or a file kept aside.
A temporary copy is named after its workshop (``.pra-backup-lokakarya.json.<random>.tmp``):
the copies a killed run left behind are removed when the workshop is next opened
for editing (:func:`remove_own_temps`, whatever their age: holding the lock
means no other process is saving it); unnamed ones from older versions an hour
later, when the next snapshot is taken.

:func:`restore_points` lists all of them newest first (rotating, then
snapshots), which is the order :func:`newest_good_backup` tries them in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

BACKUP_FOLDER: Final = ".pra-backups"
KEEP: Final = 5
"""How many rotating backups are kept per workshop file."""
SNAPSHOT_EVERY: Final = dt.timedelta(minutes=10)
"""A new snapshot is taken when the newest one is older than this."""
RECENT: Final = dt.timedelta(hours=2)
"""Snapshots younger than this are all kept (so about one per 10 minutes)."""
DAILY_FOR: Final = dt.timedelta(days=7)
"""Snapshots older than :data:`RECENT` are thinned to one per UTC day, and removed after this."""

_STAMP: Final = "%Y-%m-%dT%H%M%SZ"
_STAMP_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{6}Z")
_TEMP_PREFIX: Final = ".pra-backup-"


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


clock: Callable[[], dt.datetime] = _utc_now
"""Where the time of a snapshot comes from when no ``now`` is given (replaceable in tests)."""


@dataclass(frozen=True, slots=True)
class RestorePoint:
    """One backup of a workshop file: a rotating one (``number`` 1–5) or a snapshot (``taken``)."""

    path: Path
    number: int | None = None
    taken: dt.datetime | None = None

    @property
    def is_snapshot(self) -> bool:
        return self.taken is not None


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backup_path(path: Path, n: int) -> Path:
    return backup_folder(path) / f"{path.name}.{n}"


def snapshot_path(path: Path, taken: dt.datetime) -> Path:
    """Where the snapshot of ``path`` taken at ``taken`` lives (the name holds the UTC time)."""
    return backup_folder(path) / f"{path.name}.{taken.astimezone(dt.UTC).strftime(_STAMP)}"


def backups(path: Path) -> list[Path]:
    """The rotating backups of ``path`` that exist, newest first."""
    return [b for n in range(1, KEEP + 1) if (b := backup_path(path, n)).is_file()]


def snapshots(path: Path) -> list[tuple[dt.datetime, Path]]:
    """The snapshots of ``path`` that exist, newest first, with the (UTC) time each was taken."""
    prefix = f"{path.name}."
    found: list[tuple[dt.datetime, Path]] = []
    try:
        entries = list(os.scandir(backup_folder(path)))
    except OSError:
        return []
    for entry in entries:
        stamp = entry.name[len(prefix) :] if entry.name.startswith(prefix) else ""
        if not _STAMP_RE.fullmatch(stamp):
            continue
        taken = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC)
        found.append((taken, Path(entry.path)))
    found.sort(reverse=True)
    return found


def restore_points(path: Path) -> list[RestorePoint]:
    """Every backup of ``path``, newest first: the rotating ones, then the snapshots."""
    points = [RestorePoint(b, number=int(b.name.rsplit(".", 1)[1])) for b in backups(path)]
    points.extend(RestorePoint(p, taken=taken) for taken, p in snapshots(path))
    return points


def _link_or_copy(source: Path, target: Path) -> None:
    """Give the (free) name ``target`` the content of ``source``: a hard link, else a copy.

    The rotating backup ``.1`` is made this way on every save, so it must be
    cheap; the copy (no hard links on FAT32 sticks, some network shares) goes
    through a temporary name, so ``target`` is never half written.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if not _copy_to_new(source, target):
            raise FileExistsError(target) from None


def _own_temp_prefix(path: Path) -> str:
    """Temporary copies of workshop ``path``: ``.pra-backup-NAME.<random>.tmp``."""
    return f"{_TEMP_PREFIX}{path.name}."


def _copy_to_new(source: Path, target: Path) -> bool:
    """Copy ``source`` to ``target`` atomically, only if no file has that name; whether it did.

    The copy is written under a temporary name (named after ``source``, the
    workshop), then linked (or, where there are no hard links, renamed) into
    place, so nothing is ever replaced.
    """
    fd, temp = tempfile.mkstemp(prefix=_own_temp_prefix(source), suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(source, temp)
        try:
            os.link(temp, target)
        except FileExistsError:
            return False
        except OSError:
            if target.exists():
                return False
            Path(temp).replace(target)
        return True
    finally:
        with contextlib.suppress(OSError):
            Path(temp).unlink()


def rotate(path: Path, keep: int = KEEP, *, now: dt.datetime | None = None) -> None:
    """Before ``path`` is replaced: make it the newest backup, and a snapshot when one is due.

    No-op if ``path`` does not exist. ``now`` (aware) is the time of a
    snapshot; default :func:`clock`.
    """
    if not path.is_file():
        return
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    take_snapshot(path, (now if now is not None else clock()).astimezone(dt.UTC))
    newest = backup_path(path, 1)
    if _same_content(path, newest):
        return  # a save that failed after rotating already made it .1: shifting again loses .5
    for n in range(keep - 1, 0, -1):
        older = backup_path(path, n)
        if older.exists():
            older.replace(backup_path(path, n + 1))
    with contextlib.suppress(FileNotFoundError):
        newest.unlink()  # only there if the shift above was cut short; its state is at .2
    _link_or_copy(path, newest)


def _same_content(one: Path, other: Path) -> bool:
    """Whether the two files hold the same bytes (``False`` when either cannot be read)."""
    try:
        if one.samefile(other):
            return True
        if one.stat().st_size != other.stat().st_size:
            return False
        return one.read_bytes() == other.read_bytes()
    except OSError:
        return False


def take_snapshot(path: Path, now: dt.datetime) -> Path | None:
    """Keep ``path`` as a snapshot unless one was taken in the last 10 minutes; then thin them.

    Returns the new snapshot, or ``None`` when none was due. A snapshot dated
    in the future (the clock was set back) does not count as recent.
    """
    existing = snapshots(path)
    if any(dt.timedelta(0) <= now - taken < SNAPSHOT_EVERY for taken, _ in existing):
        return None
    target = snapshot_path(path, now)
    if not _copy_to_new(path, target):  # a copy, not a link: a later in-place edit cannot reach it
        return None
    taken = dt.datetime.strptime(target.name.rsplit(".", 1)[1], _STAMP).replace(tzinfo=dt.UTC)
    kept = snapshots_to_keep([taken, *(t for t, _ in existing)], now)
    for when, old in existing:
        if when not in kept:
            with contextlib.suppress(OSError):
                old.unlink()
    remove_stale_temps(target.parent)
    return target


def remove_stale_temps(folder: Path, older_than: dt.timedelta = dt.timedelta(hours=1)) -> None:
    """Remove temporary copies a crash left in the backup folder (old enough not to be in use)."""
    limit = time.time() - older_than.total_seconds()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(_TEMP_PREFIX) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < limit:
                        Path(entry.path).unlink()


def remove_own_temps(path: Path) -> None:
    """Remove every temporary copy of workshop ``path`` in its backup folder, whatever its age.

    Call only while holding ``path``'s lock: then no other process is saving it.
    Copies of other workshops in the same folder are left alone.
    """
    from pra.store.atomic import is_temp_of

    with contextlib.suppress(OSError):
        for entry in os.scandir(backup_folder(path)):
            if is_temp_of(entry.name, _own_temp_prefix(path)):
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()


def snapshots_to_keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which snapshot times the policy keeps at ``now`` (see the module docstring)."""
    kept: set[dt.datetime] = set()
    days: set[dt.date] = set()
    for taken in sorted(set(times), reverse=True):
        age = now - taken
        if age < RECENT:
            kept.add(taken)
        elif age <= DAILY_FOR:
            day = taken.astimezone(dt.UTC).date()
            if day not in days:
                days.add(day)
                kept.add(taken)
    return kept


def keep_aside(path: Path, label: str) -> Path:
    """Copy ``path`` intact to ``.pra-backups/STEM.LABEL.json`` (never rotated); the copy's path.

    The copy is written under a temporary name and then given a name no other
    file has, so an earlier file kept aside is never replaced.
    """
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    n = 1
    while True:
        number = "" if n == 1 else f"-{n}"
        target = folder / f"{path.stem}.{label}{number}{path.suffix}"
        if _copy_to_new(path, target):
            return target
        n += 1


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` that loads (rotating ones first, then snapshots), or ``None``."""
    from pra.store.file_errors import WorkshopFileError
    from pra.store.loading import loads
    from pra.store.reading import read_file

    for point in restore_points(path):
        try:
            loads(read_file(point.path), str(point.path))
        except WorkshopFileError:
            continue
        return point.path
    return None

"""Time-spaced snapshots: besides the last five saves, states from minutes, hours and days ago.

The clock is always passed in (``save(..., now=...)``), so nothing here waits
or depends on the real time.
"""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
import sys
from pathlib import Path

import pytest

from pra.errors import PraError
from pra.model import Workshop
from pra.store import (
    BACKUP_FOLDER,
    BrokenWorkshop,
    backups,
    load,
    newest_good_backup,
    open_workshop,
    restore_backup,
    restore_points,
    save,
    snapshots,
)
from pra.store.backups import DAILY_FOR, KEEP, RECENT, SNAPSHOT_EVERY, snapshots_to_keep

START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
MAX_SNAPSHOTS = 12 + 8  # 2 hours at 10 minutes, plus one per UTC day touched in 2 h .. 7 days


def _titled(ws: Workshop, title: str) -> Workshop:
    return ws.model_copy(update={"info": ws.info.model_copy(update={"title": title})})


def _autosave(ws: Workshop, path: Path, moments: list[dt.datetime]) -> None:
    """Save once per moment, the title saying when (``T+<minutes>``)."""
    for moment in moments:
        minutes = int((moment - START).total_seconds() // 60)
        save(_titled(ws, f"T+{minutes}"), path, now=moment)


def _title_at(path: Path) -> str:
    return load(path).info.title


def test_a_morning_of_autosave_keeps_states_from_10_minutes_and_an_hour_ago(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    moments = [START + dt.timedelta(seconds=30 * n) for n in range(6 * 60 + 1)]  # 3 hours
    _autosave(examples["yogyakarta"], path, moments)
    now = moments[-1]
    assert _title_at(path) == "T+180"
    # two saves a minute hold the same state; it is kept once, so five distinct minutes are in reach
    assert [_title_at(b) for b in backups(path)] == [f"T+{m}" for m in (179, 178, 177, 176, 175)]
    found = snapshots(path)
    recent = [(t, p) for t, p in found if now - t < RECENT]
    assert len(recent) == 12
    assert len(found) - len(recent) <= 1  # the newest older than 2 hours stands for its day
    # consecutive snapshots are at least 10 minutes apart and never more than 11
    gaps = [newer - older for (newer, _), (older, _) in itertools.pairwise(recent)]
    assert all(SNAPSHOT_EVERY <= gap <= SNAPSHOT_EVERY + dt.timedelta(minutes=1) for gap in gaps)
    # "10 minutes ago" and "an hour ago" are both within reach (to the 10 minutes)
    titles = {int(_title_at(p).removeprefix("T+")) for _, p in found}
    assert any(160 <= t <= 170 for t in titles)
    assert any(110 <= t <= 120 for t in titles)
    # the snapshot named by a time holds the state current at that time
    for taken, snap in found:
        assert _title_at(snap) == f"T+{int((taken - START).total_seconds() // 60) - 1}" or (
            _title_at(snap) == f"T+{int((taken - START).total_seconds() // 60)}"
        )


def test_a_week_and_more_of_work_keeps_one_state_per_day_and_stays_bounded(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    moments = [START + dt.timedelta(minutes=20 * n) for n in range(3 * 24 * 10)]  # 10 days
    _autosave(examples["yogyakarta"], path, moments)
    now = moments[-1]
    found = snapshots(path)
    assert len(found) <= MAX_SNAPSHOTS
    recent = [t for t, _ in found if now - t < RECENT]
    daily = [t for t, _ in found if now - t >= RECENT]
    assert 5 <= len(recent) <= 7  # every 20 minutes for 2 hours
    assert all(now - t <= DAILY_FOR for t in daily)
    days = [t.date() for t in daily]
    assert len(days) == len(set(days)) == 8  # the 7 days back and today's earlier hours
    # yesterday's last state is there
    yesterday = (now - dt.timedelta(days=1)).date()
    [(taken, snap)] = [(t, p) for t, p in found if t.date() == yesterday]
    assert taken.hour == 23
    assert _title_at(snap).startswith("T+")
    # the whole backup folder stays small: rotating + snapshots, nothing else
    files = sorted((tmp_path / BACKUP_FOLDER).iterdir())
    assert len(files) == KEEP + len(found) <= KEEP + MAX_SNAPSHOTS


def test_thinning_rules_on_their_own() -> None:
    now = START + dt.timedelta(days=10)
    times = [
        now - dt.timedelta(minutes=10 * n) for n in range(24 * 6 * 12)
    ]  # every 10 min, 12 days
    kept = sorted(snapshots_to_keep(times, now), reverse=True)
    recent = [t for t in kept if now - t < RECENT]
    daily = [t for t in kept if now - t >= RECENT]
    assert len(recent) == 12
    assert [t.date() for t in daily] == sorted({t.date() for t in daily}, reverse=True)
    assert all(now - t <= DAILY_FOR for t in daily)
    # each kept daily one is the newest of its day among those old enough
    for t in daily:
        same_day = [x for x in times if x.date() == t.date() and now - x >= RECENT]
        assert t == max(same_day)
    future = now + dt.timedelta(days=365)  # a clock once set a year ahead
    assert future in snapshots_to_keep([future, now], now)


def test_a_clock_set_back_does_not_stop_snapshots(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    ahead = START + dt.timedelta(days=400)
    _autosave(examples["yogyakarta"], path, [ahead, ahead + dt.timedelta(seconds=2)])
    moments = [START + dt.timedelta(minutes=5 * n) for n in range(12)]
    _autosave(examples["yogyakarta"], path, moments)
    normal = [t for t, _ in snapshots(path) if t < ahead]
    assert len(normal) == 6  # every 10 minutes in the hour, despite the snapshot "from the future"


def test_the_newest_good_backup_may_be_a_snapshot(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    moments = [START + dt.timedelta(minutes=n) for n in range(30)]
    _autosave(examples["palembang"], path, moments)
    for rotating in backups(path):
        rotating.write_bytes(b"\x00" * 64)  # every rotating backup damaged
    path.write_bytes(b'{"schema_version": 1, "id": "w", ')
    with pytest.raises(BrokenWorkshop) as caught:
        open_workshop(path)
    newest_taken, newest_snapshot = snapshots(path)[0]
    assert caught.value.backup == newest_snapshot == newest_good_backup(path)
    assert newest_taken == START + dt.timedelta(minutes=21)
    kept = restore_backup(path, newest_snapshot)
    assert kept is not None and kept.read_bytes() == b'{"schema_version": 1, "id": "w", '
    with open_workshop(path) as opened:
        assert opened.workshop.info.title == "T+20"
    assert [p.path for p in restore_points(path)] == [
        *backups(path),
        *(p for _, p in snapshots(path)),
    ]


def test_a_snapshot_is_a_copy_that_an_in_place_edit_cannot_reach(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    _autosave(examples["surabaya"], path, [START, START + dt.timedelta(minutes=1)])
    [(_, snap)] = snapshots(path)
    before = snap.read_bytes()
    with path.open("r+b") as handle:  # an editor writing in place
        handle.write(b"XXXX")
    assert snap.read_bytes() == before
    assert snap.stat().st_ino != path.stat().st_ino


def test_without_hard_links_everything_is_copied_and_nothing_replaced(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "w.json"
    moments = [START + dt.timedelta(minutes=7 * n) for n in range(10)]
    _autosave(examples["surabaya"], path, moments)
    assert [_title_at(b) for b in backups(path)] == [f"T+{m}" for m in (56, 49, 42, 35, 28)]
    assert len(snapshots(path)) == 5
    for broken in (b"{", b"[", b""):
        path.write_bytes(broken)
        save(examples["surabaya"], path, now=moments[-1])
    kept = sorted(p.name for p in (tmp_path / BACKUP_FOLDER).glob("w.broken*.json"))
    assert kept == ["w.broken-2.json", "w.broken-3.json", "w.broken.json"]
    assert [(tmp_path / BACKUP_FOLDER / n).read_bytes() for n in kept] == [b"[", b"", b"{"]
    assert not list((tmp_path / BACKUP_FOLDER).glob("*.tmp"))


def test_a_failed_snapshot_copy_leaves_no_half_file_and_the_workshop_unchanged(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path, now=START)
    before = path.read_bytes()

    def full(source: object, target: object, **kwargs: object) -> None:
        Path(str(target)).write_bytes(b"{half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("shutil.copy2", full)
    with pytest.raises(PraError) as caught:
        save(_titled(examples["surabaya"], "Baru"), path, now=START + dt.timedelta(hours=1))
    assert "penuh" in str(caught.value)
    assert path.read_bytes() == before
    assert snapshots(path) == []
    assert not list((tmp_path / BACKUP_FOLDER).glob("*.tmp"))


def test_the_default_clock_can_be_replaced(
    examples: dict[str, Workshop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules["pra.store.backups"], "clock", lambda: START)
    path = tmp_path / "w.json"
    save(examples["surabaya"], path)
    save(examples["surabaya"], path)
    assert [taken for taken, _ in snapshots(path)] == [START]
    assert snapshots(path)[0][1].name == "w.json.2026-03-02T080000Z"


def test_temporary_copies_left_by_a_crash_are_removed_with_the_next_snapshot(
    examples: dict[str, Workshop], tmp_path: Path
) -> None:
    path = tmp_path / "w.json"
    save(examples["surabaya"], path, now=START)
    folder = tmp_path / BACKUP_FOLDER
    folder.mkdir()
    old, fresh = folder / ".pra-backup-lama.tmp", folder / ".pra-backup-baru.tmp"
    for temp in (old, fresh):
        temp.write_bytes(b"{setengah")
    os.utime(old, (1_000_000_000, 1_000_000_000))  # long ago: a crash
    save(examples["surabaya"], path, now=START + dt.timedelta(minutes=1))
    assert not old.exists()
    assert fresh.exists()  # it may be another process's copy in progress

"""``pra backups FILE``: every backup newest first, with when and what; ``--restore N`` puts one back."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from pra import store
from pra.i18n import t
from pra.model import Workshop
from pra.plan.formatting import format_date
from pra.resources import example_path
from tests.cli.conftest import Run, pra_process

START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def _version(ws: Workshop, n: int, groups: int) -> Workshop:
    info = ws.info.model_copy(update={"title": f"Versi {n}"})
    return ws.model_copy(update={"info": info, "groups": ws.groups[:groups]})


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A morning of saves every 5 minutes; a group deleted by mistake at minute 100."""
    ws = store.load(example_path("palembang"))
    path = tmp_path / "lokakarya.json"
    for n in range(0, 125, 5):
        store.save(_version(ws, n, 2 if n < 100 else 1), path, now=START + dt.timedelta(minutes=n))
    for i, point in enumerate(store.restore_points(path)):  # fixed "saved" times, newest first
        stamp = (START + dt.timedelta(hours=5) - dt.timedelta(minutes=i)).timestamp()
        os.utime(point.path, (stamp, stamp))
    return path


def test_the_list_numbers_every_backup_newest_first(pra: Run, saved: Path) -> None:
    result = pra("backups", saved)
    assert result.code == 0, result.err
    points = store.restore_points(saved)
    assert len(points) == 5 + 12  # five last saves; snapshots at minutes 5, 15, ..., 115
    assert result.lines[0] == t("backups.heading", lang="id", count=len(points), file=saved)
    header, rows = result.lines[2], result.lines[3 : 3 + len(points)]
    assert header.split()[:2] == ["No", "Disimpan"]
    assert rows[0].split()[0] == "1" and rows[0].endswith("lokakarya.json.1")
    assert "simpanan terakhir ke-1" in rows[0]
    assert "Versi 115 (1 kelompok)" in rows[0]
    moment = dt.datetime.fromtimestamp((START + dt.timedelta(hours=5)).timestamp()).astimezone()
    assert f"{format_date(moment.date(), 'id')} {moment:%H:%M}" in rows[0]
    assert "cuplikan berkala" in rows[5] and rows[5].endswith(points[5].path.name)
    # the last state before the mistake is the oldest last save; a snapshot has an earlier one
    assert "Versi 95 (2 kelompok)" in rows[4]
    assert any("Versi 90 (2 kelompok)" in row for row in rows[5:])
    assert result.lines[-1] == t("backups.hint", lang="id", file=saved)


def test_english(pra: Run, saved: Path) -> None:
    result = pra("backups", saved, "--lang", "en")
    assert result.code == 0
    assert result.lines[2].split()[:3] == ["No", "Saved", "Kind"]
    assert "last save no. 1" in result.lines[3]
    assert any("time-spaced snapshot" in line for line in result.lines)


def test_restoring_the_state_before_the_mistake(pra: Run, saved: Path) -> None:
    before = saved.read_bytes()
    rows = pra("backups", saved).lines
    [number] = [row.split()[0] for row in rows if "Versi 90 (2 kelompok)" in row]
    result = pra("backups", saved, "--restore", number)
    assert result.code == 0, result.err
    kept = saved.parent / store.BACKUP_FOLDER / "lokakarya.before-restore.json"
    assert result.out.startswith(f"{saved} sekarang berisi cadangan nomor {number} (disimpan ")
    assert result.out.strip().endswith(str(kept))
    assert kept.read_bytes() == before
    restored = store.load(saved)
    assert (restored.info.title, len(restored.groups)) == ("Versi 90", 2)
    assert not saved.with_name(".lokakarya.json.holder").exists()  # the lock was given back


def test_a_number_not_in_the_list_is_refused(pra: Run, saved: Path) -> None:
    before = saved.read_bytes()
    result = pra("--lang", "en", "backups", saved, "--restore", "99")
    assert result.code == 1
    assert result.err.strip() == t(
        "backups.no_such_number", lang="en", number=99, count=17, file=saved
    )
    assert saved.read_bytes() == before


def test_a_broken_backup_is_flagged_and_not_restored(pra: Run, saved: Path) -> None:
    store.backups(saved)[0].write_bytes(b"\x00" * 10)
    before = saved.read_bytes()
    result = pra("backups", saved)
    assert result.lines[3].split()[:1] == ["1"]
    assert t("list.flag", lang="id") in result.lines[3]
    refused = pra("backups", saved, "--restore", "1")
    assert refused.code == 1
    assert "byte nol" in refused.err
    assert saved.read_bytes() == before


def test_restoring_while_another_window_has_it_open_is_refused(pra: Run, saved: Path) -> None:
    before = saved.read_bytes()
    with store.open_workshop(saved) as opened:
        assert not opened.read_only
        result = pra("backups", saved, "--restore", "2")
    assert result.code == 1
    assert "jendela pra lain" in result.err
    assert saved.read_bytes() == before


def test_a_deleted_workshop_can_be_brought_back_from_its_backups(pra: Run, saved: Path) -> None:
    saved.unlink()
    assert pra("backups", saved).code == 0
    result = pra("backups", saved, "--restore", "1")
    assert result.code == 0
    assert result.out.strip() == t(
        "backups.restored_new",
        lang="id",
        file=saved,
        number=1,
        saved=result.out.split("(disimpan ")[1].split(")")[0],
    )
    assert store.load(saved).info.title == "Versi 115"


def test_no_backups_and_no_file(pra: Run, tmp_path: Path) -> None:
    fresh = tmp_path / "baru.json"
    store.save(store.load(example_path("surabaya")), fresh)
    assert pra("backups", fresh).lines == [t("backups.none", lang="id", file=fresh)]
    missing = pra("backups", tmp_path / "tidak-ada.json")
    assert missing.code == 1
    assert missing.err.strip() == t("backups.missing", lang="id", file=tmp_path / "tidak-ada.json")


def test_open_restore_backup_reaches_a_snapshot_when_every_last_save_is_damaged(
    saved: Path,
) -> None:
    for rotating in store.backups(saved):
        rotating.write_bytes(b"")
    saved.write_bytes(b'{"schema_version": 1, ')
    refused = pra_process("open", saved, "--headless", "--exit-when-ready")
    assert refused.code == 1
    newest_snapshot = store.snapshots(saved)[0][1]
    assert str(newest_snapshot) in refused.err
    done = pra_process("open", saved, "--restore-backup", "--headless", "--exit-when-ready")
    assert done.code == 0, done.err
    assert saved.read_bytes() == newest_snapshot.read_bytes()
    assert store.load(saved).info.title == "Versi 110"

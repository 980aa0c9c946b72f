"""Re-running ``pra archive`` into the same folder reuses the work done for unchanged files."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from pra import store
from pra.archive import cache as cache_module
from pra.archive.cache import CACHE_DIR, STATE_FILE
from pra.archive.kept_rows import NAMES
from pra.archive.writer import ArchiveOptions, build_archive
from pra.errors import PraError
from pra.model import Workshop

from .conftest import workshop_files


class CountingLoader:
    """``store.load`` that remembers which files it was asked to load."""

    def __init__(self) -> None:
        self.loaded: list[str] = []

    def __call__(self, path: Path) -> Workshop:
        self.loaded.append(path.name)
        return store.load(path)


def _package(out: Path) -> dict[str, bytes]:
    """Every file of the package (not the cache), by its path in the folder."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.parts
    }


def _same_rows(out: Path, fresh: Path) -> bool:
    """Whether ``out`` is the package a fresh run writes into ``fresh``, but for the order of the
    rows in the workshops' tables: a run that only adds files appends their rows
    (``pra.archive.in_place``). Each workshop's rows stay together in every table."""
    ours, theirs = _package(out), _package(fresh)
    if ours.keys() != theirs.keys():
        return False
    for name, data in ours.items():
        if name.startswith("data/") and Path(name).stem in NAMES:
            mine, other = data.splitlines(), theirs[name].splitlines()
            if mine[0] != other[0] or sorted(mine) != sorted(other):
                return False
        elif data != theirs[name]:
            return False
    return True


def _fourth(src: Path) -> None:
    """A fourth workshop: Palembang under another id, sorted between the others."""
    data = json.loads((src / "palembang.json").read_bytes())
    data["id"] = "ws-palembang-2"
    (src / "padang.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_second_run_prepares_only_new_or_changed_files_and_writes_a_fresh_runs_bytes(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    first = CountingLoader()
    build_archive(workshop_files(src), out, first)
    assert sorted(first.loaded) == ["palembang.json", "surabaya.json", "yogyakarta.json"]
    before = _package(out)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == []  # every file's bytes were prepared before
    assert _package(out) == before
    # a new file and a changed one: only those two are prepared
    _fourth(src)
    data = json.loads((src / "surabaya.json").read_bytes())
    data["info"]["title"] = "Lokakarya PRA Pakis (diperbaiki)"
    (src / "surabaya.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    third = CountingLoader()
    result = build_archive(workshop_files(src), out, third)
    assert sorted(third.loaded) == ["padang.json", "surabaya.json"]
    assert result.workshops == 4
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    # the entries of the surabaya file as it was are gone: three in use plus the new one
    entries = list((out / CACHE_DIR).rglob("*.entry"))
    assert len(entries) == 4


def test_in_parallel_the_cache_gives_the_same_package(example_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load, workers=2)
    _fourth(src)
    build_archive(workshop_files(src), out, store.load, workers=2)
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _same_rows(out, fresh.out)


def test_other_options_are_not_served_from_the_cache(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_archive(workshop_files(example_dir), out, store.load)
    named = CountingLoader()
    build_archive(workshop_files(example_dir), out, named, ArchiveOptions(with_names=True))
    assert len(named.loaded) == 3
    fresh = build_archive(
        workshop_files(example_dir), tmp_path / "fresh", store.load, ArchiveOptions(with_names=True)
    )
    assert _package(out) == _package(fresh.out)


def test_an_earlier_archive_with_a_stranger_file_is_refused_and_left_alone(
    example_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build_archive(workshop_files(example_dir), out, store.load)
    (out / "catatan.txt").write_text("milik peneliti", encoding="utf-8")
    before = _package(out)
    state = [p.read_bytes() for p in (out / CACHE_DIR).rglob(STATE_FILE)]
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(example_dir), out, store.load)
    assert caught.value.key == "archive.out_not_empty"
    assert _package(out) == before
    assert [p.read_bytes() for p in (out / CACHE_DIR).rglob(STATE_FILE)] == state != []


def _an_hour_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs happen an hour after the files were written: a run trusts a settled file's stat only."""
    monkeypatch.setattr(cache_module, "_now", lambda: time.time_ns() + 3_600_000_000_000)


def test_an_unchanged_file_is_not_read_again_to_be_hashed_a_changed_one_is(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    _an_hour_later(monkeypatch)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    hashed: list[int] = []
    real = cache_module.content_key

    def counting(data: bytes) -> str:
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(cache_module, "content_key", counting)
    build_archive(workshop_files(src), out, store.load)
    assert hashed == []
    # the state names no source path (one may hold a person's name), only the package's copies
    state = b"".join(p.read_bytes() for p in (out / CACHE_DIR).rglob(STATE_FILE))
    assert state and str(src).encode() not in state and b"src" not in state
    # the same length, the same modification time: the change time (and inode) tell it changed
    path = src / "surabaya.json"
    data = path.read_bytes()
    data_stat = path.stat()
    changed = data.replace(b"Kelurahan Pakis", b"Kelurahan Pakiz", 1)
    assert changed != data and len(changed) == len(data)
    path.unlink()
    path.write_bytes(changed)
    os.utime(path, ns=(data_stat.st_atime_ns, data_stat.st_mtime_ns))
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert hashed == [len(changed)]
    assert again.loaded == ["surabaya.json"]
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)


def _copies(out: Path) -> dict[str, tuple[int, int]]:
    """Each raw copy's modification time and inode: whether a run wrote it again."""
    return {
        p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in sorted((out / "raw").iterdir())
    }


def test_a_raw_copy_that_would_be_written_again_byte_for_byte_is_left_in_place(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    first = _copies(out)
    assert len(first) == 3
    build_archive(workshop_files(src), out, store.load)
    assert _copies(out) == first
    # a copy changed by hand is written again; a file no longer archived loses its copy
    tampered = sorted((out / "raw").iterdir())[0]
    tampered.write_bytes(b"{}")
    (src / "yogyakarta.json").unlink()
    build_archive(workshop_files(src), out, store.load)
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    assert len(_copies(out)) == 2
    # a file sorted among the others changes none of their codes (each workshop's own, from
    # its id): their copies stay in place, and the package is still a fresh run's
    kept = _copies(out)
    _fourth(src)
    build_archive(workshop_files(src), out, store.load)
    now = _copies(out)
    assert sorted(now) == sorted([*kept, "ws-palembang-2.json"])
    assert all(now[name] == kept[name] for name in kept)
    shutil.rmtree(fresh.out)
    fresh = build_archive(workshop_files(src), fresh.out, store.load)
    assert _same_rows(out, fresh.out)


def test_an_interrupted_run_leaves_no_state_so_the_next_hashes_and_writes_everything(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    _an_hour_later(monkeypatch)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)

    def interrupt(path: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_archive(workshop_files(src), out, store.load, on_file=interrupt)
    assert not list((out / CACHE_DIR).rglob(STATE_FILE))
    hashed: list[int] = []
    real = cache_module.content_key
    monkeypatch.setattr(cache_module, "content_key", lambda data: hashed.append(1) or real(data))
    build_archive(workshop_files(src), out, store.load)
    assert len(hashed) == 3
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)


def test_a_copy_named_for_an_id_whose_case_changed_is_replaced_not_kept_beside(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    path = src / "palembang.json"
    data = json.loads(path.read_bytes())
    data["id"] = "WS-PALEMBANG"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    assert "WS-PALEMBANG.json" in _copies(out)
    data["id"] = "ws-palembang"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    build_archive(workshop_files(src), out, store.load)
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    assert sorted(p.name.casefold() for p in (out / "raw").iterdir()) == sorted(
        p.name.casefold() for p in (fresh.out / "raw").iterdir()
    )


def test_braces_in_the_text_come_out_of_the_cache_as_typed(
    example_dir: Path, tmp_path: Path
) -> None:
    """The cache keeps the tables as ``str.format`` templates: typed braces must survive."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    path = src / "surabaya.json"
    data = json.loads(path.read_bytes())
    data["info"]["title"] = "Lokakarya {0} {raw} }{ {{P}}"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == []  # served from the cache
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    assert "Lokakarya {0} {raw} }{ {{P}}" in (out / "data" / "workshops.csv").read_text("utf-8")


@pytest.mark.parametrize(
    ("first_id", "second_id"),
    [
        # SHA-256 of both ids starts 397460d2: the one met second is coded W397460d2xxxx
        ("ws-49734", "ws-49882"),
        # one raw copy name for both on a case-blind file system: the second is raw/ID~CODE.json
        ("WS-PALEMBANG", "ws-palembang"),
    ],
)
def test_a_cached_file_whose_code_or_copy_is_not_its_usual_one_is_filled_from_its_templates(
    example_dir: Path, tmp_path: Path, first_id: str, second_id: str
) -> None:
    """The cache keeps each file's tables filled in with its usual code and copy path;
    another file taking those first makes the run fill in the kept templates instead."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    data = json.loads((src / "palembang.json").read_bytes())
    for name, workshop_id in (("a.json", first_id), ("b.json", second_id)):
        data["id"] = workshop_id
        (src / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == []  # both served from the cache
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    # the second file's rows name its unusual code or copy, as a fresh run writes them
    if first_id == "ws-49734":
        people = (out / "data" / "participants.csv").read_text("utf-8")
        assert re.search(r"\bW397460d2[0-9a-f]{4}-P01\b", people)
    else:
        workshops = (out / "data" / "workshops.csv").read_text("utf-8")
        assert re.search(r"raw/ws-palembang~W[0-9a-f]{8}\.json", workshops)


def test_a_changed_reschedule_leaving_day_or_lender_is_archived_again_not_served_stale(
    example_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    data = json.loads((src / "surabaya.json").read_bytes())
    pertukangan = next(g for g in data["groups"] if g["id"] == "g-pertukangan")
    pertukangan["followup"]["reschedules"][0]["term_months"] = 8
    pertukangan["followup"]["left"] = [{"participant_id": "p-03", "date": "2004-03-01"}]
    data_p = json.loads((src / "palembang.json").read_bytes())
    jaya = next(g for g in data_p["groups"] if g["id"] == "g-jaya-bersama")
    loan = next(s for s in jaya["capital"]["sources"] if s["kind"] == "loan")
    loan["lender"] = "Koperasi Maju"
    (src / "surabaya.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (src / "palembang.json").write_text(json.dumps(data_p, ensure_ascii=False), encoding="utf-8")
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert sorted(again.loaded) == ["palembang.json", "surabaya.json"]
    data_dir = out / "data"
    reschedules = (data_dir / "reschedules.csv").read_text("utf-8")
    assert ",jd-pertukangan-03,g-pertukangan,W" in reschedules
    assert reschedules.splitlines()[1].split(",")[5:7] == ["10", "8"]
    memberships = (data_dir / "memberships.csv").read_text("utf-8")
    assert [line for line in memberships.splitlines() if "2004-03-01" in line]
    sources = (data_dir / "funding_sources.csv").read_text("utf-8")
    assert "fs-jb-bmm,g-jaya-bersama,2,loan,cooperative," in sources
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)


def test_copies_written_by_an_earlier_copy_scheme_are_not_served_from_the_cache(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache filled before lenders were written by their kind holds copies with their names:
    the copy scheme is part of the cache's key, so every file is prepared again."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    data = json.loads((src / "palembang.json").read_bytes())
    jaya = next(g for g in data["groups"] if g["id"] == "g-jaya-bersama")
    next(s for s in jaya["capital"]["sources"] if s["kind"] == "loan")["lender"] = "Pak Darto"
    (src / "palembang.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    with monkeypatch.context() as m:
        m.setattr(cache_module, "COPY_SCHEME", cache_module.COPY_SCHEME - 1)
        build_archive(workshop_files(src), out, store.load)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert len(again.loaded) == 3
    assert "darto" not in (out / "raw" / "ws-palembang.json").read_text("utf-8").casefold()


def test_the_cache_key_changes_with_a_tables_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workshops prepared before budget_lines gained source_id, member_loans and prepaid (#15)
    are never served to a run that writes them: the key hashes every table's schema."""
    from dataclasses import replace

    from pra.archive import tables
    from pra.archive.cache import layout_key

    now = layout_key(False, True, "id")
    budget = tables.BY_NAME["budget_lines"]
    assert [c.name for c in budget.columns[-3:]] == ["source_id", "member_loans", "prepaid"]
    before = replace(budget, columns=budget.columns[:-3])
    monkeypatch.setattr(
        tables, "TABLES", tuple(before if t is budget else t for t in tables.TABLES)
    )
    assert layout_key(False, True, "id") != now


def test_unchanged_files_rows_are_copied_from_the_last_runs_tables_a_changed_file_is_read_again(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows of an unchanged file come from the last run's tables (``pra.archive.kept_rows``),
    not from its cache entry; a file changed with the same size and modification time, or a
    table changed by hand, is not served from there."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    _an_hour_later(monkeypatch)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    before = _package(out)
    entries_read: list[str] = []
    real_get = cache_module.PreparedCache.get

    def counting_get(self: cache_module.PreparedCache, key: str, source: Path) -> object:
        entries_read.append(Path(source).name)
        return real_get(self, key, source)

    monkeypatch.setattr(cache_module.PreparedCache, "get", counting_get)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == [] and entries_read == []
    assert _package(out) == before
    # the same length, the same modification time: its change time tells it changed
    path = src / "surabaya.json"
    data = path.read_bytes()
    data_stat = path.stat()
    changed = data.replace(b"Kelurahan Pakis", b"Kelurahan Pakiz", 1)
    assert changed != data and len(changed) == len(data)
    path.unlink()
    path.write_bytes(changed)
    os.utime(path, ns=(data_stat.st_atime_ns, data_stat.st_mtime_ns))
    third = CountingLoader()
    build_archive(workshop_files(src), out, third)
    # its new bytes are looked up (no entry: prepared), the others' rows are copied
    assert third.loaded == ["surabaya.json"] and entries_read == ["surabaya.json"]
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)
    assert b"Kelurahan Pakiz" in (out / "data" / "workshops.csv").read_bytes()
    # a table changed by hand after the run, keeping its size and modification time: the rows
    # come from the entries instead
    table = out / "data" / "participants.csv"
    table_stat = table.stat()
    text = table.read_bytes()
    header, first = text.index(b"\n") + 1, text.index(b",", text.index(b"\n"))
    tampered = text[:header] + b"X" * (first - header) + text[first:]
    assert tampered != text and len(tampered) == len(text)
    table.write_bytes(tampered)
    os.utime(table, ns=(table_stat.st_atime_ns, table_stat.st_mtime_ns))
    fourth = CountingLoader()
    entries_read.clear()
    build_archive(workshop_files(src), out, fourth)
    assert fourth.loaded == []
    assert sorted(entries_read) == ["palembang.json", "surabaya.json", "yogyakarta.json"]
    assert _package(out) == _package(fresh.out)


def test_a_run_that_only_adds_files_appends_their_rows_to_the_tables_in_place(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a file sorted among the others: the last run's tables are kept (same inode, their
    bytes a prefix of the new ones) and the new workshop's rows follow, instead of every table
    being written again in file order; the package holds a fresh run's rows and validates.
    The next runs serve every workshop from the appended tables; a change then writes the
    tables in file order again, byte for byte a fresh run's."""
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    _an_hour_later(monkeypatch)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    tables = {name: out / "data" / f"{name}.csv" for name in NAMES}
    before = {name: (path.stat().st_ino, path.read_bytes()) for name, path in tables.items()}
    _fourth(src)  # padang.json: sorts before palembang.json
    added = CountingLoader()
    result = build_archive(workshop_files(src), out, added)
    assert added.loaded == ["padang.json"] and result.workshops == 4
    for name, path in tables.items():
        inode, data = before[name]
        assert path.stat().st_ino == inode, name
        assert path.read_bytes().startswith(data), name
    assert b"ws-palembang-2" in tables["workshops"].read_bytes().splitlines()[-1]
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _same_rows(out, fresh.out)
    import frictionless

    assert frictionless.validate(out / "datapackage.json").valid
    appended = _package(out)
    again = CountingLoader()
    build_archive(workshop_files(src), out, again)
    assert again.loaded == [] and _package(out) == appended
    data = json.loads((src / "surabaya.json").read_bytes())
    data["info"]["title"] = "Lokakarya PRA Pakis (diperbaiki)"
    (src / "surabaya.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changed = CountingLoader()
    build_archive(workshop_files(src), out, changed)
    assert changed.loaded == ["surabaya.json"]
    shutil.rmtree(fresh.out)
    fresh = build_archive(workshop_files(src), fresh.out, store.load)
    assert _package(out) == _package(fresh.out)


def test_an_append_that_fails_part_way_leaves_no_datapackage_and_the_next_run_recovers(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the new rows are appended to the second table: no
    ``datapackage.json``, a sentence; the next run (no state left) writes a fresh run's rows."""
    import errno

    from pra.archive import in_place
    from pra.errors import PraError

    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    _an_hour_later(monkeypatch)
    out = tmp_path / "out"
    build_archive(workshop_files(src), out, store.load)
    _fourth(src)
    calls: list[int] = []
    real = in_place.copy_range

    def full(*args: object) -> None:
        calls.append(1)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(in_place, "copy_range", full)
    with pytest.raises(PraError) as caught:
        build_archive(workshop_files(src), out, store.load)
    assert caught.value.key == "archive.write_failed"
    assert not (out / "datapackage.json").exists()
    monkeypatch.setattr(in_place, "copy_range", real)
    build_archive(workshop_files(src), out, store.load)
    fresh = build_archive(workshop_files(src), tmp_path / "fresh", store.load)
    assert _package(out) == _package(fresh.out)

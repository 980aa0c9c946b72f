"""``pra merge``: mentors' copies of one workshop file become one; refusals are sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pra import store
from pra.edit import followup as fu
from pra.resources import example_path
from tests.cli.conftest import Run


def test_two_mentors_copies_are_merged_and_bad_outputs_refused(pra: Run, tmp_path: Path) -> None:
    base = store.load(example_path("palembang"))
    a, b = tmp_path / "a-hendra.json", tmp_path / "b-yusnani.json"
    store.save(fu.add_meeting(base, "g-sedap-malam", dt.date(2004, 7, 4)), a)
    store.save(fu.add_meeting(base, "g-jaya-bersama", dt.date(2004, 7, 5)), b)
    before = a.read_bytes(), b.read_bytes()
    out = tmp_path / "gabungan.json"

    done = pra("merge", a, b, "-o", out)
    assert done.code == 0, done.err
    assert 'a-hendra.json: kelompok "Kelompok Sedap Malam" 1 pertemuan' in done.out
    assert 'b-yusnani.json: kelompok "Kelompok Jaya Bersama" 1 pertemuan' in done.out
    merged = store.load(out)
    assert [g.followup.meetings[-1].date for g in merged.groups] == [
        dt.date(2004, 7, 4),
        dt.date(2004, 7, 5),
    ]
    assert (a.read_bytes(), b.read_bytes()) == before

    again = pra("merge", a, b, "-o", out)
    assert again.code == 1
    assert "--force" in again.err and "Traceback" not in again.err
    assert pra("merge", a, b, "-o", out, "--force").code == 0

    alone = pra("merge", a, "-o", tmp_path / "x.json")
    assert alone.code == 1 and "paling sedikit dua" in alone.err
    assert not (tmp_path / "x.json").exists()

    onto_input = pra("--lang", "en", "merge", a, b, "-o", a)
    assert onto_input.code == 1
    assert "is one of the files being merged" in onto_input.err
    assert (a.read_bytes(), b.read_bytes()) == before


def test_stats_names_pra_merge_for_two_versions_and_a_copy_for_a_copy(
    pra: Run, tmp_path: Path
) -> None:
    base = store.load(example_path("palembang"))
    folder = tmp_path / "two"
    folder.mkdir()
    store.save(fu.add_meeting(base, "g-sedap-malam", dt.date(2004, 7, 4)), folder / "a.json")
    store.save(base, folder / "b.json")
    stats = pra("stats", folder)
    assert stats.code == 0
    assert "pra merge" in stats.err
    assert "salinan berkas yang sama?" not in stats.err
    (folder / "b.json").write_bytes((folder / "a.json").read_bytes())
    same = pra("stats", folder)
    assert "salinan berkas yang sama?" in same.err and "pra merge" not in same.err


def test_an_out_file_open_in_a_window_is_not_replaced(pra: Run, tmp_path: Path) -> None:
    from pra.store.lock import WorkshopLock

    a, out = tmp_path / "a.json", tmp_path / "palembang.json"
    base = store.load(example_path("palembang"))
    store.save(fu.add_meeting(base, "g-sedap-malam", dt.date(2004, 7, 4)), a)
    store.save(base, out)
    before = out.read_bytes()
    window = WorkshopLock(out)
    assert window.acquire() is None
    try:
        held = pra("merge", a, example_path("palembang"), "-o", out, "--force")
    finally:
        window.release()
    assert held.code == 1 and "sedang dibuka di jendela pra lain" in held.err
    assert out.read_bytes() == before

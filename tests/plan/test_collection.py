"""The calendar's collection steps against the months instalments fall due."""

from __future__ import annotations

import datetime as dt

from pra.model import LenderLoan, Step, Workshop
from pra.plan.collection import collection_mismatch, instalment_months, is_collection_step
from pra.resources import example_path


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_a_step_collects_when_its_title_names_the_instalments() -> None:
    assert is_collection_step(Step(id="s", title="Pertemuan mingguan: angsuran dan pembukuan"))
    assert is_collection_step(Step(id="s", title="Menarik cicilan anggota"))
    assert is_collection_step(Step(id="s", title="Collect the instalments"))
    assert not is_collection_step(Step(id="s", title="Mencatat penjualan dan tabungan"))


def test_a_lender_loans_instalments_are_compared_with_the_calendar() -> None:
    group = palembang().groups[1]
    assert group.name == "Kelompok Jaya Bersama"
    # BMM's loan alone (no member loans): handed over 1 Sep 2003, one month of grace to 1 Oct,
    # the first Monday at least a week later is 13 Oct; 52 weekly instalments from then. The
    # weekly meetings collect 6 Oct – 28 Dec (the calendar's last step): they agree
    capital = group.capital.model_copy(update={"stimulus_per_member": 0})
    alone = group.model_copy(update={"capital": capital})
    assert min(instalment_months(alone)) == (2003, 10)
    assert collection_mismatch(alone) is None
    # two months of grace to Saturday 1 Nov: the first instalment on Monday 3 Nov, so October
    # collects nothing
    loans = tuple(
        s.model_copy(update={"grace_months": 2}) if isinstance(s, LenderLoan) else s
        for s in capital.sources
    )
    later = alone.model_copy(update={"capital": capital.model_copy(update={"sources": loans})})
    assert min(instalment_months(later)) == (2003, 11)
    mismatch = collection_mismatch(later)
    assert mismatch is not None
    assert (mismatch.uncollected, mismatch.idle) == ((), ((2003, 10),))


def test_instalments_after_the_last_collecting_step_are_found_with_their_dates() -> None:
    """Palembang's weekly meetings end on the calendar on Sunday 23 Nov 2003, but Jaya Bersama's
    members repay on the 6th until 6 Sep 2004 (12 months from 6 Oct: 10 after the calendar) and
    BMM is paid every Monday until 27 Sep 2004 (45 Mondays from 24 Nov: instalments 8 to 52,
    the first on 6 Oct). The step's people,
    Suryani (p-13) and Darmawati (p-12), collect them afterwards."""
    from pra.plan.collection import due_after_collection, due_after_parts

    group = palembang().groups[1]
    found = due_after_collection(group)
    assert found is not None
    assert (found.step_title, found.step_end) == (
        "Pertemuan mingguan: angsuran dan pembukuan",
        dt.date(2003, 11, 23),
    )
    assert found.collector_ids == ("p-13", "p-12")
    assert [(d.loan_id, d.count, d.first, d.last) for d in found.dues] == [
        (None, 10, dt.date(2003, 12, 6), dt.date(2004, 9, 6)),
        ("fs-jb-bmm", 45, dt.date(2003, 11, 24), dt.date(2004, 9, 27)),
    ]
    assert [n.text("id") for n in due_after_parts(group, found)] == [
        "angsuran anggota 10 kali, 6 Desember 2003 – 6 September 2004",
        "angsuran Pinjaman BMM 45 kali, 24 November 2003 – 27 September 2004",
    ]


def test_instalments_after_the_calendar_with_nobody_to_collect_them_are_a_check() -> None:
    """The shipped example names who collects (the step's people, the treasurer): no check.
    Without either, the review step and ``pra check`` say which instalments nobody collects."""
    from pra.plan.checks import input_checks

    ws = palembang()
    assert not [c for c in input_checks(ws) if c.notice.key == "plan.checks.due_after_collection"]
    sedap = ws.groups[0]
    steps = tuple(
        s.model_copy(update={"responsible_ids": ()}) if is_collection_step(s) else s
        for s in sedap.steps
    )
    with_treasurer = sedap.model_copy(update={"steps": steps})
    nobody = with_treasurer.model_copy(update={"treasurer_id": None})
    for group, expected in ((with_treasurer, 0), (nobody, 1)):
        changed = ws.model_copy(update={"groups": (group, *ws.groups[1:])})
        found = [
            c for c in input_checks(changed) if c.notice.key == "plan.checks.due_after_collection"
        ]
        assert len(found) == expected
    assert found[0].group_id == sedap.id
    assert found[0].notice.text("id") == (
        "Angsuran Kelompok Sedap Malam masih jatuh tempo setelah pertemuan terakhir yang menarik "
        'angsuran (langkah kegiatan "Pertemuan mingguan: angsuran, tabungan, pembukuan", sampai '
        "23 November 2003): angsuran anggota 14 kali, 6 Desember 2003 – 6 Januari 2005. Tidak ada "
        "yang ditunjuk menariknya: langkah itu tanpa penanggung jawab dan kelompok belum punya "
        'bendahara. Tunjuk penanggung jawabnya di langkah "Langkah kegiatan", atau perpanjang '
        "langkah itu sampai angsuran terakhir."
    )

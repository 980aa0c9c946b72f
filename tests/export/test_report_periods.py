"""Consecutive progress reports (#15): each says the figures of its own period, whole.

Palembang's Kelompok Sedap Malam meets on the 6th of each month from 1 September 2003;
each meeting reports the sales since the previous one (the 6 January 2004 meeting's
Rp 2.500.000 were earned in December 2003). Reported here for 1 September – 31 December
2003 and 1 January – 30 June 2004, as a mentor does twice a year.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest

from pra import store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.model import BusinessGroup, Workshop
from pra.resources import example_path

P1 = (dt.date(2003, 9, 1), dt.date(2003, 12, 31))
P2 = (dt.date(2004, 1, 1), dt.date(2004, 6, 30))


def _palembang(name: str) -> tuple[Workshop, BusinessGroup]:
    ws = store.load(example_path("palembang"))
    return ws, next(g for g in ws.groups if g.name == name)


def _tables(document: docx.document.Document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in table.rows] for table in document.tables]


def _table(document: docx.document.Document, first_header: str, second: str) -> list[list[str]]:
    for rows in _tables(document):
        if rows[0][0] == first_header and rows[0][1] == second:
            return rows
    raise AssertionError(f"no table {first_header} | {second}")


def _rp(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _business(document: docx.document.Document) -> dict[str, int]:
    """The "Usaha kelompok" table: sales, costs, profit as the period's meetings report them."""
    for rows in _tables(document):
        if len(rows) == 4 and rows[1][0] == "Penjualan":
            return {r[0]: _rp(r[1]) for r in rows[1:]}
    raise AssertionError("no business table")


def test_each_month_of_sales_is_in_exactly_one_report_and_each_adds_up() -> None:
    """The rule is the meeting's date: a report holds the sales its period's meetings report.
    Period 1's meetings (6 Oct, 6 Nov, 6 Dec) report September–November: 750.000 + 2.300.000
    + 3.400.000 = 6.450.000; period 2's (6 Jan … 6 Jun) December–May: 2.500.000 + 2.400.000
    + 2.450.000 + 2.500.000 + 2.600.000 + 2.700.000 = 15.150.000. Before, December 2003 was in
    neither table while period 2's business total counted it (15.150.000 against 12.650.000)."""
    ws, sedap = _palembang("Kelompok Sedap Malam")
    reports = [build_report(ws, sedap, load_template(), "id", a, b) for a, b in (P1, P2)]
    tables = [_table(doc, "Bulan", "Penjualan")[1:] for doc in reports]
    assert [(r[0], _rp(r[1])) for r in tables[0]] == [
        ("September 2003", 750_000),
        ("Oktober 2003", 2_300_000),
        ("November 2003", 3_400_000),
    ]
    assert [(r[0], _rp(r[1])) for r in tables[1]] == [
        ("Desember 2003", 2_500_000),
        ("Januari 2004", 2_400_000),
        ("Februari 2004", 2_450_000),
        ("Maret 2004", 2_500_000),
        ("April 2004", 2_600_000),
        ("Mei 2004", 2_700_000),
    ]
    for doc, rows, total in zip(reports, tables, (6_450_000, 15_150_000), strict=True):
        business = _business(doc)
        assert business["Penjualan"] == sum(_rp(r[1]) for r in rows) == total
        assert business["Laba (penjualan − biaya)"] == sum(_rp(r[3]) for r in rows)


def _section(text: str, heading: str, following: str) -> str:
    return text.split(f"\n{heading}\n", 1)[1].split(f"\n{following}\n", 1)[0]


def _text(document: docx.document.Document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_attendance_and_savings_are_the_periods_and_agree_with_its_ledger() -> None:
    """Period 2 holds six meetings: present 10, 9, 9, 10, 10, 10 of 10 = 58/60 = 97%;
    Rusmini and Syamsul Bahri missed one each (5/6), the others 6/6. Before, the table
    counted from the start of follow-up (Rohani 10/10). Each member saved Rp 5.000 wajib a
    month (Nurbaya Rp 5.000 more): Rp 305.000, and Rp 116.000 sukarela, the ledger's figures;
    Syamsul Bahri's Rp 25.000 pokok was kept from his loan (the ledger's deduction). Before,
    the table said Rp 450.000 wajib, the total since September 2003."""
    ws, sedap = _palembang("Kelompok Sedap Malam")
    doc = build_report(ws, sedap, load_template(), "id", *P2)
    attendance = _table(doc, "Anggota", "Hadir")
    assert [row[:2] for row in attendance[1:]] == [
        ["Rohani", "6/6"],
        ["Yusnaini", "6/6"],
        ["Masitoh", "6/6"],
        ["Nurbaya", "6/6"],
        ["Rusmini", "5/6"],
        ["Fatimah", "6/6"],
        ["Herlina", "6/6"],
        ["Siti Zubaidah", "6/6"],
        ["Aisyah", "6/6"],
        ["Syamsul Bahri", "5/6"],
    ]
    assert "Kehadiran di pertemuan kelompok dalam periode ini: 97%." in _text(doc)
    savings = _table(doc, "Anggota", "Pokok")
    assert savings[0][5] == "Seluruhnya sampai 30 Juni 2004"
    total = savings[-1]
    assert total[0] == "Jumlah"
    assert [_rp(x) for x in total[1:5]] == [25_000, 305_000, 116_000, 300_000]
    ledger = {r[0]: _rp(r[1]) for r in _table(doc, "Sumber", "Jumlah")[1:] if r[1]}
    assert ledger["Simpanan wajib"] == _rp(total[2])
    assert ledger["Simpanan sukarela"] == _rp(total[3])
    kept = "Dipotong saat pinjaman diserahkan: Simpanan pokok koperasi Bina Vitalis"
    assert ledger[kept] == _rp(total[1])


def test_a_period_without_a_meeting_has_no_attendance() -> None:
    """July–December 2004: no meeting, so no attendance (before: "Kehadiran … 96%")."""
    ws, sedap = _palembang("Kelompok Sedap Malam")
    doc = build_report(ws, sedap, load_template(), "id", dt.date(2004, 7, 1), dt.date(2004, 12, 31))
    text = _text(doc)
    assert _section(text, "Pertemuan", "Uang masuk dan keluar") == "Belum diisi"
    assert _section(text, "Kehadiran", "Lima bidang hasil pokok dan klasifikasi") == "Belum diisi"
    assert "Kehadiran di pertemuan kelompok" not in text


def _lkm_row(document: docx.document.Document) -> str:
    rows = [r for t in _tables(document) for r in t if r[0] == "Lembaga keuangan mikro"]
    assert len(rows) == 1
    return rows[0][1]


def test_the_lkm_link_is_shown_only_from_its_date() -> None:
    """Sedap Malam is linked to BMM on 6 May 2004, at the meeting whose notes say so; the
    reports of Sep–Dec 2003 and of 1 Jan – 5 May 2004 (and the summary at 31 Dec 2003) do not
    name it as linked. Before, the Sep–Dec 2003 report said "BMM … sejak 1 Mei 2004"."""
    from pra.export.report import build_summary

    ws, sedap = _palembang("Kelompok Sedap Malam")
    linked = next(m.date for m in sedap.followup.meetings if "dihubungkan dengan BMM" in m.notes)
    assert sedap.followup.linked_on == linked == dt.date(2004, 5, 6)
    bmm = "BMM (Bina Masyarakat Mandiri) Palembang"

    def lkm(first: dt.date, last: dt.date) -> str:
        return _lkm_row(build_report(ws, sedap, load_template(), "id", first, last))

    assert lkm(*P1) == "—"
    assert lkm(P2[0], dt.date(2004, 5, 5)) == "—"
    assert lkm(P2[0], dt.date(2004, 5, 6)) == f"{bmm}, sejak 6 Mei 2004"
    summary = build_summary(ws, [sedap], load_template(), "id", P1[1])
    assert [r[6] for r in _tables(summary)[0][1:]] == ["dapat"]  # may be linked, not yet


def test_a_period_before_the_follow_up_begins_is_refused_naming_the_workshops_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Palembang's workshop was on 13 August 2003, its groups' follow-up begins on
    1 September 2003. Before, ``--from 01-01-2000 --to 31-08-2003`` wrote reports saying
    "Belum diisi" everywhere and "Saldo awal per 31 Desember 1999", exit 0. Now one sentence,
    exit 1, nothing written; a period ending on 1 September 2003 is reported."""
    from pra.cli import main

    source = str(example_path("palembang"))
    out = tmp_path / "reports"
    before = ["report", source, "--from", "01-01-2000", "--to", "31-08-2003", "-o", str(out)]
    assert main(before) == 1
    assert capsys.readouterr().err.strip() == (
        "Periode 1 Januari 2000 – 31 Agustus 2003 berakhir sebelum pendampingan kelompok mana "
        "pun dimulai (paling awal 1 September 2003; lokakarya 13 Agustus 2003): belum ada yang "
        "bisa dilaporkan. Pilih periode yang berakhir pada atau sesudah 1 September 2003."
    )
    assert main([*before, "--group", "Kelompok Sedap Malam"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Periode 1 Januari 2000 – 31 Agustus 2003 berakhir sebelum pendampingan Kelompok Sedap "
        "Malam dimulai (1 September 2003; lokakarya 13 Agustus 2003): belum ada yang bisa "
        "dilaporkan. Pilih periode yang berakhir pada atau sesudah 1 September 2003."
    )
    assert not out.exists()
    assert (
        main(["report", source, "--from", "01-01-2000", "--to", "01-09-2003", "-o", str(out)]) == 0
    )
    assert len(list(out.iterdir())) == 2


def test_a_group_whose_follow_up_begins_after_the_period_is_said_and_the_others_written(
    tmp_path: Path,
) -> None:
    """Jaya Bersama made to begin on 1 October 2003 (its calendar and its first meeting,
    6 October): a report of 15 August – 15 September 2003 writes Sedap Malam's and says why
    Jaya Bersama's is not written."""
    from pra.export.report_files import export_reports

    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    later = jaya.model_copy(
        update={
            "calendar": jaya.calendar.model_copy(update={"start": dt.date(2003, 10, 1)}),
            "followup": jaya.followup.model_copy(
                update={
                    "meetings": tuple(
                        m for m in jaya.followup.meetings if m.date >= dt.date(2003, 10, 1)
                    )
                }
            ),
        }
    )
    ws = ws.model_copy(update={"groups": (ws.groups[0], later)})
    result = export_reports(
        ws,
        source="palembang.json",
        output=tmp_path,
        first=dt.date(2003, 8, 15),
        last=dt.date(2003, 9, 15),
    )
    assert [p.name.split(" - ")[1] for p in result.documents] == ["Kelompok Sedap Malam"]
    assert result.notes == [
        "Kelompok Jaya Bersama: pendampingan dimulai 1 Oktober 2003, sesudah periode ini; "
        "tidak dilaporkan."
    ]

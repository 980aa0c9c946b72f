"""What a mentor reads off the progress report (#15, review 10r finding 7): the meetings'
money in adds up to the fund's ledger, the per-month arrears say they run, members still
waiting for a loan are named, and the criteria not met are listed beside those met."""

from __future__ import annotations

import datetime as dt

import docx

from pra import store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.resources import example_path

RP = "Rp\u00a0"


def _report(group: int, first: dt.date, last: dt.date) -> docx.document.Document:
    ws = store.load(example_path("palembang"))
    return build_report(ws, ws.groups[group], load_template(), "id", first, last)


def _table(doc: docx.document.Document, head: str) -> list[list[str]]:
    for table in doc.tables:
        rows = [[c.text for c in row.cells] for row in table.rows]
        if head in rows[0]:
            return rows
    raise AssertionError(f"no table headed {head}")


def test_the_meetings_money_in_adds_up_to_the_fund_ledger() -> None:
    """Sedap Malam, Dec 2003 – Mar 2004: the meetings said 216.000 + 310.000 + 314.500 +
    303.000 = 1.143.500 against the ledger's 1.193.500; the 50.000 of simpanan pokok kept
    from two loans handed over at meetings was missing. Each meeting now counts what the fund
    kept from its loans, and the total row is the ledger's."""
    doc = _report(0, dt.date(2003, 12, 1), dt.date(2004, 3, 31))
    meetings = _table(doc, "Uang masuk")
    assert meetings[-1][1] == "Jumlah" and meetings[-1][-1] == f"{RP}1.193.500"
    total = sum(int(r[-1].removeprefix(RP).replace(".", "")) for r in meetings[1:-1])
    assert total == 1_193_500
    ledger = next(r for t in doc.tables for r in t.rows if r.cells[0].text == "Jumlah uang masuk")
    assert ledger.cells[1].text == f"{RP}1.193.500"
    assert (
        f"Uang masuk di pertemuan: yang disetor anggota (simpanan dan angsuran) dan yang dipotong "
        f"dari pinjaman yang diserahkan di pertemuan itu; jumlahnya {RP}1.193.500, sama dengan "
        "jumlah uang masuk di buku kas dana."
    ) in [p.text for p in doc.paragraphs]


def test_a_stimulus_received_in_the_period_is_said_apart_from_the_meetings() -> None:
    doc = _report(0, dt.date(2003, 9, 1), dt.date(2003, 10, 31))
    assert (
        f"Buku kas dana juga menghitung bantuan stimulan {RP}1.500.000 yang diterima dalam "
        "periode ini, bukan di pertemuan."
    ) in "\n".join(p.text for p in doc.paragraphs)


def test_the_per_month_arrears_are_headed_as_running() -> None:
    """Jaya Bersama, Feb 2004: due 470.000, paid 446.500 in the month, arrears 282.000 to
    date; the heading said only "Tunggakan"."""
    doc = _report(1, dt.date(2003, 12, 1), dt.date(2004, 3, 31))
    months = _table(doc, "Tunggakan s.d. bulan ini")
    assert months[0] == ["Bulan", "Jatuh tempo", "Dibayar", "Tunggakan s.d. bulan ini"]
    assert ["Februari 2004", f"{RP}470.000", f"{RP}446.500", f"{RP}282.000"] in months


def test_members_still_waiting_for_a_loan_are_named() -> None:
    """Sedap Malam, Sep – Oct 2003: seven members borrowed; Siti Zubaidah, Aisyah and
    Syamsul Bahri had not, and the report did not say so."""
    doc = _report(0, dt.date(2003, 9, 1), dt.date(2003, 10, 31))
    assert (
        "Anggota yang belum menerima pinjaman dana bergulir sampai 31 Oktober 2003: Siti "
        "Zubaidah, Aisyah, Syamsul Bahri."
    ) in [p.text for p in doc.paragraphs]


def test_the_criteria_not_met_are_listed_beside_those_met() -> None:
    """Jaya Bersama's last assessment: Administrasi 2/4 (buku simpan pinjam and notulen not
    yet), Jaringan 0/3."""
    doc = _report(1, dt.date(2003, 12, 1), dt.date(2004, 3, 31))
    areas = _table(doc, "Belum terpenuhi")
    assert areas[0][-2:] == ["Kriteria yang terpenuhi", "Belum terpenuhi"]
    [admin] = [r for r in areas if r[0] == "Administrasi"]
    assert admin[1] == "2/4"
    assert admin[-1] == "Buku simpan pinjam diisi\nNotulen pertemuan dicatat"

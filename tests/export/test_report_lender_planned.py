"""A lender loan not yet disbursed in the progress report (#15): named apart as planned
(direncanakan, belum cair), never among the loans taken nor in the money in."""

from __future__ import annotations

import datetime as dt

import docx

from pra import store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.model import BusinessGroup, Workshop
from pra.resources import example_path

RP = "Rp\u00a0"


def _text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _jaya(disbursed: dt.date | None, *, payments: bool = True) -> tuple[Workshop, BusinessGroup]:
    """Palembang's Jaya Bersama with its BMM loan of Rp 3.000.000 handed over on ``disbursed``
    (``None``: undated); without ``payments``, no meeting pays BMM."""
    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    [loan] = jaya.capital.loans
    moved = loan.model_copy(update={"disbursed_on": disbursed})
    capital = jaya.capital.model_copy(
        update={"sources": tuple(moved if s.id == loan.id else s for s in jaya.capital.sources)}
    )
    jaya = jaya.model_copy(update={"capital": capital})
    if not payments:
        meetings = tuple(
            m.model_copy(update={"lender_payments": ()}) for m in jaya.followup.meetings
        )
        jaya = jaya.model_copy(
            update={"followup": jaya.followup.model_copy(update={"meetings": meetings})}
        )
    return ws.model_copy(update={"groups": (ws.groups[0], jaya)}), jaya


def _money_rows(document: docx.document.Document) -> list[list[str]]:
    for table in document.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        if len(cells) > 1 and cells[1][0].startswith("Saldo awal"):
            return cells
    raise AssertionError("no fund ledger")


def test_a_bmm_loan_disbursed_after_the_period_is_planned_not_taken_nor_money_in() -> None:
    """The BMM loan handed over on 6 Oct 2003, the report for 1–30 Sep 2003. Before, the
    report said "kelompok sudah meminjam: Pinjaman BMM Rp 3.000.000" and listed it among the
    loans with "0 dari 52" instalments due. Money in, by hand: the grant received 1 Sep
    (5.000.000) + the simpanan pokok kept from the ten first-round loans (10 × 25.000 =
    250.000) + no instalment yet = 5.250.000; the BMM's 3.000.000 is not money in."""
    ws, jaya = _jaya(dt.date(2003, 10, 6))
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2003, 9, 30))
    text = _text(doc)
    assert (
        "Lembaga keuangan mikro | belum terhubung sebagai kelompok binaan; pinjaman "
        f"direncanakan, belum cair: Pinjaman BMM {RP}3.000.000"
    ) in text
    assert "kelompok sudah meminjam" not in text.lower()
    assert (
        f"Pinjaman BMM {RP}3.000.000: direncanakan, belum cair (pencairan menurut rencana usaha "
        "6 Oktober 2003, sesudah periode ini); belum dihitung sebagai pinjaman kelompok dan "
        "belum ada angsurannya."
    ) in text
    # no table of loans taken (its second column is "Angsuran jatuh tempo dalam periode")
    assert not any(
        t.rows[0].cells[1].text == "Angsuran jatuh tempo dalam periode" for t in doc.tables
    )
    rows = _money_rows(doc)
    assert rows[3:8] == [
        ["Bantuan stimulan diterima untuk dana bergulir", f"{RP}5.000.000"],
        ["Angsuran pinjaman", f"{RP}0"],
        [
            "Dipotong saat pinjaman diserahkan: Simpanan pokok koperasi Bina Vitalis",
            f"{RP}250.000",
        ],
        ["Jumlah uang masuk", f"{RP}5.250.000"],
        ["Uang keluar", ""],
    ]
    assert not any("BMM" in cell for row in rows for cell in row)


def test_the_same_loan_once_disbursed_within_the_period_is_a_loan_taken() -> None:
    """The report to 31 Oct 2003: the BMM loan was handed over on 6 Oct, so the group borrows
    it, its schedule's table is there and nothing says it is only planned."""
    ws, jaya = _jaya(dt.date(2003, 10, 6))
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2003, 10, 31))
    text = _text(doc)
    assert (
        "Lembaga keuangan mikro | belum terhubung sebagai kelompok binaan; kelompok sudah "
        f"meminjam: Pinjaman BMM {RP}3.000.000"
    ) in text
    assert "belum cair" not in text
    table = next(
        [[c.text for c in row.cells] for row in t.rows]
        for t in doc.tables
        if t.rows[0].cells[1].text == "Angsuran jatuh tempo dalam periode"
    )
    assert table[1][0] == f"Pinjaman BMM {RP}3.000.000; angsuran terakhir 1 Nov 2004"


def test_an_undated_loan_nobody_repaid_yet_is_planned_and_in_english_too() -> None:
    """Without a disbursement date and without any payment to BMM by 31 Dec 2003, nothing
    shows the loan was handed over: it is planned, not borrowed."""
    ws, jaya = _jaya(None, payments=False)
    first, last = dt.date(2003, 9, 1), dt.date(2003, 12, 31)
    text = _text(build_report(ws, jaya, load_template(), "id", first, last))
    assert "kelompok sudah meminjam" not in text.lower()
    assert (
        f"Pinjaman BMM {RP}3.000.000: direncanakan, belum cair (tanggal pencairan belum diisi "
        "di rencana usaha dan belum ada setoran kepadanya); belum dihitung sebagai pinjaman "
        "kelompok."
    ) in text
    english = _text(build_report(ws, jaya, load_template(), "en", first, last))
    assert f"loan planned, not yet disbursed: Loan from BMM {RP}3,000,000" in english
    assert "the group already borrows" not in english.lower()


def test_a_grant_handed_over_after_the_period_is_planned_not_received() -> None:
    """Sedap Malam's grant of Rp 5.000.000 moved to 6 Oct 2003, no receipt recorded, the report
    for 1–30 Sep 2003: the sentence says it is planned and not money in (before, it said
    "Rp 5.000.000 seluruhnya. Rp 3.500.000 dibelanjakan …" as if received), and the ledger has
    no stimulus line; the report to 31 Oct 2003 says the grant as before."""
    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    grant, *rest = sedap.capital.sources
    moved = grant.model_copy(update={"disbursed_on": dt.date(2003, 10, 6)})
    capital = sedap.capital.model_copy(update={"sources": (moved, *rest)})
    sedap = sedap.model_copy(update={"capital": capital})
    assert sedap.followup.stimulus_on is None
    ws = ws.model_copy(update={"groups": (sedap, ws.groups[1])})
    doc = build_report(ws, sedap, load_template(), "id", dt.date(2003, 9, 1), dt.date(2003, 9, 30))
    text = _text(doc)
    assert (
        f"Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis: {RP}5.000.000 "
        "direncanakan, belum cair (pencairan menurut rencana usaha 6 Oktober 2003, sesudah "
        "periode ini); belum dihitung sebagai uang masuk."
    ) in text
    assert f"{RP}5.000.000 seluruhnya" not in text
    assert not any(row[0].startswith("Bantuan stimulan") for row in _money_rows(doc))
    later = _text(
        build_report(ws, sedap, load_template(), "id", dt.date(2003, 9, 1), dt.date(2003, 10, 31))
    )
    assert f"Yayasan Bina Vitalis: {RP}5.000.000 seluruhnya. {RP}3.500.000 dibelanjakan" in later
    assert "belum cair" not in later

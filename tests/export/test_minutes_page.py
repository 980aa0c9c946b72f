"""The berita acara: a number, the day of the week, the money handed over, one signature per person."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from tests.export.factory import example


def minutes_of(tmp_path: Path, name: str) -> docx.document.Document:
    result = export_workshop(
        example(name), source=name, output=tmp_path, lang="id", plans=False, minutes=True
    )
    [path] = result.documents
    return docx.Document(str(path))


def table_with(doc: docx.document.Document, first_cell: str) -> list[list[str]]:
    for table in doc.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        if cells[0][0] == first_cell:
            return cells
    raise AssertionError(first_cell)


def test_number_day_and_money_handed_over(tmp_path: Path) -> None:
    doc = minutes_of(tmp_path, "palembang")
    texts = [p.text for p in doc.paragraphs]
    assert texts[2] == "Nomor: ……/BA-PRA/13 Ilir/VIII/2003"  # the register number is left blank
    assert texts[3].startswith("Pada hari Rabu, tanggal 13 Agustus 2003, bertempat di")
    heading = texts.index("Uang yang diserahkan kepada kelompok")
    assert texts[heading + 1].startswith("Menurut rencana modal setiap kelompok")
    money = next(
        [[c.text for c in row.cells] for row in t.rows]
        for t in doc.tables
        if t.rows[0].cells[-1].text == "Diterima anggota"
    )
    nb = "\u00a0"
    assert money == [
        [
            "No",
            "Kelompok",
            "Anggota",
            "Bantuan diserahkan",
            "Tetap di dana bergulir",
            "Diterima anggota",
        ],
        [
            # the part of its grant lent to the six first-round borrowers (Rp 250.000 each);
            # the other Rp 3.500.000 bought the group's equipment
            "1",
            "Kelompok Sedap Malam",
            "6",
            f"Rp{nb}1.500.000",
            f"Rp{nb}150.000",
            f"Rp{nb}1.350.000",
        ],
        [
            "2",
            "Kelompok Jaya Bersama",
            "10",
            f"Rp{nb}5.000.000",
            f"Rp{nb}250.000",
            f"Rp{nb}4.750.000",
        ],
        ["", "Jumlah", "16", f"Rp{nb}6.500.000", f"Rp{nb}400.000", f"Rp{nb}6.100.000"],
    ]


def test_a_person_with_two_roles_signs_once(tmp_path: Path) -> None:
    doc = minutes_of(tmp_path, "yogyakarta")
    signatures = doc.tables[-1]
    cells = [c.text for row in signatures.rows for c in row.cells]
    # Wahyu Nugroho guided the workshop and is the group's mentor: one line, both roles
    assert cells.count("Wahyu Nugroho (LSM Bina Swadaya)") == 1
    assert "Fasilitator dan Pendamping" in cells
    # the lurah guided it too, and signs once, under "Mengetahui"
    assert cells.count("Lurah Warungboto") == 2  # one cell spanning two columns
    assert "Pendamping" not in cells

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


def table_with(
    doc: docx.document.Document, first_cell: str, column: int = 0, text: str = ""
) -> list[list[str]]:
    """The first table whose header starts with ``first_cell`` (and holds ``text`` in ``column``)."""
    for table in doc.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        head = cells[0]
        if head[0] == first_cell and (not text or (len(head) > column and head[column] == text)):
            return cells
    raise AssertionError(first_cell)


def test_number_day_and_money_handed_over(tmp_path: Path) -> None:
    """Every source whole, per group, dated as the plans date it (#15): Sedap Malam's grant is
    Rp 5.000.000 (Rp 3.500.000 for its equipment, Rp 1.500.000 lent on), not only the part lent
    on; Jaya Bersama's BMM loan is a row of its own; grants (Rp 10.000.000, agreement 4) and
    loans are totalled apart; the hand-over is 1 Sep 2003, not the workshop's 13 Aug; what a
    borrower signs for is her group's own amount (Rp 250.000 in Sedap Malam)."""
    doc = minutes_of(tmp_path, "palembang")
    texts = [p.text for p in doc.paragraphs]
    assert texts[2] == "Nomor: ……/BA-PRA/13 Ilir/VIII/2003"  # the register number is left blank
    assert texts[3].startswith("Pada hari Rabu, tanggal 13\u00a0Agustus\u00a02003, bertempat di")
    heading = texts.index("Dana untuk kelompok menurut rencana modal")
    assert texts[heading + 1].startswith("Setiap sumber dana setiap kelompok dengan jumlah")
    nb = "\u00a0"
    assert texts[heading + 2 : heading + 4] == [
        f"•\tKelompok Sedap Malam: pada putaran pertama 6 dari 10 anggota meminjam Rp{nb}250.000 "
        f"masing-masing dari dana bergulir, mulai 1{nb}September{nb}2003; "
        f"Rp{nb}25.000 per peminjam dipotong saat dana diserahkan (Simpanan pokok koperasi "
        "Bina Vitalis), jadi setiap peminjam "
        f"menandatangani penerimaan pinjaman Rp{nb}250.000 dan menerima tunai Rp{nb}225.000 "
        f"(jumlah Rp{nb}1.350.000).",
        f"•\tKelompok Jaya Bersama: pada putaran pertama 10 dari 10 anggota meminjam "
        f"Rp{nb}500.000 masing-masing dari dana bergulir, mulai 1{nb}September{nb}2003; "
        f"Rp{nb}25.000 per peminjam dipotong saat dana diserahkan (Simpanan pokok koperasi "
        "Bina Vitalis), jadi setiap peminjam "
        f"menandatangani penerimaan pinjaman Rp{nb}500.000 dan menerima tunai Rp{nb}475.000 "
        f"(jumlah Rp{nb}4.750.000).",
    ]
    money = table_with(doc, "No", column=2, text="Sumber dana")
    grant = "Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis"
    assert money == [
        [
            "No",
            "Kelompok",
            "Sumber dana",
            "Jumlah",
            "Untuk usaha kelompok",
            "Dipinjamkan ke anggota",
            "Diserahkan",
        ],
        [
            "1",
            "Kelompok Sedap Malam",
            grant,
            f"Rp{nb}5.000.000",
            f"Rp{nb}3.500.000",
            f"Rp{nb}1.500.000",
            f"1{nb}Sep{nb}2003",
        ],
        [
            "2",
            "Kelompok Jaya Bersama",
            grant,
            f"Rp{nb}5.000.000",
            "—",
            f"Rp{nb}5.000.000",
            f"1{nb}Sep{nb}2003",
        ],
        # the loan's row names its group too: empty No and Kelompok cells read as nobody's
        # (#13); each row its own number (rev13-lender 13: both of Jaya Bersama's were "2")
        [
            "3",
            "Kelompok Jaya Bersama",
            "Pinjaman BMM",
            f"Rp{nb}3.000.000",
            f"Rp{nb}3.000.000",
            "—",
            f"1{nb}Sep{nb}2003",
        ],
        ["", "Jumlah bantuan", "", f"Rp{nb}10.000.000", f"Rp{nb}3.500.000", f"Rp{nb}6.500.000", ""],
        ["", "Jumlah pinjaman", "", f"Rp{nb}3.000.000", f"Rp{nb}3.000.000", "—", ""],
    ]
    # the example's agreement 4 says the same figures and date (its amounts keep together)
    assert (
        f"4.\tDana stimulan Rp{nb}10.000.000, Rp{nb}5.000.000 untuk setiap kelompok, diserahkan "
        f"1{nb}September{nb}2003; setiap peminjam menandatangani penerimaan pinjamannya "
        f"(Sedap Malam Rp{nb}250.000, Jaya Bersama Rp{nb}500.000)."
    ) in texts


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

"""The members' repayment table ("Angsuran setiap peminjam") keeps every amount and date whole,
however large the loan (#13, BMM review variant v4: 8-digit amounts)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
from docx.oxml.ns import qn

from pra.export.blocks import Writer
from pra.export.files import export_workshop
from pra.export.measure import widest_in
from pra.export.tables import CELL_MARGIN_TWIPS
from pra.export.template import load_template
from pra.model import Deduction

from .factory import example

NB = "\u00a0"


def _repayment_table(tmp_path: Path, **capital: object) -> tuple[list[int], list[list[str]]]:
    """Jaya Bersama alone with its capital plan changed, exported: the repayment table's
    column widths (twips) and its cells' text."""
    ws = example("palembang")
    jaya = ws.groups[1]
    group = jaya.model_copy(update={"capital": jaya.capital.model_copy(update=capital)})
    path = export_workshop(
        ws.model_copy(update={"groups": (group,)}), source="p", output=tmp_path, drafts=True
    )
    doc = docx.Document(str(path.documents[0]))
    [table] = [t for t in doc.tables if t.rows[0].cells[0].text == "Bulan ke-"]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    return grid, [[c.text for c in row.cells] for row in table.rows]


def _sizes() -> tuple[float, float]:
    w = Writer(load_template().new_document(), "id")
    return w.font_size(w.style_id("Table Heading")), w.font_size(w.style_id("Table Text"))


def _every_word_fits(grid: list[int], rows: list[list[str]]) -> None:
    head, body = _sizes()
    for i, row in enumerate(rows):
        for col, text in enumerate(row):
            if row.count(text) > 1 and i == len(rows) - 1:
                continue  # "Jumlah" spans two columns
            need = widest_in(text, head if i == 0 else body, bold=i == 0 or i == len(rows) - 1)
            assert need + 2 * CELL_MARGIN_TWIPS + 20 <= grid[col], (i, col, text, grid)


def test_eight_digit_amounts_and_their_dates_keep_whole(tmp_path: Path) -> None:
    # Variant v4: Rp 12.500.000 lent to each member over 12 months, jasa 1% (125.000), dues
    # 5.000, Asuransi 0,25% (31.250) and Tabungan wajib 2.500 a month: principal 12.500.000 ÷
    # 12 = 1.041.666,67 → 11 × 1.042.000 (Rp 500) + 1.038.000; the first month pays
    # 1.042.000 + 125.000 + 5.000 + 33.750 = 1.205.750 and owes 11.458.000 after it. Eight
    # columns of "Rp 11.458.000"-wide amounts are wider than the page: Word cut them
    # ("Rp 11.458.00 / 0"), the dates letter by letter ("Okto / ber") and the header
    # ("B / ul / a / n"). "Rp" goes to the header and the months' names are short.
    deductions = (
        *example("palembang").groups[1].capital.deductions,
        Deduction(id="m1", label="Tabungan wajib", kind="share", amount=2_500, frequency="monthly"),
        Deduction(
            id="m2", label="Asuransi", kind="admin", percent=Decimal("0.25"), frequency="monthly"
        ),
    )
    grid, rows = _repayment_table(tmp_path, stimulus_per_member=12_500_000, deductions=deductions)
    assert rows[0][2:] == [
        "Pokok (Rp)",
        "Jasa (Rp)",
        "Iuran (Rp)",
        "Lain (Rp)",
        "Setoran (Rp)",
        "Sisa pinjaman (Rp)",
    ]
    assert rows[1] == [
        "1",
        f"6{NB}Okt{NB}2003",
        "1.042.000",
        "125.000",
        "5.000",
        "33.750",
        "1.205.750",
        "11.458.000",
    ]
    assert rows[-1][2:7] == ["12.500.000", "1.500.000", "60.000", "405.000", "14.465.000"]
    _every_word_fits(grid, rows)


def test_ordinary_amounts_keep_rupiah_and_whole_dates(tmp_path: Path) -> None:
    # Jaya Bersama as shipped: Rp 500.000, 11 × 42.000 + 38.000, jasa 5.000, dues 5.000
    grid, rows = _repayment_table(tmp_path)
    assert rows[0][2] == "Pokok"
    assert rows[1] == [
        "1",
        f"6{NB}Oktober{NB}2003",
        f"Rp{NB}42.000",
        f"Rp{NB}5.000",
        f"Rp{NB}5.000",
        f"Rp{NB}52.000",
        f"Rp{NB}458.000",
    ]
    _every_word_fits(grid, rows)

"""What a reader needs on one page stays there (#13): the pledge table's end with the totals under
it (Penjahit's "Jumlah janji hati…" went alone to the next page), and Jaya Bersama's cash flow as
one table on a landscape page (it was two stacked tables, so a month's closing cash was not on the
row of its sales)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from pra.export.files import export_workshop

from .factory import example


def plan(tmp_path: Path, city: str, group: str) -> docx.document.Document:
    result = export_workshop(example(city), source="t", output=tmp_path, lang="id")
    [path] = [p for p in result.documents if group in p.name]
    return docx.Document(str(path))


def test_the_pledge_table_keeps_its_end_with_the_totals_under_it(tmp_path: Path) -> None:
    doc = plan(tmp_path, "surabaya", "Penjahit")
    table = next(
        t
        for t in doc.tables
        if [c.text for c in t.rows[0].cells][:4] == ["No", "Nama", "Janji", "Nilai"]
    )
    after = table._tbl.getnext()
    assert after.xpath("string(.)").startswith("Jumlah janji hati bernilai rupiah: Rp")
    # the last two rows (the last pledge and the total) each keep with what follows
    for row in table.rows[-2:]:
        for cell in row.cells:
            assert cell.paragraphs[0]._p.pPr.find(qn("w:keepNext")) is not None


def test_jaya_bersama_cash_flow_is_one_table_on_a_landscape_page(tmp_path: Path) -> None:
    doc = plan(tmp_path, "palembang", "Jaya Bersama")
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Bulan"]
    flows = [t for t in tables if "Penjualan" in [c.text for c in t.rows[0].cells]]
    assert len(flows) == 1
    header = [c.text for c in flows[0].rows[0].cells]
    assert header[1] == "Penjualan" and header[-1] == "Kas akhir"
    # the section holding it is landscape: its sectPr comes after the table, in the next
    # paragraph that carries one
    el = flows[0]._tbl
    while el is not None and el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None:
        el = el.getnext()
    assert el is not None
    size = el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}/{qn('w:pgSz')}")
    assert size.get(qn("w:orient")) == "landscape"

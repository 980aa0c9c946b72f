"""The progress report's last pages (#15): the signatures stand under the report's last
paragraph, in a block no taller than it needs, and two tables of one section never touch.

Palembang's Jaya Bersama, 1 January – 30 June 2004: before, page 4 ended 40% empty and
page 5 held only "Tanda tangan" and the signatures (their grid ended in a 2 cm empty row,
and every gap after a name was a signature high); the "Masalah" and "Tindak lanjut"
tables touched.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from pra import store
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.export.report import build_report
from pra.export.report_files import export_reports
from pra.export.signing import GAP_TWIPS, SIGNATURE_SPACE_TWIPS
from pra.export.template import load_template
from pra.resources import example_path

FIRST, LAST = dt.date(2004, 1, 1), dt.date(2004, 6, 30)


def _jaya() -> docx.document.Document:
    ws = store.load(example_path("palembang"))
    jaya = next(g for g in ws.groups if g.name == "Kelompok Jaya Bersama")
    return build_report(ws, jaya, load_template(), "id", FIRST, LAST)


def _body(document: docx.document.Document) -> list[tuple[str, str]]:
    """The body's blocks in order: ("p", text) or ("tbl", first cell's text)."""
    out = []
    for el in document.element.body:
        if el.tag == qn("w:p"):
            out.append(("p", "".join(t.text or "" for t in el.iter(qn("w:t")))))
        elif el.tag == qn("w:tbl"):
            cell = next(el.iter(qn("w:tc")))
            out.append(("tbl", "".join(t.text or "" for t in cell.iter(qn("w:t")))))
    return out


def test_the_signatures_keep_with_the_reports_last_paragraph_in_a_compact_block() -> None:
    doc = _jaya()
    paragraphs = doc.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == "Tanda tangan")
    before = paragraphs[at - 1]
    assert before.text.startswith("Kelompok mengakui pesanan tidak dibagi adil")  # reflection
    assert before.paragraph_format.keep_with_next is True
    grid = doc.tables[-1]
    cells = [[c.text for c in row.cells] for row in grid.rows]
    heights = [row.height.twips if row.height is not None else None for row in grid.rows]
    # Ketua | Bendahara, room to sign, names, a small gap, Pendamping, room to sign, name:
    # nothing after the last name
    assert [c[0] for c in cells] == [
        "Ketua",
        "",
        "Zulkifli",
        "",
        "Pendamping",
        "",
        "Hendra Saputra (Yayasan Bina Vitalis)",
    ]
    assert [heights[i] for i in (1, 3, 5)] == [
        SIGNATURE_SPACE_TWIPS,
        GAP_TWIPS,
        SIGNATURE_SPACE_TWIPS,
    ]


def test_the_problems_and_the_follow_ups_tables_do_not_touch() -> None:
    body = _body(_jaya())
    at = body.index(("tbl", "Tanggal"), body.index(("p", "Masalah dan tindak lanjut")))
    assert body[at + 1 : at + 3] == [
        ("p", "Tindak lanjut yang disepakati di pertemuan:"),
        ("tbl", "Tindak lanjut"),
    ]


@pytest.mark.slow
@pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)
def test_the_last_page_holds_report_text_above_the_signatures(tmp_path: Path) -> None:
    result = export_reports(
        store.load(example_path("palembang")),
        source="palembang.json",
        group="Kelompok Jaya Bersama",
        first=FIRST,
        last=LAST,
        output=tmp_path,
    )
    [pdf] = convert_to_pdf(result.documents)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last_page = [page for page in text.split("\f") if page.strip()][-1]
    above = last_page.split("Tanda tangan")[0]
    assert "dua minggu." in above  # the reflection's last words, on the signatures' page
    assert "Hendra Saputra" in last_page.split("Tanda tangan")[1]

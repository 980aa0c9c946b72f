"""A note under a table (its legend) never starts a page alone (PDF and python-docx).

Small documents made with the plan's :class:`Writer` — 0 to 49 filler lines,
a heading, a table of six rows and a note — move the note over a page foot
line by line; all are converted by one LibreOffice run. In every one, the
note is printed right under its table's last row, never first on a page.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from pra.export.blocks import Writer
from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.export.tables import Column
from pra.export.template import load_template
from tests.export.factory import example

FILLER = range(50)
"""About 50 lines to a page: the note passes over a page's foot in this sweep."""
NOTE = "Catatan tabel: kas akhir = kas awal + penjualan."


SUMS = ["Jumlah: Rp 1.000 + … + Rp 6.000 = Rp 21.000", "Rata-rata: Rp 21.000 ÷ 6 = Rp 3.500"]


def written(folder: Path, filler: int, kind: str = "note") -> Path:
    doc = load_template().new_document()
    w = Writer(doc, "id")
    for i in range(filler):
        w.paragraph(f"Baris pengisi ke-{i + 1}.")
    w.heading("Arus kas", 2)
    rows = [(f"Bulan {i + 1}", f"Rp {i + 1}.000") for i in range(6)]
    w.table([Column(1), Column(1, "right")], ["Bulan", "Kas akhir"], rows)
    if kind == "note":
        w.note(NOTE)
    else:  # the sums of the table, as the repayment section writes them
        w.lines(SUMS)
    w.paragraph("Bagian berikutnya.")
    path = folder / f"{kind}-{filler:02d}.docx"
    doc.save(str(path))
    return path


@pytest.mark.slow
@pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)
@pytest.mark.parametrize(("kind", "first"), [("note", NOTE), ("lines", f"• {SUMS[0]}")])
def test_a_note_or_the_sums_under_a_table_print_with_its_last_row(
    kind: str, first: str, tmp_path: Path
) -> None:
    paths = [written(tmp_path, n, kind) for n in FILLER]
    convert_to_pdf(paths)
    spots = set()
    for n, path in zip(FILLER, paths, strict=True):
        text = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path.with_suffix(".pdf")), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.replace("\u00a0", " ")
        for number, page in enumerate(text.split("\f"), start=1):
            lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
            if first in lines:
                at = lines.index(first)
                spots.add(at)
                assert at > 0 and lines[at - 1] == "Bulan 6 Rp 6.000", f"{n} lines, page {number}"
    assert min(spots) <= 8  # the sweep did bring the note to the top of a page


def test_the_notes_under_the_example_plans_tables_keep_with_them(tmp_path: Path) -> None:
    """Tri Astha's grant sentence under the money-by-source tables started page 10 alone."""
    result = export_workshop(example("yogyakarta"), source="y", output=tmp_path)
    doc = docx.Document(str(result.documents[0]))
    body = list(doc.element.body.iterchildren())
    notes = 0
    for i, el in enumerate(body):
        style = el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if el.tag != qn("w:p") or style is None or style.get(qn("w:val")) != "Note":
            continue
        before = i - 1
        while (
            before >= 0 and body[before].tag == qn("w:p") and not "".join(body[before].itertext())
        ):
            before -= 1
        if body[before].tag != qn("w:tbl"):
            continue
        notes += 1
        last_row = body[before].findall(qn("w:tr"))[-1]
        kept = [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") for p in last_row.iter(qn("w:p"))]
        assert all(k is not None for k in kept), "".join(el.itertext())
    assert notes >= 2  # the criteria key and the grant sentence (no lender: no lender note)


@pytest.mark.slow
@pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)
def test_no_page_of_an_example_plan_starts_with_a_note(tmp_path: Path) -> None:
    """Penjahit's and Pertukangan's rounding note ("Jasa dan potongan dalam persen dihitung …")
    started a page, away from the instalment sums it is about."""
    from pra.resources import EXAMPLES

    docs = [
        path
        for name in EXAMPLES
        for path in export_workshop(example(name), source=name, output=tmp_path / name).documents
    ]
    convert_to_pdf(docs)
    for path in docs:
        doc = docx.Document(str(path))
        notes = [
            " ".join(p.text.replace("\u00a0", " ").split())
            for p in doc.paragraphs
            if p.style is not None and p.style.name == "Note" and p.text.strip()
        ]
        text = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path.with_suffix(".pdf")), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.replace("\u00a0", " ")
        for number, page in enumerate(text.split("\f"), start=1):
            lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
            if lines:
                starts = [n for n in notes if n.startswith(lines[0])]
                assert not starts, f"{path.name}, page {number}: {starts[0][:60]}"

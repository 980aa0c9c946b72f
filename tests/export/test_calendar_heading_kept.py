"""The calendar's heading, legend and "Bagian 1 dari …" stand on the page of its first rows (#13).

smloan.json (``data/``, a reviewer's copy of Palembang: Sedap Malam borrows
Rp 1.000.000 from BMM weekly, one budget line moved to the loan) printed Sedap Malam's
"10. Kalender kegiatan", its legend and "Bagian 1 dari 2" alone on page 6 and the
table on page 7 (rev13b-lender finding 6/7): the first part was kept whole and did not
fit under them on its landscape page. Now it breaks between rows instead, so in the PDF
(LibreOffice) the heading's page also holds the header row and the calendar's first step.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from tests.export.test_keep_with_table import pages

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_soffice() is None or shutil.which("pdftotext") is None,
        reason="LibreOffice and poppler-utils are needed (CI installs them)",
    ),
]

SMLOAN = Path(__file__).parent / "data" / "smloan.json"
HEADING = "10. Kalender kegiatan"
FIRST_STEP = re.compile(r"^1\*?\. \S")


def test_the_calendar_heading_page_holds_the_first_row(tmp_path: Path) -> None:
    result = export_workshop(store.load(SMLOAN), source="t", output=tmp_path, drafts=True)
    pdfs = convert_to_pdf(result.documents)
    assert len(pdfs) == 2
    for pdf in pdfs:
        (page,) = [p for p in pages(pdf) if HEADING in p]
        assert any(line.startswith("Bagian 1 dari ") for line in page), pdf.name
        assert any(line.startswith("Langkah Mg 1") for line in page), pdf.name
        assert any(FIRST_STEP.match(line) for line in page), (pdf.name, page)

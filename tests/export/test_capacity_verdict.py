"""Page 1 and the printed analysis say the same repayment-capacity verdict (review rev13-code
F-c: the analysis page printed the capacity and the weakest month but not what the cash flow
shows, which page 1 says)."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from pra.i18n import t

from .factory import example

NB = "\u00a0"


def _paragraphs(path: Path) -> list[str]:
    return [p.text.replace(NB, " ") for p in docx.Document(str(path)).paragraphs]


def test_the_printed_analysis_says_page_ones_verdict(tmp_path: Path) -> None:
    ws = example("surabaya")
    path = export_workshop(ws, source="s", output=tmp_path, group="Kelompok Pertukangan")
    texts = _paragraphs(path.documents[0])
    page_one = next(line for line in texts if line.startswith("Arus kas"))
    at = texts.index(t("export.analysis.heading_capacity"))
    printed = " ".join(texts[at + 1 : at + 12])
    # page 1 says the verdict in one sentence (s13-lender: page 1 stays one page), naming the
    # weakest month the analysis page says in full
    assert "bulan terlemah, September 2003: laba Rp 0 per anggota" in page_one
    assert "Tetapi bulan terlemah dengan angsuran atau iuran adalah September 2003" in printed
    # every sentence of the cash flow's on page 1 is on the analysis page too
    for sentence in (
        "Arus kas: dalam 11 bulan, September 2003 sampai Juli 2004, kas kelompok tidak cukup",
        "Sesudah Juli 2004 kas cukup; angsuran terakhir Agustus 2004, sisa Rp 502.000.",
        "Angsuran pertama 1 September 2003, penjualan mulai 1 Januari 2004",
    ):
        assert sentence in page_one
        assert sentence in printed

"""The printed plan says the fund's repayment day and dates its schedule by it (#13)."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop

from .factory import example
from .test_docx import text_of

NB = "\u00a0"


def test_tri_astha_prints_its_repayment_day_and_the_fifth_of_each_month(tmp_path: Path) -> None:
    ws = example("yogyakarta")
    (path,) = export_workshop(ws, source="y", output=tmp_path).documents
    text = text_of(path).replace(NB, " ")
    # its rule "pertemuan bulanan tanggal 5"; handed over at its step, 1 November 2003
    assert "Angsuran jatuh setiap tanggal 5, yang pertama sedikitnya sebulan sesudah" in text
    assert (
        "pertama pada tanggal 5 yang sedikitnya sebulan sesudah dana diserahkan"
        " (1 November 2003): 5 Desember 2003" in text
    )
    # the schedule: 10 instalments, 5 December 2003 to 5 September 2004, none on the 1st
    assert "5 Desember 2003" in text and "5 September 2004" in text
    assert "1 Desember 2003" not in text

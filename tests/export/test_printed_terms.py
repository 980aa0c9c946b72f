"""One name for one thing on the printed plan (#13): the money a member gets from the fund is a
loan ("pinjaman") in every section, as the summary, the repayment table and the berita acara say."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop

from .factory import example
from .test_docx import text_of


def test_the_money_a_member_gets_is_a_loan_in_every_section(tmp_path: Path) -> None:
    result = export_workshop(example("palembang"), source="t", output=tmp_path, lang="id")
    text = text_of(result.documents[0]).replace("\u00a0", " ")  # Sedap Malam
    # 6 first-round borrowers each receive Rp 250.000 − Rp 25.000 kept in the fund = Rp 225.000
    # said as the capital table's row "Pinjaman anggota" (rev15-lender 9)
    assert "Pinjaman anggota: bagian Bantuan stimulan" in text
    assert "diterima tunai 6 anggota × Rp 225.000 = Rp 1.350.000" in text
    assert "Pinjaman per anggota: Rp 250.000" in text
    assert "stimulan per anggota" not in text and "Bantuan stimulan diterima" not in text


def test_the_english_plan_says_loan_too(tmp_path: Path) -> None:
    result = export_workshop(example("palembang"), source="t", output=tmp_path, lang="en")
    text = text_of(result.documents[0]).replace("\u00a0", " ")
    assert "Members' loans: the part of" in text
    assert "received in cash by 6 members × Rp 225,000 = Rp 1,350,000" in text
    assert "Loan per member: Rp 250,000" in text
    assert "Stimulus grant per member" not in text

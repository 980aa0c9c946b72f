"""What a lender's officer checks on the printed plan (#13): the loan's agreed terms on page 1
and above the lender's schedule, and what a member receives in cash beside what she borrows."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop

from .factory import example

NB = "\u00a0"

# Jaya Bersama's BMM loan, worked by hand: 1,5% flat of Rp 3.000.000 a month = Rp 45.000,
# × 12 months = Rp 540.000 interest; handed over at step 3 (Mencari modal), scheduled
# 1 September 2003; one month's grace to 1 October 2003 (a Wednesday); the first Monday a
# week after that is 13 October 2003, as the schedule's first row says.
JAYA_TERMS = (
    "Syarat Pinjaman BMM: pokok Rp 3.000.000; bunga 1,5% per bulan flat dari pokok awal,"
    " seluruhnya Rp 540.000 selama 12 bulan; jangka 12 bulan; angsuran mingguan setiap hari"
    " Senin; dana diserahkan 1 September 2003; masa tenggang 1 bulan sesudah dana diserahkan;"
    " tanggung renteng."
)


def _paragraphs(tmp_path: Path, index: int) -> list[str]:
    path = export_workshop(example("palembang"), source="p", output=tmp_path).documents[index]
    return [p.text.replace(NB, " ") for p in docx.Document(str(path)).paragraphs]


def _summary(texts: list[str]) -> list[str]:
    at = texts.index("Ringkasan rencana")
    end = next(i for i, t in enumerate(texts) if t.startswith("1. "))
    return texts[at:end]


def test_the_lender_loans_terms_are_on_page_one_and_above_its_schedule(tmp_path: Path) -> None:
    texts = _paragraphs(tmp_path, 1)
    assert JAYA_TERMS in _summary(texts)
    heading = texts.index("Angsuran kepada pemberi pinjaman: Pinjaman BMM")
    # the terms come first under the schedule's heading, then the repayment sentence
    assert texts[heading + 1] == JAYA_TERMS
    assert texts[heading + 2].startswith("Pinjaman BMM dikembalikan dalam 52 angsuran")


def test_page_one_says_what_a_member_borrows_and_what_she_receives_in_cash(
    tmp_path: Path,
) -> None:
    # Rp 500.000 lent; the simpanan pokok Rp 25.000 is kept back at the hand-over and stays
    # the member's own: 500.000 − 25.000 = Rp 475.000 in cash
    assert (
        "Putaran pertama dana bergulir, 1 September 2003: semua 10 anggota masing-masing"
        " meminjam Rp 500.000, menerima tunai Rp 475.000 (Simpanan pokok koperasi Bina Vitalis"
        " Rp 25.000 per anggota dipotong saat dana diserahkan: tetap milik anggota, disimpan di"
        " dana bergulir dan dikembalikan bila anggota keluar), dan mengangsur"
        " pokok dan jasa Rp 47.000 per bulan (12 kali, terakhir Rp 43.000) mulai 6 Oktober"
        " 2003; iuran wajib dibayar terpisah." in _summary(_paragraphs(tmp_path, 1))
    )

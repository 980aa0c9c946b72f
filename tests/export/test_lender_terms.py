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
# The term (rev13-lender finding 9: "jangka 12 bulan" beside instalments until 27 September
# 2004, 12,9 months after the hand-over): 12 months of instalments after the month's grace,
# 1 October 2003 to 30 September 2004, 13 months from 1 September 2003; 52 Mondays from
# 6 October 2003 (6 + 51 × 7 days = 27 September 2004) inside them.
JAYA_TERMS = (
    "Syarat Pinjaman BMM: pokok Rp 3.000.000; bunga 1,5% per bulan flat dari pokok awal,"
    " seluruhnya Rp 540.000 selama 12 bulan; jangka 12 bulan angsuran sesudah masa tenggang"
    " 1 bulan, jadi 13 bulan sejak dana diserahkan (angsuran pertama 6 Oktober 2003, terakhir"
    " 27 September 2004); angsuran mingguan setiap hari Senin; dana diserahkan 1 September"
    " 2003; masa tenggang 1 bulan sesudah dana diserahkan; tanggung renteng."
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
    # page 1 says the terms in its one sentence on the loan (#13: page 1 stays one page)
    assert [t for t in _summary(texts) if t.startswith("Pinjaman BMM Rp 3.000.000")] == [
        "Pinjaman BMM Rp 3.000.000, diserahkan 1 September 2003, bunga 1,5% per bulan flat,"
        " masa tenggang 1 bulan, tanggung renteng: 52 angsuran mingguan setiap hari Senin mulai"
        " 6 Oktober 2003 sampai 27 September 2004, Rp 68.500 setiap kali, terakhir Rp 46.500,"
        " seluruhnya Rp 3.540.000; bunga efektif 33,7% setahun (syarat dan jadwalnya di bagian"
        " angsuran kepada pemberi pinjaman). Pinjaman BMM membeli: Mesin jahit; Mesin obras;"
        " Gunting kain; Lampu dan kabel (Rp 2.155.000); Rp 845.000 untuk bahan dan biaya bulanan di muka"
        " disimpan di kas."
    ]
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
        " 2003; iuran wajib dibayar terpisah."
        # what the loans buy, in the same paragraph (#13)
        " Pinjaman putaran pertama membeli: Mesin jahit bekas di rumah; Gunting dan alat jahit sendiri."
        in _summary(_paragraphs(tmp_path, 1))
    )


def _jaya_loan(tmp_path: Path, **terms: object) -> tuple[list[str], list[list[str]]]:
    """Jaya Bersama alone with its BMM loan's terms changed, exported: the paragraphs, and the
    rows of every table (their cells' text)."""
    ws = example("palembang")
    jaya = ws.groups[1]
    loan = jaya.capital.loans[0].model_copy(update=terms)
    sources = tuple(loan if s.id == loan.id else s for s in jaya.capital.sources)
    group = jaya.model_copy(
        update={"capital": jaya.capital.model_copy(update={"sources": sources})}
    )
    path = export_workshop(ws.model_copy(update={"groups": (group,)}), source="p", output=tmp_path)
    doc = docx.Document(str(path.documents[0]))
    rows = [
        [c.text.replace(NB, " ") for c in row.cells] for table in doc.tables for row in table.rows
    ]
    return [p.text.replace(NB, " ") for p in doc.paragraphs], rows


def test_a_declining_loan_says_its_instalments_fall_and_charges_the_first_period_in_full(
    tmp_path: Path,
) -> None:
    # BMM review, variant v1 (#13): Rp 3.000.000 at 2% a month on the balance, 12 monthly
    # instalments on the 31st, handed over 1 September 2003 without grace. First due
    # 31 October, 1 month and 30 of October's 31 days later: interest 2% × 3.000.000 ×
    # (1 + 30/31) = 118.065 (60.000 + 58.064,52), first instalment 250.000 + 118.065 =
    # 368.065; then 305.000, 300.000 … 255.000 (250.000 + 2% × 250.000); interest
    # 118.065 + 5.000 × 66 = 448.065, 3.448.065 in all; effective 26,7% (above 24% nominal).
    # It said "Rp 310.000 setiap kali, terakhir Rp 255.000" and 22,7%. In the group's Rp 500
    # the first interest is paid 118.000, the 65 carried to the last: 255.065 (#13), rounded
    # up to the unit: 255.500, interest 448.500, 3.448.500 in all (rev16-lender 8).
    import datetime as dt
    from decimal import Decimal

    texts, _rows = _jaya_loan(
        tmp_path,
        rate_percent=Decimal(2),
        method="declining",
        frequency="monthly",
        due_day=31,
        grace_months=0,
        disbursed_on=dt.date(2003, 9, 1),
        disbursement_step_id=None,
    )
    repayment = (
        "Pinjaman BMM dikembalikan dalam 12 angsuran bulanan setiap tanggal 31 (atau hari"
        " terakhir bulan itu) mulai 31 Oktober 2003: angsuran turun dari Rp 368.000 sampai"
        " Rp 255.500, seluruhnya Rp 3.448.500; bunga efektif 26,7% setahun, dihitung dari hari"
        " dana diserahkan (1 September 2003)."
    )
    # page 1 in one sentence: the instalments falling, the same effective rate
    assert (
        "Pinjaman BMM Rp 3.000.000, diserahkan 1 September 2003, bunga 2% per bulan dari sisa"
        " pokok, tanpa masa tenggang, tanggung renteng: 12 angsuran bulanan setiap tanggal 31"
        " (atau hari terakhir bulan itu) mulai 31 Oktober 2003 sampai 30 September 2004, turun"
        " dari Rp 368.000 sampai"
        " Rp 255.500, seluruhnya Rp 3.448.500; bunga efektif 26,7% setahun"
    ) in " ".join(_summary(texts))
    heading = texts.index("Angsuran kepada pemberi pinjaman: Pinjaman BMM")
    assert texts[heading + 2] == repayment
    assert texts[heading + 3] == (
        "Angsuran pertama jatuh 31 Oktober 2003, 1 bulan 30 hari sesudah dana diserahkan"
        " (1 September 2003): bunganya dihitung untuk waktu itu, 2% × Rp 3.000.000 ×"
        " (1 + 30/31) = Rp 118.065."
    )
    # the terms and the money-by-source table say the interest the schedule charges (the
    # table took an undated schedule: Rp 3.390.000)
    assert "seluruhnya Rp 448.500 selama 12 bulan" in texts[heading + 1]
    assert (
        "Pinjaman BMM dikembalikan dari kas usaha kelompok, bukan dari uang di tabel berikut: BMM"
        " menerima kembali pokok Rp 3.000.000 + bunga Rp 448.500 = Rp 3.448.500, setiap angsuran"
        " pada bulannya (lihat arus kas dan jadwal angsurannya)."
    ) in texts


def test_equal_instalments_to_a_lender_name_no_last_one(tmp_path: Path) -> None:
    # BMM review, variant v2 (#13): Rp 3.000.000 at 1,5% flat over 24 months after 2 months'
    # grace: principal 3.000.000 ÷ 24 = 125.000, interest 1,5% × 3.000.000 = 45.000: 170.000
    # every month, the last one too; 24 × 170.000 = 4.080.000. It printed "Rp 170.000 setiap
    # kali, terakhir Rp 170.000" on page 1 and in section 13. Grace to 1 Nov 2003, the first
    # day 31 on or after it is Nov's last, 30 Nov 2003 (31 Dec before review 10p finding 10); the
    # IRR of 24 × 170.000 from 30 Nov 2003 to 31 Oct 2005 against 3.000.000 on 1 Sep 2003,
    # recomputed apart by bisection: 30,27%.
    import datetime as dt

    texts, _ = _jaya_loan(
        tmp_path,
        term_months=24,
        frequency="monthly",
        due_day=31,
        grace_months=2,
        disbursed_on=dt.date(2003, 9, 1),
        disbursement_step_id=None,
    )
    lines = [t for t in texts if t.startswith("Pinjaman BMM dikembalikan dalam")]
    assert len(lines) == 1  # section 13; page 1 says it in its one sentence on the loan
    assert "mulai 30 November 2003 sampai 31 Oktober 2005, Rp 170.000 setiap kali," in (
        " ".join(_summary(texts))
    )
    assert set(lines) == {
        "Pinjaman BMM dikembalikan dalam 24 angsuran bulanan setiap tanggal 31 (atau hari"
        " terakhir bulan itu) mulai 30 November 2003: Rp 170.000 setiap kali, seluruhnya"
        " Rp 4.080.000; bunga efektif 30,3% setahun, dihitung dari hari dana diserahkan"
        " (1 September 2003), masa tenggang 2 bulan termasuk."
    }
    # 3.000.000 ÷ 24 = 125.000 and 1,5% × 3.000.000 × 24 = 1.080.000 ÷ 24 = 45.000: exact
    assert (
        "Pembulatan jadwal ini: pokok Rp 3.000.000 ÷ 24 = Rp 125.000 setiap kali, tanpa"
        " pembulatan; bunga flat Rp 1.080.000 ÷ 24 = Rp 45.000 setiap kali, tanpa pembulatan."
    ) in texts


def test_an_undated_loan_says_its_hand_over_day_is_not_set_and_what_the_plan_assumes(
    tmp_path: Path,
) -> None:
    # rev13-lender finding 6: "dana diserahkan tanggal penyerahan (belum ditentukan)" read
    # wrong, and page 1 named "bulan terberat, Januari 2004" from a date it never stated
    texts, _ = _jaya_loan(tmp_path, disbursed_on=None, disbursement_step_id=None)
    heading = texts.index("Angsuran kepada pemberi pinjaman: Pinjaman BMM")
    assert "; dana diserahkan pada hari yang belum ditentukan; " in texts[heading + 1]
    summary = " ".join(_summary(texts))
    assert "Pinjaman BMM Rp 3.000.000, tanggal penyerahan belum ditentukan, bunga" in summary
    # the assumption the capacity and the cash flow rest on, on page 1 (and over the cash flow)
    said = (
        "Tanggal penyerahan Pinjaman BMM belum ditentukan: arus kas, bulan terberat dan"
        " kemampuan mengangsur menganggap dana diserahkan pada hari pertama arus kas,"
        " 1 September 2003, dengan angsuran pertama 6 Oktober 2003."
    )
    assert said in summary
    assert sum(said in t for t in texts) == 2


def test_the_term_says_the_months_the_schedule_keeps_without_grace(tmp_path: Path) -> None:
    # rev13b-lender finding 3: flat, monthly on the 31st, no grace, handed over 1 September
    # 2003. By hand: the first due date is the first 31st (or month's end) on or after
    # 1 October 2003 (a month after the hand-over): 31 October 2003, 30 + 30 = 60 days
    # after; the 12th is 30 September 2004 (September has 30 days), 12 months (to 1 Sep
    # 2004) and 29 days after the hand-over. It said "jangka 12 bulan sejak dana diserahkan
    # (angsuran pertama 31 Oktober 2003, terakhir 30 September 2004)".
    import datetime as dt

    terms = {
        "frequency": "monthly",
        "grace_months": 0,
        "disbursed_on": dt.date(2003, 9, 1),
        "disbursement_step_id": None,
    }
    texts, _rows = _jaya_loan(tmp_path / "d31", due_day=31, **terms)
    heading = texts.index("Angsuran kepada pemberi pinjaman: Pinjaman BMM")
    said = texts[heading + 1]
    assert "sejak dana diserahkan" not in said
    assert (
        "; 12 angsuran bulanan, 31 Oktober 2003 – 30 September 2004: angsuran pertama 60 hari"
        " dan angsuran terakhir 12 bulan 29 hari sesudah dana diserahkan;"
    ) in said
    # due on the 1st: 1 October 2003 to 1 September 2004, exactly 12 months: the term holds
    texts, _rows = _jaya_loan(tmp_path / "d1", due_day=1, **terms)
    heading = texts.index("Angsuran kepada pemberi pinjaman: Pinjaman BMM")
    assert (
        "; jangka 12 bulan sejak dana diserahkan (angsuran pertama 1 Oktober 2003, terakhir"
        " 1 September 2004);"
    ) in texts[heading + 1]

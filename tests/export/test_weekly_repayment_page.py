"""Weekly repayments on the printed plan (#13): the schedule a month a row, "5 × 4.500" for a
month with five meeting days, and the rules and sentences say "setiap minggu"."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from pra.model import Workshop

from .factory import example

NB = "\u00a0"


def _weekly_sedap_malam() -> Workshop:
    """Sedap Malam repaying on Thursdays instead of on the 6th."""
    ws = example("palembang")
    group = ws.groups[0]
    capital = group.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 4})
    group = group.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": (group, *ws.groups[1:])})


def test_the_weekly_schedule_prints_a_month_a_row(tmp_path: Path) -> None:
    result = export_workshop(_weekly_sedap_malam(), source="t", output=tmp_path, lang="id")
    document = docx.Document(str(result.documents[0]))
    table = next(
        [[c.text.replace(NB, " ") for c in row.cells] for row in t.rows]
        for t in document.tables
        if t.rows[0].cells[1].text == "Hari angsuran"
    )
    # Rp 250.000 over 12 months weekly: 52 instalments from Thursday 11 Sep 2003 (handed over
    # Monday 1 Sep); 250.000 ÷ 52 = 4.807,69 rounded up to Rp 500 would repay it early
    # (51 × 5.000 = 255.000), so its 500 units of Rp 500 are shared out from the first week
    # (#13): 500 = 52 × 9 + 32, so 32 × 5.000 and 20 × 4.500 (it was 51 × 4.500 and a last
    # 20.500); the fee 1% × 250.000 = 2.500 a month × 12 = 30.000, 60 units = 52 + 8: 8 × 1.000
    # and 44 × 500 (it was 51 × 500 and a last 4.500); dues 5.000 a month
    assert table[1] == [
        "September 2003",
        "11, 18, 25",
        "3 × 5.000",
        "3 × 1.000",
        "5.000",
        "23.000",
        "235.000",
    ]
    # October 2003 has five Thursdays, weeks 4–8: 5 × (5.000 + 1.000) + 5.000 = 35.000
    assert table[2] == [
        "Oktober 2003",
        "2, 9, 16, 23, 30",
        "5 × 5.000",
        "5 × 1.000",
        "5.000",
        "35.000",
        "210.000",
    ]
    # April 2004 holds weeks 30–34: the last three of Rp 5.000 and the first two of Rp 4.500;
    # 15.000 + 9.000 + 5 × 500 + 5.000 = 31.500
    assert table[8] == [
        "April 2004",
        "1, 8, 15, 22, 29",
        "3 × 5.000 + 2 × 4.500",
        "5 × 500",
        "5.000",
        "31.500",
        "81.000",
    ]
    # the last week no larger than the others: 4.500 + 500 + the month's dues 5.000
    assert table[-2] == [
        "September 2004",
        "2",
        "4.500",
        "500",
        "5.000",
        "10.000",
        "0",
    ]
    assert len(table) == 2 + 13  # the header, Sep 2003 … Sep 2004, the totals
    text = "\n".join(p.text for p in document.paragraphs).replace(NB, " ")
    assert "Angsuran setiap minggu pada hari Kamis, yang pertama sedikitnya seminggu" in text
    # week by week 5.000 + 1.000 (weeks 1–8), 5.000 + 500 (9–32), 4.500 + 500 (33–52)
    assert (
        "dan mengangsur pokok dan jasa per minggu, berurutan, 8 × Rp 6.000, 24 × Rp 5.500,"
        " 20 × Rp 5.000 (52 kali) mulai 11 September 2003" in text
    )
    assert (
        "Cicilan pokok: Rp 250.000 ÷ 52 = Rp 4.807,69; dibulatkan ke atas ke Rp 500, pinjaman"
        " lunas sebelum angsuran terakhir, jadi pinjaman dibagi per Rp 500 satu demi satu mulai"
        " dari angsuran pertama: 32 × Rp 5.000, 20 × Rp 4.500." in text
    )
    assert "jadi angsuran dibulatkan ke bawah" not in text


def test_page_one_counts_the_hand_over_months_weekly_instalments_as_repaid(
    tmp_path: Path,
) -> None:
    """#13: weekly, the first round repays from the hand-over month itself, so September's
    instalments are money paid in, not deductions kept."""
    result = export_workshop(_weekly_sedap_malam(), source="t", output=tmp_path, lang="id")
    texts = [p.text.replace(NB, " ") for p in docx.Document(str(result.documents[0])).paragraphs]
    # September's dues come with its first instalment (11 Sep), so two members borrow on the
    # last Thursday of October 2003 (30 Oct): 2 × 225.000 = 450.000 in cash. Paid in by then:
    # September's instalments 6 borrowers × 3 Thursdays × (5.000 + 1.000) = 108.000 and dues
    # 10 × 5.000 = 50.000; October's 6 × 5 Thursdays × 6.000 = 180.000 and dues 50.000;
    # 388.000 < 450.000, so the first hand-over's deductions, 6 × 25.000 = 150.000, make up
    # the rest. (It said paid in "Rp 200.000" and kept "Rp 240.000": September's payments
    # were counted as kept, the closing balance of the hand-over month.)
    second = next(t for t in texts if t.startswith("Putaran kedua"))
    assert second == (
        "Putaran kedua Oktober 2003 (Herlina, Siti Zubaidah), dengan pinjaman tunai Rp 450.000"
        " dari dana bergulir, yang saat itu berisi angsuran, jasa dan iuran yang sudah masuk"
        " Rp 388.000 dan potongan yang disimpan saat putaran pertama Rp 150.000 (Simpanan"
        " pokok koperasi Bina Vitalis): angsuran saja belum cukup; sesudahnya 2 putaran lagi,"
        " yang terakhir Desember 2003. Pinjaman putaran pertama membeli: Dandang dan kukusan di rumah;"
        " Rantang dan keranjang antar."  # what the loans buy, after the rounds (#13)
    )

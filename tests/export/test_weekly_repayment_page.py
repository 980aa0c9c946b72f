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
    # (51 × 5.000 = 255.000), so down: 51 × 4.500, the last 20.500; the fee 1% × 250.000 =
    # 2.500 a month × 12 = 30.000 in 51 × 500 and the last 4.500; dues 5.000 a month
    assert table[1] == [
        "September 2003",
        "11, 18, 25",
        "3 × Rp 4.500",
        "3 × Rp 500",
        "Rp 5.000",
        "Rp 20.000",
        "Rp 236.500",
    ]
    # October 2003 has five Thursdays: 5 × (4.500 + 500) + 5.000 = 30.000
    assert table[2] == [
        "Oktober 2003",
        "2, 9, 16, 23, 30",
        "5 × Rp 4.500",
        "5 × Rp 500",
        "Rp 5.000",
        "Rp 30.000",
        "Rp 214.000",
    ]
    assert table[-2] == [
        "September 2004",
        "2",
        "Rp 20.500",
        "Rp 4.500",
        "Rp 5.000",
        "Rp 30.000",
        "Rp 0",
    ]
    assert len(table) == 2 + 13  # the header, Sep 2003 … Sep 2004, the totals
    text = "\n".join(p.text for p in document.paragraphs).replace(NB, " ")
    assert "Angsuran setiap minggu pada hari Kamis, yang pertama sedikitnya seminggu" in text
    assert "dan mengangsur pokok dan jasa Rp 5.000 per minggu (52 kali, terakhir Rp 25.000)" in text


def test_page_one_counts_the_hand_over_months_weekly_instalments_as_repaid(
    tmp_path: Path,
) -> None:
    """#13: weekly, the first round repays from the hand-over month itself, so September's
    instalments are money paid in, not deductions kept."""
    result = export_workshop(_weekly_sedap_malam(), source="t", output=tmp_path, lang="id")
    texts = [p.text.replace(NB, " ") for p in docx.Document(str(result.documents[0])).paragraphs]
    # September's dues come with its first instalment (11 Sep), so two members borrow on the
    # last Thursday of October 2003 (30 Oct): 2 × 225.000 = 450.000 in cash. Paid in by then:
    # September's instalments 6 borrowers × 3 Thursdays × (4.500 + 500) = 90.000 and dues
    # 10 × 5.000 = 50.000; October's 6 × 5 Thursdays × 5.000 = 150.000 and dues 50.000;
    # 340.000 < 450.000, so the first hand-over's deductions, 6 × 25.000 = 150.000, make up
    # the rest. (It said paid in "Rp 200.000" and kept "Rp 240.000": September's payments
    # were counted as kept, the closing balance of the hand-over month.)
    second = next(t for t in texts if t.startswith("Putaran kedua"))
    assert second == (
        "Putaran kedua Oktober 2003 (Herlina, Siti Zubaidah), dengan pinjaman tunai Rp 450.000"
        " dari dana bergulir, yang saat itu berisi angsuran, jasa dan iuran yang sudah masuk"
        " Rp 340.000 dan potongan yang disimpan saat putaran pertama Rp 150.000 (Simpanan"
        " pokok koperasi Bina Vitalis): angsuran saja belum cukup; sesudahnya 2 putaran lagi,"
        " yang terakhir Desember 2003."
    )

"""The weekly plan a lender reads marks what ``pra check`` finds (#13, review10p findings 2):
the members' instalments due before the first collecting meeting, and a group's rule naming
another repayment day than the fund's."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from pra.model import Workshop

from .factory import example

NB = "\u00a0"


def jaya_bersama_mondays() -> Workshop:
    """Jaya Bersama repaying "mingguan Senin" instead of on the 6th (the reviewer's variant)."""
    ws = example("palembang")
    group = ws.groups[1]
    capital = group.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 1})
    group = group.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": (ws.groups[0], group, *ws.groups[2:])})


def paragraphs(ws: Workshop, group: str, tmp_path: Path) -> list[str]:
    result = export_workshop(ws, source="t", output=tmp_path, lang="id", group=group)
    document = docx.Document(str(result.documents[0]))
    return [p.text.replace(NB, " ").removeprefix("•\t") for p in document.paragraphs]


def test_the_calendar_names_the_instalments_due_before_the_first_collecting_meeting(
    tmp_path: Path,
) -> None:
    text = paragraphs(jaya_bersama_mondays(), "Kelompok Jaya Bersama", tmp_path)
    # handed over Monday 1 Sep 2003, the first instalment a week later: 8, 15, 22 and 29 Sep
    # fall before step 8 (weekly meeting) starts on Monday 6 Oct
    assert (
        "Sebelum pertemuan pertama yang menarik angsuran, angsuran sudah jatuh tempo: angsuran"
        " anggota 4 kali, 8 September 2003 – 29 September 2003. Belum ada yang ditunjuk"
        ' menariknya (langkah "Pertemuan mingguan: angsuran dan pembukuan" baru mulai'
        " 6 Oktober 2003); kelompok perlu menyepakati siapa menariknya sampai saat itu."
    ) in text


def test_a_rule_naming_another_day_than_the_weekly_fund_is_marked(tmp_path: Path) -> None:
    text = paragraphs(jaya_bersama_mondays(), "Kelompok Jaya Bersama", tmp_path)
    assert (
        "Angsuran pokok dan jasa jatuh setiap tanggal 6 dan dibayar pada pertemuan mingguan"
        " kelompok minggu itu; tabungan disetor setiap pertemuan. (Catatan: aturan ini menyebut"
        " angsuran pada tanggal 6 setiap bulan, tetapi dalam rencana ini angsuran dana"
        " bergulir jatuh setiap minggu pada hari Senin.)"
    ) in text
    # the rule on the lender's loan ("diangsur kelompok setiap Senin" to BMM) is not marked
    assert not any("BMM" in p and "Catatan: aturan" in p for p in text)


def test_the_monthly_plan_carries_neither_mark(tmp_path: Path) -> None:
    # the shipped Jaya Bersama repays on the 6th, as its rule says, from 6 Oct: the first
    # collecting meeting's day
    text = paragraphs(example("palembang"), "Kelompok Jaya Bersama", tmp_path)
    assert not any("Catatan: aturan" in p for p in text)
    assert not any(p.startswith("Sebelum pertemuan pertama") for p in text)
    assert (
        "Angsuran pokok dan jasa jatuh setiap tanggal 6 dan dibayar pada pertemuan mingguan"
        " kelompok minggu itu; tabungan disetor setiap pertemuan."
    ) in text


def test_weekly_page_one_keeps_the_ordinary_month_and_the_lender_share(tmp_path: Path) -> None:
    # review10p finding 4: the weekly page 1 said only the weakest month (September 2003) and
    # nothing of what a borrower pays in an ordinary or heaviest month, nor of BMM
    text = paragraphs(jaya_bersama_mondays(), "Kelompok Jaya Bersama", tmp_path)
    # page 1 leads with the cash flow, the shortfall as money to find (rev14-lender 4), then
    # the verdict in one sentence (#13: page 1 stays one page), never "cukup" beside a short
    # cash flow
    [brief] = [p for p in text if p.startswith("Arus kas")][:1]
    assert brief == (
        "Arus kas: pada September 2003 kas kelompok tidak cukup membayar angsuran dan iuran:"
        " kurang Rp 352.500, dana yang harus dicari dari sumber lain. Sesudah September 2003"
        " kas cukup; angsuran terakhir September 2004, sisa Rp 6.894.000. Kekurangan kas pada"
        " September 2003 termasuk uang yang disisihkan untuk bahan dan biaya yang dibayar di"
        " muka: uang itu harus diganti sebelum dibelanjakan."
        " Angsuran pertama 8 September 2003, sebelum penjualan mulai 29 September 2003."
        " Kemampuan mengangsur: laba bulan biasa Rp 111.500 per anggota, setiap peminjam"
        " membayar Rp 94.000 sebulan: sisa Rp 17.500 hanya pada bulan biasa; bulan terlemah,"
        # the group's loss and each member's part, 51.000 ÷ 10 (rev15-lender 5)
        " September 2003: usaha kelompok rugi Rp 51.000, yaitu Rp 5.100 per anggota (hitungannya di"
        ' bagian "Titik impas dan kemampuan mengangsur").'
    )
    # the analysis section keeps the arithmetic
    after = " ".join(" ".join(text).split())
    capacity = after[after.index("Kemampuan mengangsur: laba sebulan") :]
    # 1.115.000 ÷ 10 = 111.500 a member; December 2003 has five Mondays: the borrower's
    # 5 × 9.500 + 4 × 1.500 + 1.000 + dues 5.000 = 59.500 (the repayment table's row), and
    # BMM's 5 × 68.500 = 342.500 ÷ 10 = 34.250, up to Rp 500: 34.500; 59.500 + 34.500 = 94.000,
    # 111.500 − 94.000 = 17.500 left. Then September 2003: sales 197.500 − product costs
    # 108.500 − fixed 140.000 = a loss of 51.000, while each borrower pays 4 × 11.500 + 5.000
    # = 51.000
    assert capacity.startswith(
        "Kemampuan mengangsur: laba sebulan Rp 1.115.000 ÷ 10 anggota = Rp 111.500 per anggota;"
        " setiap peminjam membayar Rp 94.000 sebulan (angsuran mingguan, jasa dan iuran"
        " Rp 59.500 pada bulan terberat jadwal angsuran, Desember 2003, dan bagiannya Rp 34.500"
        " dari angsuran ke pemberi pinjaman pada bulan terberat, Desember 2003: Rp 342.500 ÷ 10"
        " anggota = Rp 34.250, dibulatkan ke atas ke kelipatan Rp 500 menjadi Rp 34.500): cukup pada bulan biasa saja, sisa"
        " Rp 17.500. Tetapi"
        " bulan terlemah dengan angsuran atau iuran adalah September 2003: usaha rugi"
        " Rp 51.000, padahal setiap peminjam membayar Rp 51.000 bulan itu (angsuran, jasa,"
        " iuran): angsuran bulan itu tidak bisa dibayar dari laba."
    )


def test_weekly_wording_says_one_month_count_and_what_a_week_holds(tmp_path: Path) -> None:
    # review10p finding 8
    text = paragraphs(jaya_bersama_mondays(), "Kelompok Jaya Bersama", tmp_path)
    # the fund is repaid on the last Monday, 30 Aug 2004: "bulan ke-11" (the rotation table
    # counts the hand-over month as 0) read against "Lama angsuran: 12 bulan"
    [end] = [p for p in text if p.startswith("Setelah semua anggota meminjam")]
    assert end.startswith(
        "Setelah semua anggota meminjam dan melunasi (angsuran terakhir 30 Agustus 2004),"
        " dana bergulir berisi Rp 6.450.000"
    )
    assert "Lama angsuran: 12 bulan" in text
    assert not any("bulan ke-1" in p for p in text if "kembali" in p or "melunasi" in p)
    # the simpanan pokok is taken once, at hand-over: a week holds principal and fee only
    # (12 × (10.000 + 1.500), 4 × (9.500 + 1.500), 36 × (9.500 + 1.000))
    assert (
        "Setoran per minggu (pokok dan jasa), berurutan: 12 × Rp 11.500, 4 × Rp 11.000,"
        " 36 × Rp 10.500"
    ) in text
    assert any(
        "Rp 25.000 kembali bersama setoran terakhir, bunganya 2,15% per bulan" in p for p in text
    )


def test_weekly_payment_names_a_monthly_deduction_when_there_is_one() -> None:
    from pra.plan.fund import repayment_schedule
    from pra.plan.revolving import fund_start
    from tests.plan.test_weekly_months import weekly_jaya_bersama

    group = weekly_jaya_bersama()  # a Tabungan wajib of Rp 2.000 a month, split over the weeks
    lines = [n.text("id") for n in repayment_schedule(group.capital, fund_start(group)).lines]
    assert (
        "Setoran per minggu (pokok, jasa dan potongan), berurutan: 12 × Rp\u00a012.000,"
        " 4 × Rp\u00a011.500, 32 × Rp\u00a011.000, 4 × Rp\u00a010.500"
    ) in lines


def test_the_days_of_a_five_monday_month_stay_on_one_line(tmp_path: Path) -> None:
    result = export_workshop(
        jaya_bersama_mondays(),
        source="t",
        output=tmp_path,
        lang="id",
        group="Kelompok Jaya Bersama",
    )
    document = docx.Document(str(result.documents[0]))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Hari angsuran")
    may = next(r.cells[1].text for r in table.rows if r.cells[0].text == f"Mei{NB}2004")
    # the days joined by non-breaking spaces: May's list was printed "3, 10, 17, 24," / "31"
    assert may == f"3,{NB}10,{NB}17,{NB}24,{NB}31"

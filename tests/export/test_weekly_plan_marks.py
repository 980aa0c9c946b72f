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
        " angsuran pada tanggal 6 setiap bulan, tetapi jadwal angsuran dana bergulir dalam"
        " rencana ini jatuh setiap minggu pada hari Senin.)"
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

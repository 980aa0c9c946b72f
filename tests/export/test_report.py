"""The group progress report and the mentor's summary, as Word, as PDF, and from ``pra report``.

Kelompok Sedap Malam followed six months (:mod:`tests.tui.followup.data`): six
borrowers of Rp 500.000 whose instalment is Rp 47.000 a month (Rp 42.000 principal
+ Rp 5.000 service). Five instalments fell due by 1 March 2004: 6 x 5 x 47.000 =
Rp 1.410.000 due. Paid: four members 5 x 47.000 = 235.000 each (940.000), Aisyah
half of each, 5 x 23.500 = 117.500, Syamsul two of them, 94.000: Rp 1.151.500.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from pra import store
from pra.cli import main
from pra.errors import PraError
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.export.report import build_report, build_summary
from pra.export.report_files import export_reports
from pra.export.template import load_template
from pra.resources import example_path
from tests.tui.followup.data import SEDAP, followed

DUE_TOTAL = "Rp\u00a01.410.000"
PAID_TOTAL = "Rp\u00a01.151.500"


def _text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def test_the_report_holds_the_group_its_money_its_grade_and_signatures() -> None:
    ws = followed()
    group = ws.group(SEDAP)
    assert group is not None
    doc = build_report(ws, group, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 3, 1))
    text = _text(doc)
    assert "Laporan Perkembangan Kelompok" in text
    assert "Periode 1 September 2003 – 1 Maret 2004" in text
    total = next(
        line for line in text.splitlines() if line.startswith("Jumlah | Rp\u00a03.000.000")
    )
    assert total.split(" | ")[2:5] == [DUE_TOTAL, PAID_TOTAL, "Rp\u00a0258.500"]
    assert (
        "Syamsul Bahri | Rp\u00a0500.000 | Rp\u00a0235.000 | Rp\u00a094.000 | Rp\u00a0141.000 | 87"
        in text
    )
    assert "Simpanan pokok | Rp\u00a0100.000" in text  # 10 members x 10.000 at the first meeting
    assert "Keorganisasian | 3/4 | 75% | Pertemuan kelompok diadakan rutin, setiap bulan" in text
    assert "Penilaian 1 Maret 2004: 41% kriteria terpenuhi, nilai menurut aturan C." in text
    assert "Riwayat nilai: 1 Desember 2003: B, 1 Maret 2004: C." in text
    assert "5 Februari 2004 | Syamsul Bahri belum mengangsur sejak November" in text
    assert "Mengunjungi Syamsul Bahri | Rohani | 12 Februari 2004 | –" in text
    assert "5 Februari 2004: Ibu-ibu aktif bicara; dua bapak jarang datang" in text
    assert "Ketua | Bendahara" in text and "Rohani | Masitoh" in text and "Ratna Dewi" in text


def test_the_report_sets_each_months_sales_and_profit_against_the_business_analysis() -> None:
    """Sedap Malam reports Rp 1.200.000 sales and Rp 800.000 costs a month (profit 400.000).
    Its analysis: an ordinary month sells 1.500 Kue bolu at 1.000 and 600 maksuba at 1.500 =
    2.400.000, costing 1.500 x 600 + 600 x 850 = 1.410.000, fixed costs 230.000: profit 760.000.
    November sells half of both (750, 300) and 60 nastar at 35.000: 750.000 + 450.000 +
    2.100.000 = 3.300.000; cost 450.000 + 255.000 + 1.500.000 = 2.205.000; profit 865.000.
    It meets on the 5th: each report counts in the month of the middle of the period it covers
    (5 November – 4 December: 19 November), so the report of 5 December is November's."""
    ws = followed()
    group = ws.group(SEDAP)
    assert group is not None
    doc = build_report(ws, group, load_template(), "id", dt.date(2003, 11, 1), dt.date(2004, 3, 1))
    text = _text(doc)
    assert "Penjualan dan laba terhadap analisis usaha" in text
    rp = "Rp\u00a0"
    assert f"November 2003 | {rp}1.200.000 | {rp}3.300.000 | {rp}400.000 | {rp}865.000 | ya" in text
    assert f"Januari 2004 | {rp}1.200.000 | {rp}2.400.000 | {rp}400.000 | {rp}760.000 | ya" in text
    # October's sales, reported at the 5 November meeting, are in the period that holds that
    # meeting (its business total counts them too); February's come at the 5 March meeting,
    # after it
    assert f"Oktober 2003 | {rp}1.200.000 | {rp}2.400.000 | {rp}400.000 | {rp}760.000 | ya" in text
    assert f"Februari 2004 | {rp}1.200.000" not in text
    # the warning by the rule: below plan in each of the last 3 months reported (Nov–Jan):
    # 3 x 400.000 = 1.200.000 against 865.000 + 760.000 + 760.000 = 2.385.000
    assert (
        "laba usaha di bawah rencana analisis usaha dalam 3 bulan terakhir yang dilaporkan "
        f"(November 2003 – Januari 2004): {rp}1.200.000, rencana {rp}2.385.000" in text
    )


def test_a_period_counts_only_its_meetings() -> None:
    ws = followed()
    group = ws.group(SEDAP)
    assert group is not None
    doc = build_report(
        ws, group, load_template(), "id", dt.date(2003, 11, 1), dt.date(2003, 11, 30)
    )
    text = _text(doc)
    assert "1 | 5 November 2003 | Pertemuan kelompok | Rohani | 10/10 | Rp\u00a0298.500" in text
    assert "5 Oktober 2003" not in text.split("Uang masuk dan keluar")[0]
    # money in November: 10 x 5.000 savings, 4 x 47.000 + 23.500 + 47.000 instalments
    assert "Jumlah uang masuk | Rp\u00a0298.500" in text


def test_the_mentor_summary_has_one_row_per_group_with_its_next_action() -> None:
    ws = followed()
    doc = build_summary(ws, list(ws.groups), load_template(), "id", dt.date(2004, 3, 1))
    text = _text(doc)
    rows = [line for line in text.splitlines() if line[:4] in ("1 | ", "2 | ")]
    assert rows[0] == (
        "1 | Kelompok Sedap Malam | C | 82% | 41% | 87% | belum | Mengunjungi Syamsul Bahri — "
        "Rohani — 12 Februari 2004 (lihat yang perlu diperhatikan di bawah)"
    )
    # a group without any record yet: no figures and no follow-up to do; a warning is not a
    # next action: the warnings follow the table, each group's under its name. First: nothing
    # paid to the BMM, whose Rp 68.500 fell due every Monday from 6 Oct 2003 to 1 Mar 2004
    # (4 + 4 + 5 + 4 + 4 + 1 = 22 instalments, Rp 1.507.000)
    assert rows[1] == (
        "2 | Kelompok Jaya Bersama | – | – | – | – | belum | – (lihat yang perlu diperhatikan di bawah)"
    )
    lines = text.splitlines()
    at = lines.index("Kelompok Jaya Bersama, yang perlu diperhatikan:")
    assert lines[at + 1] == (
        "•\tPinjaman BMM: angsuran kelompok terlambat lebih dari 30 hari, Rp\u00a01.507.000"
        " belum dibayar sejak 6 Oktober 2003"
    )
    assert lines[at + 2].startswith("•\tiuran wajib baru terkumpul Rp\u00a00 dari")
    assert "Kelompok Sedap Malam, yang perlu diperhatikan:" in lines


def test_pra_report_writes_the_followed_groups_and_says_which_are_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lokakarya.json"
    store.save(followed(), source)
    code = main(["report", str(source), "--summary", "-o", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == "Kelompok Jaya Bersama: belum ada pertemuan atau penilaian, tidak dilaporkan.\n"
    names = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert names == [
        "Laporan perkembangan - Kelompok Sedap Malam - PRA Pemberdayaan Migran Kelurahan 13 Ilir.docx",
        "Ringkasan pendamping - PRA Pemberdayaan Migran Kelurahan 13 Ilir.docx",
    ]
    assert out.count("Ditulis: ") == 2
    # by default the period runs from the group's calendar start to its last record
    text = _text(docx.Document(str(tmp_path / names[0])))
    assert "Periode 1 September 2003 – 1 Maret 2004" in text


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(PraError) as caught:
        export_reports(
            followed(),
            source="lokakarya.json",
            group="Kelompok Sedap Malam",
            first=dt.date(2004, 3, 1),
            last=dt.date(2003, 9, 1),
        )
    assert (
        caught.value.message() == "Akhir periode (1 September 2003) sebelum awalnya (1 Maret 2004)."
    )


@pytest.mark.slow
@pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)
def test_the_report_prints_on_a4_with_page_numbers_and_its_totals(tmp_path: Path) -> None:
    result = export_reports(
        followed(), source="lokakarya.json", group="Kelompok Sedap Malam", output=tmp_path
    )
    [pdf] = convert_to_pdf(result.documents)
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    sizes = re.findall(r"^Page\s+\d+ size:.*\((\w+)\)", info, re.M)
    assert sizes == ["A4"] * pages
    assert 3 <= pages <= 5  # measured: 4
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u00a0", " ")
    assert f"Halaman 1 dari {pages}" in text
    assert "Kelompok Sedap Malam" in text
    # the total row of due against paid, as one printed line
    assert re.search(
        r"Jumlah\s+Rp 3\.000\.000\s+Rp 1\.410\.000\s+Rp 1\.151\.500\s+Rp 258\.500", text
    )


def test_a_mentor_gets_the_reports_of_the_groups_she_follows(tmp_path: Path) -> None:
    result = export_reports(
        followed(), source="lokakarya.json", mentor=" ratna dewi ", summary=True, output=tmp_path
    )
    assert sorted(p.name.split(" - ")[0:2][0] for p in result.documents) == [
        "Laporan perkembangan",
        "Ringkasan pendamping",
    ]
    summary = _text(docx.Document(str(result.documents[-1])))
    assert "Kelompok Sedap Malam" in summary and "Kelompok Jaya Bersama" not in summary
    with pytest.raises(PraError) as caught:
        export_reports(followed(), source="lokakarya.json", mentor="Budi", output=tmp_path)
    assert caught.value.message() == (
        'Tidak ada kelompok yang didampingi "Budi" di lokakarya.json. Pendamping di berkas ini: '
        '"Ratna Dewi", "Hendra Saputra (Yayasan Bina Vitalis)" (cukup namanya, tanpa gelar atau '
        "lembaga dalam kurung)."
    )


def test_the_mentor_is_found_by_her_name_alone_as_the_archive_s_key_finds_her() -> None:
    # rev15 F10: only the stored text "Hendra Saputra (Yayasan Bina Vitalis)" matched
    from pra.edit import followup as fu
    from pra.export.report_files import mentors_groups

    ws = fu.set_mentor(followed(), SEDAP, "Ratna Dewi (Yayasan Bina Vitalis)")
    for asked in (
        "Ratna Dewi",
        " ratna  DEWI ",
        "Bu Ratna Dewi",
        "Ratna Dewi (Yayasan Bina Vitalis)",
    ):
        assert [g.id for g in mentors_groups(ws, ws.groups, asked, "f.json")] == [SEDAP]
    # a group without its own mentor is followed by the workshop's, as its report prints it
    ws = ws.model_copy(update={"info": ws.info.model_copy(update={"mentor": "Pak Agus (Dinsos)"})})
    others = [g.id for g in ws.groups if g.id != SEDAP]
    assert [g.id for g in mentors_groups(ws, ws.groups, "agus", "f.json")] == others
    with pytest.raises(PraError) as caught:
        mentors_groups(ws, ws.groups, "Ratna", "f.json")
    assert caught.value.message() == (
        'Tidak ada kelompok yang didampingi "Ratna" di f.json. Pendamping di berkas ini: '
        '"Ratna Dewi (Yayasan Bina Vitalis)", "Pak Agus (Dinsos)" (cukup namanya, tanpa gelar '
        "atau lembaga dalam kurung)."
    )
    with pytest.raises(PraError) as caught:
        mentors_groups(followed().model_copy(update={"groups": ()}), (), "Ratna", "f.json")
    assert "belum mencatat pendamping" in caught.value.message()


def test_the_report_reads_in_english_with_lang_en() -> None:
    ws = followed()
    group = ws.group(SEDAP)
    assert group is not None
    doc = build_report(ws, group, load_template(), "en", dt.date(2003, 9, 1), dt.date(2004, 3, 1))
    text = _text(doc)
    assert "Group Progress Report" in text
    assert "Period 1 September 2003 – 1 March 2004" in text
    assert (
        "Total | Rp\u00a03,000,000 | Rp\u00a01,410,000 | Rp\u00a01,151,500 | Rp\u00a0258,500 | "
        in text
    )


def _money_rows(document: docx.document.Document) -> list[list[str]]:
    for table in document.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        if len(cells) > 1 and cells[1][0].startswith("Saldo awal"):
            return cells
    raise AssertionError("no fund ledger")


def test_the_fund_is_a_ledger_that_adds_up_from_the_grant_received() -> None:
    """Palembang's Jaya Bersama, 1 Sep 2003 – 6 Jun 2004 (#15): the grant received
    (Rp 5.000.000) is listed, the Rp 25.000 simpanan pokok kept from each of the ten loans is
    money in (Rp 250.000), the loans go out whole (Rp 5.000.000): 0 + 8.941.500 − 5.000.000 =
    3.941.500, the fund's balance. Before, the table showed in 3.691.500 and out 5.000.000 with
    a balance of 3.941.500 that no reader could reach."""
    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    rp = "Rp\u00a0"
    assert _money_rows(doc) == [
        ["Sumber", "Jumlah"],
        ["Saldo awal per 31 Agustus 2003", f"{rp}0"],
        ["Uang masuk", ""],
        ["Bantuan stimulan diterima untuk dana bergulir", f"{rp}5.000.000"],
        ["Simpanan wajib", f"{rp}360.000"],
        ["Simpanan sukarela", f"{rp}65.000"],
        ["Angsuran pinjaman", f"{rp}3.266.500"],
        [
            "Dipotong saat pinjaman diserahkan: Simpanan pokok koperasi Bina Vitalis",
            f"{rp}250.000",
        ],
        ["Jumlah uang masuk", f"{rp}8.941.500"],
        ["Uang keluar", ""],
        ["Pinjaman disalurkan kepada anggota (seluruhnya)", f"{rp}5.000.000"],
        ["Jumlah uang keluar", f"{rp}5.000.000"],
        ["Saldo akhir per 6 Juni 2004 (saldo awal + uang masuk − uang keluar)", f"{rp}3.941.500"],
    ]
    assert "Saldo dana kelompok per 6 Juni 2004: Rp\u00a03.941.500" in _text(doc)


def test_a_later_period_opens_with_the_balance_the_earlier_one_closed_with() -> None:
    """Jaya Bersama from 1 Jan 2004: the opening balance is the fund at 31 Dec 2003, and
    opening + in − out is again the balance on 6 Jun 2004."""
    from pra.plan.followup.fund import fund_balance

    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2004, 1, 1), dt.date(2004, 6, 6))
    rows = {r[0]: int(re.sub(r"\D", "", r[1]) or 0) for r in _money_rows(doc)[1:]}
    opening = rows["Saldo awal per 31 Desember 2003"]
    assert opening == fund_balance(ws, jaya, dt.date(2003, 12, 31)).actual > 0
    assert "Bantuan stimulan diterima untuk dana bergulir" not in rows  # received before
    closing = rows["Saldo akhir per 6 Juni 2004 (saldo awal + uang masuk − uang keluar)"]
    assert opening + rows["Jumlah uang masuk"] - rows["Jumlah uang keluar"] == closing
    assert closing == 3_941_500


def _lender_table(doc: docx.document.Document) -> list[list[str]]:
    return next(
        [[c.text for c in row.cells] for row in t.rows]
        for t in doc.tables
        if len(t.columns) > 1
        and t.rows[0].cells[1].text
        in ("Angsuran jatuh tempo dalam periode", "Instalments due in the period")
    )


def test_the_report_shows_the_lender_loan_by_its_schedule() -> None:
    """Jaya Bersama's BMM loan of Rp 3.000.000 (#15): 52 Monday instalments from 6 Oct 2003;
    by 6 Jun 2004, 35 are due (6 Oct 2003 … 31 May 2004), 35 × 68.500 = 2.397.500. Their sum
    comes from the schedule the plan prints; what the group paid BMM comes from its
    meetings: 68.500 on 6 Oct, 274.000 on 6 Nov and 6 Dec 2003 (4 weeks × 68.500), 171.500
    on 6 Jan, 137.000 on 6 Feb, 171.500 on 6 Apr 2004 = 1.096.500 by 31 May; on 6 Jun it pays
    all it owed, 2.397.500 − 1.096.500 = 1.301.000, so by 6 Jun it paid 2.397.500 and owes no
    arrears, while on 1 Jun it paid 1.096.500 of 2.397.500 due: arrears 1.301.000. A period
    from before the loan holds the whole of it, with no arrears at its start."""
    from pra.plan.lender import group_lender_schedule

    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    [loan] = jaya.capital.loans
    schedule = group_lender_schedule(jaya, loan).instalments
    due = [i for i in schedule if i.due is not None and i.due <= dt.date(2004, 6, 6)]
    assert (len(due), due[0].due, due[-1].due) == (35, dt.date(2003, 10, 6), dt.date(2004, 5, 31))
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    rp = "Rp\u00a0"
    table = _lender_table(doc)
    assert table[1] == [
        f"Pinjaman BMM {rp}3.000.000; angsuran terakhir 27 Sep 2004",
        "ke-1–35 dari 52",
        f"{rp}0",
        f"{rp}{sum(i.total for i in due):,}".replace(",", "."),
        f"{rp}2.397.500",
        f"{rp}0",
    ]
    assert table[1][3] == f"{rp}2.397.500"
    assert table[0][2:6] == [
        "Tunggakan per 31 Agu 2003",
        "Jatuh tempo dalam periode",
        "Dibayar dalam periode",
        "Tunggakan per 6 Jun 2004",
    ]
    early = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 1))
    row = _lender_table(early)[1]
    assert row[3:6] == [f"{rp}2.397.500", f"{rp}1.096.500", f"{rp}1.301.000"]
    # a group without a lender loan has no such section
    sedap = ws.groups[0]
    other = build_report(ws, sedap, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    assert "Pinjaman dari lembaga keuangan" not in _text(other)


def test_the_lender_section_of_a_quarter_is_the_quarters_own_with_running_arrears() -> None:
    """Jaya Bersama's BMM loan by quarter (#15), weekly instalments of 68.500 on Mondays from
    6 Oct 2003 (Oct 4, Nov 4, Dec 5, Jan 4, Feb 4, Mar 5, Apr 4, May 5, Jun 4 Mondays).
    January–March 2004: instalments 14–26 fall due, 13 × 68.500 = 890.500; paid at its
    meetings 171.500 (6 Jan) + 137.000 (6 Feb) = 308.500. Arrears by 31 Dec 2003: 13 due =
    890.500 less 68.500 + 274.000 + 274.000 = 616.500 paid: 274.000; by 31 Mar 2004:
    274.000 + 890.500 − 308.500 = 856.000 (= 26 × 68.500 = 1.781.000 due − 925.000 paid).
    April–June 2004: instalments 27–39, 890.500; paid 171.500 (6 Apr) + 1.301.000 (6 Jun) =
    1.472.500; arrears by 30 Jun 856.000 + 890.500 − 1.472.500 = 274.000 (39 × 68.500 =
    2.671.500 due − 2.397.500 paid). Before this change each period showed the figures
    from the loan's start (35 of 52, 2.397.500 due)."""
    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    rp = "Rp\u00a0"
    q1 = build_report(ws, jaya, load_template(), "id", dt.date(2004, 1, 1), dt.date(2004, 3, 31))
    table = _lender_table(q1)
    assert table[0][2] == "Tunggakan per 31 Des 2003" and table[0][5] == "Tunggakan per 31 Mar 2004"
    assert table[1][1:6] == [
        "ke-14–26 dari 52",
        f"{rp}274.000",
        f"{rp}890.500",
        f"{rp}308.500",
        f"{rp}856.000",
    ]
    assert (
        "tunggakan per 31 Maret 2004 = tunggakan per 31 Desember 2003 + jatuh tempo − dibayar "
        "dalam periode."
    ) in _text(q1)
    q2 = build_report(ws, jaya, load_template(), "en", dt.date(2004, 4, 1), dt.date(2004, 6, 30))
    table = _lender_table(q2)
    assert table[0][2] == "Arrears at 31 Mar 2004" and table[0][5] == "Arrears at 30 Jun 2004"
    assert table[1][1:6] == [
        "nos. 27–39 of 52",
        f"{rp}856,000",
        f"{rp}890,500",
        f"{rp}1,472,500",
        f"{rp}274,000",
    ]


def test_the_lkm_sentence_follows_the_repayment_record_not_only_the_grade() -> None:
    from tests.plan.test_followup_lkm import ON, _group

    ws = _group(0)
    group = ws.groups[0]
    text = _text(build_report(ws, group, load_template(), "id", dt.date(2026, 1, 5), ON))
    # grade B (9 of 17 criteria) but 50% repaid on time and PAR30 62% (62,5 rounded half
    # to even, as every percent of the report)
    assert "nilai menurut aturan B." in text
    assert (
        "Syarat dihubungkan dengan lembaga keuangan mikro (LKM): nilai A atau B, angsuran "
        "lancar paling sedikit 90% dari yang jatuh tempo, PAR30 paling banyak 10%, dan tidak "
        "terlambat lebih dari 30 hari membayar angsuran kepada lembaga keuangan yang sudah "
        "meminjaminya."
    ) in text
    assert (
        "Kelompok ini belum dapat dihubungkan dengan LKM: angsuran lancar baru 50%; PAR30 62%."
        in text
    )
    assert "dapat dihubungkan dengan lembaga keuangan mikro (LKM)." not in text.replace(
        "Syarat dihubungkan dengan lembaga keuangan mikro (LKM)", ""
    )
    summary = _text(build_summary(ws, [group], load_template(), "id", ON))
    row = next(line for line in summary.splitlines() if line.startswith("1 | "))
    # grade, on time, PAR30, attendance (p1 and p2 of four at each meeting), LKM
    assert row.split(" | ")[2:7] == ["B", "50%", "62%", "50%", "belum"]
    paid = _group(55_000)
    text = _text(build_report(paid, paid.groups[0], load_template(), "id", dt.date(2026, 1, 5), ON))
    assert (
        "Kelompok ini memenuhinya (nilai B, angsuran lancar 100%, PAR30 0%): dapat dihubungkan "
        "dengan LKM."
    ) in text


def test_the_report_says_an_undated_lender_loans_schedule_is_unknown() -> None:
    """The same BMM loan without its disbursement date (#13): no instalment has a date, so the
    report says the schedule, what fell due and the arrears are unknown, never "Rp 0"; what the
    group paid BMM at its meetings up to 6 Jun 2004 (2.397.500, as above) is still known."""
    ws = store.load(example_path("palembang"))
    jaya = ws.groups[1]
    [loan] = jaya.capital.loans
    undated = loan.model_copy(update={"disbursed_on": None})
    capital = jaya.capital.model_copy(
        update={"sources": tuple(undated if s.id == loan.id else s for s in jaya.capital.sources)}
    )
    jaya = jaya.model_copy(update={"capital": capital})
    doc = build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    rp = "Rp\u00a0"
    table = _lender_table(doc)
    unknown = "belum diketahui"
    assert table[1] == [
        f"Pinjaman BMM {rp}3.000.000",
        unknown,
        unknown,
        unknown,
        f"{rp}2.397.500",
        unknown,
    ]
    assert (
        "Pinjaman BMM: tanggal pencairan belum diisi di rencana usaha, jadi jadwal angsurannya, "
        "angsuran yang jatuh tempo dan tunggakannya belum diketahui."
    ) in _text(doc)


def test_the_report_accounts_for_the_grant_whole_and_names_a_lender_loan() -> None:
    from pra.model import Workshop

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    first, last = dt.date(2003, 9, 1), dt.date(2004, 6, 6)
    sedap = ws.group("g-sedap-malam")
    assert sedap is not None
    text = _text(build_report(ws, sedap, load_template(), "id", first, last))
    # the grant of Rp 5.000.000: Rp 3.500.000 spent per the RAB, Rp 1.500.000 into the fund
    # (the ledger's "Bantuan stimulan diterima untuk dana bergulir")
    assert (
        "Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis: Rp\u00a05.000.000 seluruhnya. "
        "Rp\u00a03.500.000 dibelanjakan untuk usaha kelompok menurut RAB rencana usaha"
    ) in text
    assert "Bantuan stimulan diterima untuk dana bergulir | Rp\u00a01.500.000" in text
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    text = _text(build_report(ws, jaya, load_template(), "id", first, last))
    # not linked to an LKM, but it owes BMM the Rp 3.000.000 of its plan
    assert (
        "Lembaga keuangan mikro | belum terhubung sebagai kelompok binaan; kelompok sudah "
        "meminjam: Pinjaman BMM Rp\u00a03.000.000"
    ) in text
    assert "Kelompok sudah meminjam dari lembaga keuangan (Pinjaman BMM Rp\u00a03.000.000;" in text
    # all the grant revolves: no sentence about a part spent on the business
    assert "dibelanjakan untuk usaha kelompok" not in text
    # to 31 December 2003: graded B, 95% repaid on time, PAR30 0%; the BMM instalment of
    # 8 December (274.000) is unpaid but 23 days late, within the rule's 30 days: it may be
    # linked (the one rule, pra.plan.followup.lkm)
    text = _text(build_report(ws, jaya, load_template(), "id", first, dt.date(2003, 12, 31)))
    assert (
        "Kelompok ini memenuhinya (nilai B, angsuran lancar 95%, PAR30 0%): dapat dihubungkan "
        "dengan LKM."
    ) in text
    # a group 36 days behind its BMM: not "dapat dihubungkan", and the sentence says why
    from tests.plan.test_followup_lkm import LENDER_ON, lender_group

    late = lender_group(april_paid=False)
    text = _text(
        build_report(late, late.groups[0], load_template(), "id", dt.date(2026, 1, 5), LENDER_ON)
    )
    assert (
        "Kelompok ini belum dapat dihubungkan dengan LKM: tunggakan Rp\u00a0348.000 kepada BMM "
        "sejak 10 Maret 2026, terlambat lebih dari 30 hari."
    ) in text
    assert "dapat dihubungkan dengan LKM." not in text.replace("belum dapat dihubungkan", "")


def test_the_members_count_leaves_out_who_left_by_the_periods_end() -> None:
    from pra.model import Workshop

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    # ten members on the list; Marlina left on 6 May 2004 (moved away)
    before = _text(
        build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 5, 5))
    )
    assert "Jumlah anggota | 10\n" in before
    after = _text(
        build_report(ws, jaya, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    )
    assert "Jumlah anggota | 9; 1 keluar: Marlina (6 Mei 2004)\n" in after
    english = _text(
        build_report(ws, jaya, load_template(), "en", dt.date(2003, 9, 1), dt.date(2004, 6, 6))
    )
    assert "Members | 9; 1 left: Marlina (6 May 2004)\n" in english


def test_a_month_without_a_sales_report_is_said_not_skipped() -> None:
    from tests.plan.test_followup_sales import _reports

    ws = _reports()
    group = ws.groups[0]
    # without the 1 May meeting, the 1 June report covers 1 April – 31 May (midpoint 1 May):
    # May; April has no report at all (its plan, Ramadan: 1.800.000 sales, 620.000 profit)
    meetings = tuple(m for m in group.followup.meetings if m.date != dt.date(2026, 5, 1))
    group = group.model_copy(
        update={"followup": group.followup.model_copy(update={"meetings": meetings})}
    )
    ws = ws.model_copy(update={"groups": (group,)})
    text = _text(build_report(ws, group, load_template(), "id", START_2026, dt.date(2026, 7, 1)))
    months = [line.split(" | ")[0] for line in text.splitlines() if " 2026 | " in line]
    assert "April 2026 | tidak dilaporkan | Rp\u00a01.800.000 | – | Rp\u00a0620.000 | " in text
    sales = months[months.index("Januari 2026") :][:6]
    assert sales == [
        "Januari 2026",
        "Februari 2026",
        "Maret 2026",
        "April 2026",
        "Mei 2026",
        "Juni 2026",
    ]


START_2026 = dt.date(2026, 1, 1)


def test_a_plan_with_an_analysis_but_no_sales_reported_says_which_is_missing() -> None:
    from pra.model import Workshop

    ws = Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))
    group = ws.groups[0]
    assert group.analysis.products and not any(m.sales for m in group.followup.meetings)
    text = _text(
        build_report(ws, group, load_template(), "id", dt.date(2003, 9, 1), dt.date(2004, 7, 5))
    )
    after = text.split("Penjualan dan laba terhadap analisis usaha\n", 1)[1]
    assert after.startswith(
        "Rencana usaha kelompok ini punya analisis usaha, tetapi penjualan dan biaya belum "
        "dilaporkan di pertemuan dalam periode ini"
    )


def test_the_summarys_next_step_of_the_palembang_example_is_the_one_its_reflection_names() -> None:
    from pra.model import Workshop

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    text = _text(build_summary(ws, list(ws.groups), load_template(), "id", dt.date(2004, 6, 6)))
    row = next(line for line in text.splitlines() if line.startswith("1 | Kelompok Sedap Malam"))
    # linked to BMM (the institution in the LKM column); the reflection's "menambah oven dari
    # pinjaman BMM" recorded at the last meeting (6 June) as a follow-up due in two months
    assert row.endswith(
        "| BMM (Bina Masyarakat Mandiri) Palembang | "
        "Mengajukan pinjaman BMM untuk menambah oven — Rohani — 6 Agustus 2004"
    )


def test_the_repayment_table_marks_a_rescheduled_loan_with_its_date_and_new_terms() -> None:
    from pra.model.followup import LoanReschedule
    from tests.plan.test_followup_loans import _rescheduled_group

    ws = _rescheduled_group()
    group = ws.groups[0]
    on = dt.date(2026, 8, 5)
    text = _text(build_report(ws, group, load_template(), "id", dt.date(2026, 1, 5), on))
    # figures worked in tests/plan/test_followup_loans.py: 3 × 55.000 missed; 400.000 + 40.000
    # over 6 months in Rp 500: 5 × (67.000 + 7.000) and 65.000 + 5.000
    assert (
        "Budi Santoso: pinjaman dijadwal ulang 5 Juni 2026. 3 angsuran yang sudah jatuh tempo "
        "belum dibayar (Rp\u00a0165.000): tidak lagi dihitung tunggakan, tetapi tetap dihitung "
        "tidak lancar. Sisa pokok Rp\u00a0400.000 dan jasa serta potongan Rp\u00a040.000 (tidak "
        "dihapus) menjadi 5 angsuran Rp\u00a074.000 dan terakhir Rp\u00a070.000, mulai 5 Juli 2026."
    ) in text
    assert "Budi Santoso (dijadwal ulang) | Rp\u00a0500.000 | Rp\u00a0258.000 |" in text
    # by month (p1 and p2): May's arrears 110.000 (p2's April and May) stay; in June p1's
    # 55.000 is due and paid, p2's 165.000 respread
    assert "Mei 2026 | Rp\u00a0110.000 | Rp\u00a055.000 | Rp\u00a0110.000 | Rp\u00a00" in text
    assert "Juni 2026 | Rp\u00a055.000 | Rp\u00a055.000 | Rp\u00a00 | Rp\u00a0165.000" in text
    # rescheduled on 10 March, after paying February and March: nothing had fallen in arrears
    early = ws.groups[0].followup.model_copy(
        update={
            "reschedules": (
                LoanReschedule(
                    id="r1", participant_id="p2", date=dt.date(2026, 3, 10), term_months=8
                ),
            )
        }
    )
    group = group.model_copy(update={"followup": early})
    ws = ws.model_copy(update={"groups": (group,)})
    text = _text(build_report(ws, group, load_template(), "id", dt.date(2026, 1, 5), on))
    assert (
        "Budi Santoso: pinjaman dijadwal ulang 10 Maret 2026, sebelum ada angsuran yang "
        "tertunggak. Sisa pokok Rp\u00a0400.000 dan jasa serta potongan Rp\u00a040.000 (tidak "
        "dihapus) menjadi 8 angsuran Rp\u00a055.000, mulai 10 April 2026."
    ) in text


def test_the_undated_reflection_is_printed_once_in_the_report_holding_the_last_record() -> None:
    """The reflection has no date: it is the one of the group's last record (the assessment
    of 1 March 2004), printed in the report whose period holds that day and said to be
    undated there; an earlier period's report says where it is instead of printing it."""
    from pra.edit.followup import set_reflection

    ws = set_reflection(followed(), SEDAP, "Kas kelompok mulai tertib; Aisyah perlu didampingi.")
    group = ws.group(SEDAP)
    assert group is not None
    template = load_template()
    whole = _text(build_report(ws, group, template, "id", dt.date(2003, 9, 1), dt.date(2004, 3, 1)))
    assert (
        "Refleksi pendamping bersama kelompok (ditulis tanpa tanggal; dimuat di laporan yang "
        "periodenya mencakup catatan terakhir kelompok, 1 Maret 2004):\n"
        "Kas kelompok mulai tertib; Aisyah perlu didampingi."
    ) in whole
    earlier = _text(
        build_report(ws, group, template, "id", dt.date(2003, 9, 1), dt.date(2003, 12, 31))
    )
    assert "Kas kelompok mulai tertib" not in earlier  # before: in every period's report
    assert (
        "Refleksi pendamping bersama kelompok ditulis tanpa tanggal, bersama catatan terakhir "
        "kelompok (1 Maret 2004): dimuat di laporan yang periodenya mencakup tanggal itu, tidak "
        "di laporan periode ini."
    ) in earlier
    english = _text(
        build_report(ws, group, template, "en", dt.date(2004, 1, 1), dt.date(2004, 3, 31))
    )
    assert "printed in the report whose period holds the group's last record, 1 March 2004" in (
        english
    )
    assert "Kas kelompok mulai tertib" in english

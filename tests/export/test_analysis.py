"""The business analysis on paper: products, profit and loss, 12 months of cash, the warnings."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from pra.model import Workshop
from pra.model.business import BusinessAnalysis, Season

from .factory import example
from .test_docx import empty_sections, heading_texts, text_of


def _sedap_only(ws: Workshop, analysis: BusinessAnalysis | None = None) -> Workshop:
    group = ws.groups[0]
    if analysis is not None:
        group = group.model_copy(update={"analysis": analysis})
    return ws.model_copy(update={"groups": (group,)})


def test_sedap_malam_prints_its_analysis_before_the_signatures(tmp_path: Path) -> None:
    ws = _sedap_only(example("palembang"))
    path = export_workshop(ws, source="p", output=tmp_path).documents[0]
    headings = heading_texts(docx.Document(str(path)))
    at = headings.index("14. Analisis usaha")
    assert headings[at + 1] == "15. Pengesahan"
    parts = [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.style is not None and p.style.name.startswith("Heading 2")
    ]
    at = parts.index("Produk atau jasa dan biaya per unit")
    assert parts[at : at + 5] == [
        "Produk atau jasa dan biaya per unit",
        "Laba rugi sebulan (bulan biasa)",
        "Arus kas sampai angsuran terakhir",
        "Titik impas dan kemampuan mengangsur",
        "Pasar, pelanggan, pesaing, cara menjual",
    ]
    text = text_of(path)
    # an ordinary month: 1.500 × 1.000 + 600 × 1.500 = 2.400.000 sales; costs 1.500 × 600 +
    # 600 × 850 = 1.410.000; fixed 120.000 + 60.000 + 50.000 = 230.000: profit 760.000
    assert "Laba sebulanRp\u00a0760.000" in text
    # the opening cash by source, money only: the grant's 3.500.000 for assets pays its
    # 3.500.000 of budget lines (oven 700.000, mixer 250.000, … working capital 1.160.000); the
    # own capital's cash is the money pledge paid in, 100.000; its goods given 200.000 + 17.500
    # + 300.000 + 75.000 + 20.000 = 612.500 meet its lines 200.000 + 300.000 = 500.000 and are
    # never cash; the 50.000 money and the 50.000 sugar and eggs pledged but not kept are not
    # counted (100.000); the grant's 1.500.000 lent to the members is not the business's cash.
    # Of the grant's lines, the ingredients 720.000, packaging 150.000 and the working capital
    # 1.160.000 pay the product costs ahead (#13): 2.030.000 stays in the opening cash
    assert (
        "Kas awal menurut sumber dana: Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis "
        "untuk aset Rp\u00a03.500.000 − RAB Rp\u00a03.500.000, modal sendiri tunai "
        "Rp\u00a0100.000 − RAB Rp\u00a00 + RAB untuk bahan dan biaya bulanan yang dibayar di "
        "muka Rp\u00a02.030.000 (tetap di kas, disisihkan untuk biaya itu) = Rp\u00a02.130.000; "
        "barang dan tenaga janji hati senilai "
        "Rp\u00a0612.500 adalah swadaya, bukan kas (memenuhi RAB Rp\u00a0500.000); janji hati "
        "senilai Rp\u00a0100.000 yang belum ditepati tidak dihitung; dana bergulir "
        "Rp\u00a01.500.000 dipinjamkan ke anggota, bukan kas usaha."
    ) in text
    # the first month of the cash flow: selling starts on 22 Sep (the step "Menitipkan kue ke
    # warung dan kantin sekolah"), 9 of 30 days: 1.500 × 9/30 = 450 and 600 × 9/30 = 180 units,
    # sales 450 × 1.000 + 180 × 1.500 = 720.000, costs 450 × 600 + 180 × 850 = 423.000;
    # 2.130.000 + 720.000 − 423.000 − 230.000 = 2.197.000, nothing due
    assert (
        "Sep\u00a02003Rp\u00a0720.000Rp\u00a0423.000Rp\u00a0230.000Rp\u00a00Rp\u00a02.197.000"
        in text
    )
    assert "September\u00a02003 dihitung 9 dari 30 hari" in text
    assert "Rp\u00a076.000 per anggota" in text
    # the Lebaran orders move with Lebaran (#13 item 11): 25 Nov 2003 and 14 Nov 2004
    assert (
        "Pesanan kue Lebaran (Nov\u00a02003, Nov\u00a02004; ikut Lebaran (1 Syawal), yang maju "
        "sekitar 11 hari setiap tahun): Kue kering Lebaran (nastar), 60 unit"
    ) in text
    assert "Pelanggan:" in text and "Warung dan kantin sekolah" in text


def test_a_month_the_cash_cannot_pay_is_printed_in_bold(tmp_path: Path) -> None:
    ws = example("palembang")
    # selling from the plan's start (no day set): September counts in full, as these figures
    analysis = ws.groups[0].analysis.model_copy(update={"sales_step_id": None})
    quiet = Season(id="se-sepi", label="Sepi", months=(10,), percent=0)
    ws = _sedap_only(ws, analysis.model_copy(update={"seasons": (*analysis.seasons, quiet)}))
    path = export_workshop(ws, source="p", output=tmp_path).documents[0]
    bold = [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.runs and all(r.bold for r in p.runs if r.text.strip())
    ]
    # The opening cash is money only: the 100.000 pledged in cash and paid in (the goods are
    # not cash) and the 2.030.000 of ingredients and working capital the grant bought ahead
    # for the product costs. Sep closes at 2.130.000 + 760.000 = 2.890.000. Due into the fund: Oct the first
    # 6 borrowers' 6 × (250.000 ÷ 12 = 20.833 rounded up to the Rp 500 cash unit: 21.000,
    # + 2.500 service) = 141.000 + dues 10 × 5.000 = 191.000; Nov a 7th borrower: 214.500.
    # Oct (nothing sold): 2.890.000 − 230.000 fixed − 191.000 = 2.469.000; Nov (Ramadan half,
    # Lebaran orders: profit 865.000) + 865.000 − 214.500 = 3.119.500: never below 0
    assert not [line for line in bold if "kas kelompok kurang" in line]
    poorer = quiet.model_copy(update={"months": tuple(range(1, 13))})
    ws = _sedap_only(ws, analysis.model_copy(update={"seasons": (*analysis.seasons, poorer)}))
    path = export_workshop(ws, source="q", output=tmp_path / "q").documents[0]
    bold = [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.runs and all(r.bold for r in p.runs if r.text.strip())
    ]
    # Nothing is ever sold: Sep 2.130.000 − 230.000 = 1.900.000; Oct − 230.000 − 191.000 =
    # 1.479.000; Nov − 230.000 − 214.500 = 1.034.500; Dec − 230.000 − 238.000 = 566.500; Jan
    # 2004 − 230.000 − 261.500 = 75.000; Feb − 230.000 − 285.000 = −440.000; Mar −955.000; Apr
    # −1.470.000 …
    # The 2.030.000 of ingredients is never used (nothing is made), so it stays set aside and
    # each month is short by it and the cash below it, one rule for every month (rev14-lender
    # 1): Oct 551.000 … Jan 2004 2.030.000 − 75.000 = 1.955.000; Feb 2.030.000 + 440.000 =
    # 2.470.000: the 1.955.000 carried, the instalments 285.000 and the fixed costs 230.000
    # (no free cash left to pay them) (#13, review11p 2: what each is made of)
    short = [line for line in bold if "kas kelompok kurang" in line]
    february = next(line for line in short if line.startswith("Pada Februari"))
    assert february == (
        "Pada Februari\u00a02004 kas kelompok kurang Rp\u00a02.470.000 untuk angsuran dan iuran"
        " tanpa memakai uang yang disisihkan untuk bahan dan biaya yang dibayar di muka: kas"
        " akhir −Rp\u00a0440.000 lebih kecil dari Rp\u00a02.030.000 yang masih disisihkan, dan uang"
        " itu tidak bisa membayar bahan dan biaya itu sekaligus angsuran. Yang kurang:"
        " Rp\u00a01.955.000 sebelum bulan itu, Rp\u00a0285.000 untuk angsuran dan iuran bulan itu"
        " (Rp\u00a0285.000), Rp\u00a0230.000 untuk biaya bulan itu yang tidak tertutup penjualan"
        " dan kas bebas."
    )
    assert short[short.index(february) + 1].startswith(
        "Pada Maret\u00a02004 kas kelompok kurang Rp\u00a02.985.000 untuk angsuran"
    )


def test_a_group_without_an_analysis_says_so(tmp_path: Path) -> None:
    ws = _sedap_only(example("palembang"), BusinessAnalysis())
    full = _sedap_only(example("palembang"))
    empty = export_workshop(ws, source="e", output=tmp_path / "e").documents[0]
    filled = export_workshop(full, source="f", output=tmp_path / "f").documents[0]
    assert empty_sections(empty) == empty_sections(filled) + 1
    assert "Arus kas sampai angsuran terakhir" not in text_of(empty)


def test_the_lender_follows_its_instalments_in_a_column_of_its_own(tmp_path: Path) -> None:
    ws = example("palembang")
    jaya = ws.model_copy(update={"groups": (ws.groups[1],)})
    path = export_workshop(jaya, source="j", output=tmp_path).documents[0]
    nb = "\u00a0"
    rows: dict[str, dict[str, str]] = {}
    for table in docx.Document(str(path)).tables:
        head = [c.text for c in table.rows[0].cells]
        if head[0] != "Bulan":
            continue
        for r in table.rows[1:]:
            cells = [c.text.replace(nb, " ") for c in r.cells]
            rows.setdefault(cells[0], {}).update(zip(head[1:], cells[1:], strict=True))
    # Oct 2003: the ten members pay their fund 10 × (47.000 + 5.000 fee) = 520.000; BMM is
    # paid on 4 Mondays (6, 13, 20, 27 Oct: the first on or after the grace's end, 1 Oct)
    # × 68.500 = 274.000 — until #13 one figure, 794.000
    assert rows["Okt 2003"]["Angsuran anggota dan iuran"] == "Rp 520.000"
    assert rows["Okt 2003"]["Angsuran BMM"] == "Rp 274.000"
    # BMM's column adds up to everything paid back to BMM: 51 × 68.500 + 46.500
    assert rows["Jumlah"]["Angsuran BMM"] == "Rp 3.540.000"
    text = text_of(path)
    assert (
        "Kas akhir = kas awal + penjualan − biaya produk − biaya tetap − angsuran anggota dan "
        "iuran − angsuran BMM. Biaya produk dan biaya tetap dihitung penuh setiap bulan"
    ) in text
    assert "anggota mengangsurnya dari bagiannya atas laba usaha" in text
    assert "kolomnya terpisah supaya pemberi pinjaman dapat mengikutinya" in text


def test_the_cash_flow_shows_what_is_set_aside_and_keeps_its_total_with_three_months(
    tmp_path: Path,
) -> None:
    """rev14-lender 6 and 7, Penjahit: September 2003 closes at 113.000 while the 420.000 of
    cloth money is still set aside (bought in November, when selling starts): 307.000 short,
    but the table printed 113.000 in plain type and the 420.000 nowhere. Its closing cash is
    now bold and the line under the table says what is set aside month by month, so
    420.000 − 113.000 = 307.000 (Sep) and 420.000 + 244.000 = 664.000 (Oct, page 1's largest)
    can be followed. The cash flow's total stays with the three months above it (Pertukangan
    and Berjualan printed "Agu 2004" and Jumlah alone on the next page)."""
    from docx.oxml.ns import qn

    ws = example("surabaya")
    path = export_workshop(ws, source="s", output=tmp_path, group="Kelompok Penjahit")
    nb = "\u00a0"
    doc = docx.Document(str(path.documents[0]))
    [table] = [t for t in doc.tables if t.rows[0].cells[0].text == "Bulan"]
    rows = {r.cells[0].text.replace(nb, " "): r for r in table.rows[1:]}

    def bold(row: str) -> bool:
        cell = rows[row].cells[-1]
        return all(r.bold for p in cell.paragraphs for r in p.runs if r.text.strip())

    assert bold("Sep 2003") and bold("Okt 2003")  # 113.000 < 420.000; −244.000
    assert not bold("Agu 2003") and not bold("Nov 2003")  # nothing due; 489.000, nothing kept
    text = text_of(path.documents[0]).replace(nb, " ")
    assert (
        "Masih disisihkan di kas akhir untuk bahan dan biaya yang dibayar di muka, bukan untuk"
        " angsuran: Agu 2003 sampai Okt 2003 Rp 420.000, Nov 2003 sampai Jul 2004 Rp 0. Kas"
        " akhir yang lebih kecil dari itu (tebal) pada bulan dengan angsuran atau iuran berarti"
        " kas kurang sebesar selisihnya."
    ) in text

    def kept(paragraph_element: object) -> bool:
        ppr = paragraph_element.find(qn("w:pPr"))  # type: ignore[attr-defined]
        return ppr is not None and ppr.find(qn("w:keepNext")) is not None

    def row_kept(row: object) -> bool:
        return all(kept(p) for p in row._tr.iter(qn("w:p")))  # type: ignore[attr-defined]

    # the total with the three months above it (was: one month and the total)
    body = list(table.rows)
    assert all(row_kept(r) for r in body[-4:-1])

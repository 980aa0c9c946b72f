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
    # counted (100.000); the grant's 1.500.000 lent to the members is not the business's cash
    assert (
        "Kas awal menurut sumber dana: Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis "
        "untuk aset Rp\u00a03.500.000 − RAB Rp\u00a03.500.000, modal sendiri tunai "
        "Rp\u00a0100.000 − RAB Rp\u00a00 = Rp\u00a0100.000; barang dan tenaga janji hati senilai "
        "Rp\u00a0612.500 adalah swadaya, bukan kas (memenuhi RAB Rp\u00a0500.000); janji hati "
        "senilai Rp\u00a0100.000 yang belum ditepati tidak dihitung; dana bergulir "
        "Rp\u00a01.500.000 dipinjamkan ke anggota, bukan kas usaha."
    ) in text
    # the first month of the cash flow: selling starts on 22 Sep (the step "Menitipkan kue ke
    # warung dan kantin sekolah"), 9 of 30 days: 1.500 × 9/30 = 450 and 600 × 9/30 = 180 units,
    # sales 450 × 1.000 + 180 × 1.500 = 720.000, costs 450 × 600 + 180 × 850 = 423.000;
    # 100.000 + 720.000 − 423.000 − 230.000 = 167.000, nothing due
    assert "Sep 2003Rp\u00a0720.000Rp\u00a0423.000Rp\u00a0230.000Rp\u00a00Rp\u00a0167.000" in text
    assert "September 2003 dihitung 9 dari 30 hari" in text
    assert "Rp\u00a076.000 per anggota" in text
    assert "Pesanan kue Lebaran (Nov): Kue kering Lebaran (nastar), 60 unit" in text
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
    # not cash). Sep closes at 100.000 + 760.000 = 860.000. Due into the fund: Oct the first
    # 6 borrowers' 6 × (250.000 ÷ 12 = 20.833 rounded up to the Rp 500 cash unit: 21.000,
    # + 2.500 service) = 141.000 + dues 10 × 5.000 = 191.000; Nov a 7th borrower: 214.500.
    # Oct (nothing sold): 860.000 − 230.000 fixed − 191.000 = 439.000; Nov (Ramadan half,
    # Lebaran orders: profit 865.000) 439.000 + 865.000 − 214.500 = 1.089.500: never below 0
    assert not [line for line in bold if "kas kelompok kurang" in line]
    poorer = quiet.model_copy(update={"months": (9, 10, 11, 12)})
    ws = _sedap_only(ws, analysis.model_copy(update={"seasons": (*analysis.seasons, poorer)}))
    path = export_workshop(ws, source="q", output=tmp_path / "q").documents[0]
    bold = [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.runs and all(r.bold for r in p.runs if r.text.strip())
    ]
    # Sep: 100.000 − 230.000 = −130.000 (nothing due yet: no warning); Oct −130.000 − 230.000 −
    # 191.000 = −551.000; Nov −551.000 − 230.000 − 214.500 = −995.500; Dec −995.500 − 230.000
    # − 238.000 = −1.463.500 …
    short = [line for line in bold if "kas kelompok kurang" in line]
    assert short[:3] == [
        "Pada Oktober 2003 kas kelompok kurang Rp\u00a0551.000 untuk angsuran.",
        "Pada November 2003 kas kelompok kurang Rp\u00a0995.500 untuk angsuran.",
        "Pada Desember 2003 kas kelompok kurang Rp\u00a01.463.500 untuk angsuran.",
    ]


def test_a_group_without_an_analysis_says_so(tmp_path: Path) -> None:
    ws = _sedap_only(example("palembang"), BusinessAnalysis())
    full = _sedap_only(example("palembang"))
    empty = export_workshop(ws, source="e", output=tmp_path / "e").documents[0]
    filled = export_workshop(full, source="f", output=tmp_path / "f").documents[0]
    assert empty_sections(empty) == empty_sections(filled) + 1
    assert "Arus kas sampai angsuran terakhir" not in text_of(empty)

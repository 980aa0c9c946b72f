"""The printed plan says what the members' loans buy (#13, rev14-lender finding 2): on page 1
in a few words, where the loans are presented (the capital plan), and — when part of them buys
nothing for the business while its cash flow repays them — on the cash-flow page."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop

from .factory import example

NB = "\u00a0"


def test_the_plan_says_what_the_loans_buy_and_what_is_lent_for_nothing(tmp_path: Path) -> None:
    # Jaya Bersama without its scissors line: 10 × 475.000 = 4.750.000 received; the sewing
    # machines 10 × 400.000 = 4.000.000; 750.000 lent for no budget line
    ws = example("palembang")
    jaya = ws.groups[1]
    budget = tuple(b for b in jaya.capital.budget if not b.item.startswith("Gunting dan alat"))
    assert len(budget) == len(jaya.capital.budget) - 1
    jaya = jaya.model_copy(update={"capital": jaya.capital.model_copy(update={"budget": budget})})
    ws = ws.model_copy(update={"groups": (jaya,)})
    path = export_workshop(ws, source="p", output=tmp_path).documents[0]
    doc = docx.Document(str(path))
    texts = [p.text.replace(NB, " ") for p in doc.paragraphs]
    first_heading = next(
        i for i, p in enumerate(doc.paragraphs) if p.style and p.style.name == "Heading 1"
    )
    summary = texts[texts.index("Ringkasan rencana") : first_heading]
    # in the paragraph of the fund's rounds, after them: page 1 has no line to spare
    [rounds] = [t for t in summary if t.startswith("Putaran pertama dana bergulir")]
    assert rounds.endswith(
        " Pinjaman putaran pertama membeli: Mesin jahit bekas di rumah"
        " (Rp 4.000.000 dari Rp 4.750.000); Rp 750.000 dipinjamkan tanpa rencana penggunaan."
    )
    body = texts[first_heading:]
    # the members' loans, the capital table's row "Pinjaman anggota" (rev15-lender 9)
    received = next(i for i, t in enumerate(body) if "diterima tunai 10 anggota × Rp 475.000" in t)
    assert body[received + 1].endswith(
        "Pinjaman putaran pertama dipakai anggota untuk: Mesin jahit bekas di rumah"
        " Rp 4.000.000; jumlah Rp 4.000.000 dari Rp 4.750.000 yang diterima anggota."
    )
    assert body[received + 2].endswith(
        "Rp 750.000 dari Rp 4.750.000 yang diterima anggota dipinjamkan tanpa rencana"
        " penggunaan: tidak ada baris RAB yang dibeli anggota dengan uang itu."
    )
    cash = texts.index("Arus kas sampai angsuran terakhir")  # the cash-flow page's heading
    unused = [
        i
        for i, t in enumerate(texts)
        if t.endswith(
            "Dari pinjaman dana bergulir yang diterima anggota, Rp 750.000 tidak membeli apa pun"
            " untuk usaha, tetapi angsurannya dibayar dari kas usaha: angsuran itu datang dari"
            " laba usaha, bukan dari apa yang dibeli pinjaman itu."
        )
    ]
    assert len(unused) == 1
    assert unused[0] > cash

"""Printed-plan lines a reviewer read as untrue or unexplained (#13): the capital sum says what it
adds up, a division says it was rounded, no 'tenaga Rp 0', money handed over later shows in its
month of the cash flow, and the signatures hold together row by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.oxml.ns import qn

from pra.export.files import export_workshop
from pra.model import BudgetLine, LenderLoan, Workshop
from pra.plan.business import analysis_start, business_plan
from pra.plan.capital import capital_summary

from .factory import example

NB = "\u00a0"


def _lines(ws: Workshop, name: str) -> list[str]:
    group = next(g for g in ws.groups if g.name == name)
    return [n.text("id").replace(NB, " ") for n in capital_summary(group).lines]


def test_the_capital_sum_names_its_parts_and_the_grant_lent_on_is_reconciled() -> None:
    lines = _lines(example("palembang"), "Kelompok Jaya Bersama")
    # grant 5.000.000 all lent to members (10 × 500.000); the budget is paid by the BMM loan
    # 3.000.000 and the pledges kept: money 100.000 + 50.000, goods 500.000 + 450.000 + 35.000
    # + 25.000 = 1.160.000 (Nurjanah's 50.000 and Junaidi's table 100.000 are not kept yet:
    # promised, not counted; #13): 4.160.000
    assert (
        "Bantuan stimulan Rp 5.000.000 seluruhnya dipinjamkan bergilir kepada anggota,"
        " tidak untuk belanja kelompok" in lines
    )
    assert (
        # since #13 with the members' loans that buy their lines: 4.750.000 + 3.000.000 +
        # 1.160.000 = 8.910.000
        "Jumlah modal untuk anggaran: Rp 8.910.000 (bantuan yang diterima anggota untuk belanja"
        " usaha masing-masing Rp 4.750.000, pinjaman Rp 3.000.000, swadaya Rp 1.160.000)" in lines
    )
    sedap = _lines(example("palembang"), "Kelompok Sedap Malam")
    # 5.000.000 = 3.500.000 for the oven, mixer and materials + 1.500.000 lent (6 × 250.000)
    assert (
        "Bantuan stimulan Rp 5.000.000 = Rp 3.500.000 untuk belanja kelompok"
        " + Rp 1.500.000 dipinjamkan bergilir kepada anggota" in sedap
    )
    assert (
        # since #13 with the members' loans: 3.500.000 + 1.350.000 + 712.500 = 5.562.500
        "Jumlah modal untuk anggaran: Rp 5.562.500 (bantuan untuk belanja kelompok"
        " Rp 3.500.000, bantuan yang diterima anggota untuk belanja usaha masing-masing"
        " Rp 1.350.000, swadaya Rp 712.500)" in sedap
    )


def test_an_own_part_without_value_is_left_out() -> None:
    sedap = _lines(example("palembang"), "Kelompok Sedap Malam")
    # kept: money 100.000 + goods 200.000 + 17.500 + 300.000 + 75.000 + 20.000 = 712.500; no
    # labour valued: no "tenaga Rp 0". Not kept: money 50.000 + sugar and eggs 50.000
    assert (
        "Swadaya (janji hati yang sudah ditepati): uang Rp 100.000, barang Rp 612.500;"
        " jumlah Rp 712.500" in sedap
    )
    assert (
        "Janji hati senilai Rp 100.000 belum ditepati (belum disetor atau diberikan) dan"
        " tidak dihitung." in sedap
    )
    assert not any("tenaga Rp 0" in line for line in sedap)


def test_a_share_per_member_that_is_not_whole_says_it_was_rounded(tmp_path: Path) -> None:
    ws = example("surabaya")
    paths = export_workshop(ws, source="s", output=tmp_path).documents
    texts = [p.text.replace(NB, " ") for path in paths for p in docx.Document(str(path)).paragraphs]
    # 975.000 ÷ 7 = 139.285,714…: the whole rupiah it rounds down to, as every amount is
    # printed (no decimals), and said so (Berjualan's ordinary month, said beside its weakest
    # month since #13)
    assert any(
        "laba sebulan Rp 975.000 ÷ 7 anggota = Rp 139.285 (dibulatkan ke bawah) per anggota" in t
        for t in texts
    )
    assert not any("139.285,71" in t for t in texts)
    # an exact share stays one amount: 640.000 ÷ 7 = 91.428,57 is rounded, 580.000 ÷ 6 too,
    # but Palembang's 760.000 ÷ 10 = 76.000 is not
    assert not any("Rp 975.000 ÷ 7 anggota = Rp 139.285 per" in t for t in texts)


def test_money_handed_over_later_shows_in_its_month_of_the_cash_flow(tmp_path: Path) -> None:
    ws = example("palembang")
    groups = list(ws.groups)
    sedap = next(i for i, g in enumerate(groups) if g.name == "Kelompok Sedap Malam")
    group = groups[sedap]
    bmm = LenderLoan(
        id="ln-bmm", lender="BMM", principal=1_000_000, disbursed_on=dt.date(2003, 11, 10)
    )
    line = BudgetLine(id="bl-etalase", item="Etalase", unit_price=200_000, source_id="ln-bmm")
    capital = group.capital.model_copy(
        update={
            "sources": (*group.capital.sources, bmm),
            "budget": (*group.capital.budget, line),
        }
    )
    groups[sedap] = group.model_copy(update={"capital": capital})
    ws = Workshop.model_validate(ws.model_copy(update={"groups": tuple(groups)}).model_dump())
    group = ws.groups[sedap]
    plan = business_plan(group, analysis_start(group, ws.info.date))
    # the cash flow starts September 2003; the loan comes on 10 November (month 2), less the
    # Rp 200.000 etalase it pays: 1.000.000 − 200.000 = 800.000. The table runs 17 months, to
    # the revolving fund's last member instalment in January 2005
    assert [m.funding for m in plan.months] == [0, 0, 800_000] + [0] * 14
    label, expected = plan.months[2].period.label("id"), "Rp 800.000"
    path = export_workshop(ws, source="p", output=tmp_path, drafts=True).documents[sedap]
    doc = docx.Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Dana masuk")
    row = next(r for r in table.rows if r.cells[0].text.replace(NB, " ") == label)
    assert row.cells[1].text.replace(NB, " ") == expected
    notes = [p.text for p in doc.paragraphs if p.text.startswith("Kas akhir = kas awal + dana")]
    assert len(notes) == 1
    # the unchanged example hands everything over in the first month: no such column
    plain = export_workshop(example("palembang"), source="p", output=tmp_path / "x").documents
    assert not any(
        t.rows[0].cells[1].text == "Dana masuk" for t in docx.Document(str(plain[0])).tables
    )


def test_signature_rows_hold_together_and_the_approval_heading_keeps_with_its_first_pair(
    tmp_path: Path,
) -> None:
    # Each row of signatures (room to sign, the line, the names) holds together and a page
    # may break after it; the approval heading keeps with its first pair of approvers. The
    # members' last rows chained to an approval block kept whole left half a page empty
    # (Pertukangan, #13): no row is chained to the next, but the last row keeps with the
    # approval heading, so that the approval block never stands alone on a page of its own,
    # apart from the plan it approves (#13 item 8).
    def kept(tr: object) -> bool:
        return all(
            p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
            for p in tr.iter(qn("w:p"))  # type: ignore[attr-defined]
        )

    for name in ("palembang", "surabaya", "yogyakarta"):
        for path in export_workshop(example(name), source="e", output=tmp_path / name).documents:
            doc = docx.Document(str(path))
            heading = next(p._p for p in doc.paragraphs if p.text == "Mengetahui / Menyetujui")
            assert heading.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None, path.name
            members = heading.getprevious()
            while members.tag == qn("w:p") and not "".join(members.itertext()).strip():
                members = members.getprevious()
            assert members.tag == qn("w:tbl"), path.name  # the members' signatures
            rows = members.findall(qn("w:tr"))
            last = len(rows) - 1
            # up to 4 rows of signatures (12 members, 3 table rows each) the whole table keeps
            # together on one page (s13-lender2: Jaya Bersama's members split over p14/15)
            whole = len(rows) <= 12
            assert [kept(tr) for tr in rows] == [
                whole or (i + 1) % 3 != 0 or i == last for i in range(len(rows))
            ]
            approval = heading.getnext()
            assert approval.tag == qn("w:tbl"), path.name
            pairs = approval.findall(qn("w:tr"))
            # each pair of approvers (4 rows, the last 3) holds together, the last two together
            # (s13-lender2: the BMM's signature went alone to the next page)
            n = len(pairs)
            assert [kept(tr) for tr in pairs] == [
                i < n - 1 and ((i + 1) % 4 != 0 or i >= n - 7) for i in range(n)
            ], path.name

"""The budget (RAB) and the capital sum name the lender who pays: "Pinjaman BMM", not
"Pinjaman lembaga" (python-docx)."""

from __future__ import annotations

from pathlib import Path

from pra.model import Workshop
from tests.export.factory import example
from tests.export.test_signing import plan_of, table_after, with_lenders

RAB = "Rencana anggaran biaya (RAB)"
CAPITAL_SUM = "Perhitungan modal"


def test_the_budget_names_the_lender_of_each_line_it_pays(tmp_path: Path) -> None:
    ws = example("palembang")
    jaya = ws.groups[1]
    paid = [line.item for line in jaya.capital.budget if line.source_id == jaya.capital.loans[0].id]
    assert len(paid) == 7  # Mesin jahit … Lampu dan kabel: Rp 3.000.000 from BMM
    doc = plan_of(ws, tmp_path, group=1)
    rows = table_after(doc, RAB)
    assert rows[0][-1] == "Sumber dana"
    by_item = {r[1]: r[-1] for r in rows[1:-1]}
    assert {item: by_item[item] for item in paid} == dict.fromkeys(paid, "Pinjaman BMM")
    assert by_item["Mesin jahit milik ketua"] == "Swadaya"
    # what the members buy with their loans names them, not the grant (#13)
    assert by_item["Mesin jahit bekas di rumah"] == "Pinjaman anggota"
    sums = table_after(doc, CAPITAL_SUM)
    # what the members buy with their loans, 10 × 475.000 received, on the row the RAB's
    # source column names (rev15-lender 9); the grant is all lent on: no grant row
    assert [r[0] for r in sums] == [
        "Sumber modal",
        "Pinjaman anggota",
        "Pinjaman BMM",
        "Swadaya",
        "Jumlah",
    ]
    assert sums[1][1:3] == ["Rp\u00a04.750.000", "Rp\u00a04.750.000"]
    assert sums[2][1:3] == ["Rp\u00a03.000.000", "Rp\u00a03.000.000"]


def test_loans_from_two_lenders_are_summed_as_loans_from_lenders(tmp_path: Path) -> None:
    ws: Workshop = with_lenders(example("palembang"), ["BMM", "Koperasi Bina Vitalis"])
    sums = table_after(plan_of(ws, tmp_path, group=1), CAPITAL_SUM)
    assert sums[2][0] == "Pinjaman lembaga"  # one row for both: it names neither alone
    rows = table_after(plan_of(ws, tmp_path / "b", group=1), RAB)
    assert rows[1][-1] == "Pinjaman BMM"  # each budget line still names its own lender

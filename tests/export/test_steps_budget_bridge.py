"""The steps' total is followed to the budget's cash spending under the steps table (#13,
rev16-lender 6: "Jumlah Rp 3.500.000" in the steps and "Jumlah Rp 5.350.000" in the RAB, and
nothing on the page connecting them)."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop
from tests.export.factory import example

NBSP = "\u00a0"


def test_the_steps_total_is_followed_to_the_budget_and_a_difference_is_said(
    tmp_path: Path,
) -> None:
    ws = example("palembang")
    # Sedap Malam's first step costs Rp 100.000 more than the budget holds
    groups = []
    for g in ws.groups:
        if g.name == "Kelompok Sedap Malam":
            first = g.steps[0].model_copy(update={"cost": g.steps[0].cost + 100_000})
            g = g.model_copy(update={"steps": (first, *g.steps[1:])})
        groups.append(g)
    ws = ws.model_copy(update={"groups": tuple(groups)})
    result = export_workshop(ws, source="t", output=tmp_path, lang="id", minutes=False)
    said = {}
    for path in result.documents:
        text = [p.text.replace(NBSP, " ") for p in docx.Document(str(path)).paragraphs]
        said[path.name] = [t for t in text if t.startswith("Jumlah biaya langkah")]
    [jaya] = [v for k, v in said.items() if "Jaya" in k]
    [sedap] = [v for k, v in said.items() if "Sedap" in k]
    # Jaya Bersama: 8.800.000 − 950.000 pledged − 4.750.000 the members buy = 3.100.000
    assert jaya == [
        "Jumlah biaya langkah Rp 3.100.000 sama dengan belanja tunai kelompok di RAB (bagian "
        '"11. Rencana modal"): RAB Rp 8.800.000 − barang dan tenaga janji hati Rp 950.000 − '
        "barang yang dibeli anggota dengan pinjamannya Rp 4.750.000 = Rp 3.100.000."
    ]
    # Sedap Malam: 5.350.000 − 500.000 − 1.350.000 = 3.500.000, the steps 3.600.000
    assert sedap == [
        "Jumlah biaya langkah Rp 3.600.000 tidak sama dengan belanja tunai kelompok di RAB "
        '(bagian "11. Rencana modal"): RAB Rp 5.350.000 − barang dan tenaga janji hati '
        "Rp 500.000 − barang yang dibeli anggota dengan pinjamannya Rp 1.350.000 = "
        "Rp 3.500.000, selisih Rp 100.000."
    ]

"""The English plan and berita acara read in English (#13): institution kinds translated beside the
resource kinds, one facilitator's role in the singular above her own signature."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop

from .factory import example


def table_rows(path: Path, first: str) -> list[list[str]]:
    doc = docx.Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == first)
    return [[c.text.replace("\u00a0", " ") for c in row.cells] for row in table.rows]


def test_institution_kinds_are_english_in_the_english_plan(tmp_path: Path) -> None:
    result = export_workshop(example("palembang"), source="t", output=tmp_path, lang="en")
    rows = table_rows(result.documents[0], "Institution")  # Sedap Malam
    kinds = {name: kind for name, kind, *_ in rows[1:]}
    assert kinds["Yayasan Bina Vitalis"] == "NGO"
    assert kinds["Arisan ibu-ibu RT"] == "rotating savings group (arisan)"
    assert kinds["Majelis taklim"] == "Quran study group (pengajian)"
    assert kinds["Kantor Kelurahan 13 Ilir"] == "government"


def test_institution_kinds_stay_as_typed_in_indonesian(tmp_path: Path) -> None:
    result = export_workshop(example("palembang"), source="t", output=tmp_path, lang="id")
    rows = table_rows(result.documents[0], "Lembaga")
    kinds = {name: kind for name, kind, *_ in rows[1:]}
    assert kinds["Yayasan Bina Vitalis"] == "LSM" and kinds["Posyandu"] == "kesehatan"


def test_each_facilitator_signs_under_the_singular_role(tmp_path: Path) -> None:
    ws = example("palembang")
    result = export_workshop(ws, source="t", output=tmp_path, lang="en", minutes=True)
    doc = docx.Document(str(result.documents[-1]))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert len(ws.info.facilitators) == 2
    # above each signature "Facilitator"; "Facilitators" only labels both names in the venue table
    assert cells.count("Facilitator") == 2 and cells.count("Facilitators") == 1

"""A calendar part moves to the next page whole, and only when it does not fit (#13,
review10p 6: Sedap Malam's part 2 left 3 rows at the foot of a page, the rest on the next)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from pra.export.files import export_workshop
from tests.export.factory import example


def test_every_row_of_a_calendar_part_but_its_last_keeps_with_the_next(tmp_path: Path) -> None:
    """Sedap Malam's two parts hold 9 steps and 5 money rows each (14 rows, a part was kept
    whole only up to 10): every row's paragraphs keep with the next row, so LibreOffice and
    Word start the part on a new page only when it does not fit whole."""
    result = export_workshop(
        example("palembang"), source="t", output=tmp_path, lang="id", minutes=False
    )
    [path] = [p for p in result.documents if "Sedap" in p.name]
    doc = docx.Document(str(path))
    parts = [tb for tb in doc.tables if tb.rows[0].cells[0].text == "Langkah"]
    assert len(parts) == 2
    found = []
    for table in parts:
        rows = table._tbl.findall(qn("w:tr"))
        assert len(rows) == 15  # the header, 9 steps, 5 money rows
        kept = [
            all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p")))
            for tr in rows
        ]
        found.append(kept)
    # part 1 starts under the section's heading and legend: since s13-draft it may break
    # between rows (its header repeats), only its header and first rows keeping with the
    # heading, so the heading never stands alone on a page; it does not chain part 2's
    # heading to it. Part 2 moves whole, its last row keeping with the note under the calendar
    assert found[0][:3] == [True] * 3 and found[0][-1] is False, found[0]
    assert found[1] == [True] * 15

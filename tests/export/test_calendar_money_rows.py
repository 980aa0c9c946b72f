"""The printed calendar's money rows against the plan's own schedules (#13, review10p 5 and 7):
every hand-over of the revolving fund inside the calendar is a row on the day and for the
amount of the schedule's "Putaran pinjaman", and the members' first instalment is the
schedule's first "Setoran"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pra.export.files import export_workshop
from tests.export.factory import example

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def sedap_malam(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    out: Path = tmp_path_factory.mktemp("calendar-money")
    result = export_workshop(example("palembang"), source="t", output=out, lang="id", minutes=False)
    [path] = [p for p in result.documents if "Sedap" in p.name]
    return docx.Document(str(path))


def _table(doc: docx.document.Document, first: str) -> list[list[str]]:
    table = next(tb for tb in doc.tables if tb.rows[0].cells[0].text == first)
    return [[c.text.replace(NBSP, " ") for c in row.cells] for row in table.rows]


def _money_cells(doc: docx.document.Document) -> dict[str, list[tuple[str, str]]]:
    """Each money row of the calendar's parts: its title → (the column's head, its cell) of
    each cell filled in all the parts (each part repeats the rows): one for a hand-over, one per
    instalment the row counts (rev13-lender 11)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for table in doc.tables:
        if table.rows[0].cells[0].text != "Langkah":
            continue
        rows = [[c.text.replace(NBSP, " ") for c in row.cells] for row in table.rows]
        for row in rows[1:]:
            if row[0].startswith("Dana:"):
                filled = [(rows[0][i], c) for i, c in enumerate(row) if i and c]
                found.setdefault(row[0], []).extend(filled)
    return found


def test_every_round_handed_over_inside_the_calendar_is_a_row(
    sedap_malam: docx.document.Document,
) -> None:
    """Sedap Malam's "Putaran pinjaman" hands the fund to Herlina on 6 Oct 2003 (week 6) and to
    Siti Zubaidah on 6 Nov 2003 (week 10), Rp 225.000 each; the calendar (1 Sep – 23 Nov) had
    only the first round (1 Sep). Rounds 4 and 5 (Dec, Jan) are named below it."""
    rounds = _table(sedap_malam, "Putaran")
    assert rounds[2][2:] == ["6 Oktober 2003", "Herlina"]
    assert rounds[3][2:] == ["6 November 2003", "Siti Zubaidah"]
    cells = _money_cells(sedap_malam)
    assert cells["Dana: dana bergulir diserahkan kepada 6 anggota, Rp 1.350.000"] == [
        ("Mg 1\n1 Sep", "1 Sep")
    ]
    assert cells["Dana: dana bergulir putaran 2 diserahkan kepada Herlina, Rp 225.000"] == [
        ("Mg 6\n6 Okt", "6 Okt")
    ]
    assert cells["Dana: dana bergulir putaran 3 diserahkan kepada Siti Zubaidah, Rp 225.000"] == [
        ("Mg 10\n3 Nov", "6 Nov")
    ]
    texts = [p.text.replace(NBSP, " ") for p in sedap_malam.paragraphs]
    outside = next(t for t in texts if t.startswith("Di luar masa kalender ini:"))
    assert "putaran 4 diserahkan kepada Aisyah, Rp 225.000 (6 Desember 2003)" in outside
    assert "putaran 5 diserahkan kepada Syamsul Bahri, Rp 225.000 (6 Januari 2004)" in outside


def test_the_first_instalment_row_is_the_schedules_first_payment(
    sedap_malam: docx.document.Document,
) -> None:
    """The schedule's first row (6 Oct 2003): Rp 21.000 principal + Rp 2.500 fee + Rp 5.000 dues
    = Rp 28.500; the calendar's row said "Rp 23.500 per anggota", which no member pays."""
    schedule = _table(sedap_malam, "Bulan ke-")
    assert schedule[1] == [
        "1",
        "6 Oktober 2003",
        "Rp 21.000",
        "Rp 2.500",
        "Rp 5.000",
        "Rp 28.500",
        "Rp 229.000",
    ]
    cells = _money_cells(sedap_malam)
    # counting the 6 Nov instalment too, up to the collecting step's end (review11p 9)
    title = (
        "Dana: angsuran anggota 2 kali, 6 Oktober 2003 – 6 November 2003; angsuran pertama"
        " anggota, Rp 28.500 per anggota (pokok dan jasa Rp 23.500 + iuran Rp 5.000)"
    )
    # each of the two boxed in its week (rev13-lender 11: only the first was)
    assert cells[title] == [("Mg 6\n6 Okt", "6 Okt"), ("Mg 10\n3 Nov", "6 Nov")]

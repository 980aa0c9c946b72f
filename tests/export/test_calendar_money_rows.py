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


def test_a_loan_handed_over_before_the_calendar_keeps_the_row_of_its_instalments_within(
    tmp_path: Path,
) -> None:
    """BMM handed over on 1 June 2003, Jaya Bersama's calendar from 1 September: its first 20
    Monday instalments (7 July – 17 November) were all left out of the grid because the first
    was before it (rev16-lender 1). The row keeps the 12 within (1 September – 17 November),
    and the sentence below names the 8 before (7 July – 25 August)."""
    import datetime as dt

    from pra.model import LenderLoan

    ws = example("palembang")
    groups = []
    for g in ws.groups:
        sources = tuple(
            s.model_copy(update={"disbursed_on": dt.date(2003, 6, 1)})
            if isinstance(s, LenderLoan)
            else s
            for s in g.capital.sources
        )
        groups.append(
            g.model_copy(update={"capital": g.capital.model_copy(update={"sources": sources})})
        )
    ws = ws.model_copy(update={"groups": tuple(groups)})
    result = export_workshop(ws, source="t", output=tmp_path, lang="id", minutes=False)
    [path] = [p for p in result.documents if "Jaya" in p.name]
    doc = docx.Document(str(path))
    title = (
        "Dana: angsuran kepada BMM 20 kali, 7 Juli 2003 – 17 November 2003, Rp 68.500 setiap kali"
    )
    cells = [cell for _, cell in _money_cells(doc)[title]]
    assert cells == [
        *("1 Sep", "8 Sep", "15 Sep", "22 Sep", "29 Sep", "6 Okt"),
        *("13 Okt", "20 Okt", "27 Okt", "3 Nov", "10 Nov", "17 Nov"),
    ]
    text = "\n".join(p.text for p in doc.paragraphs).replace(NBSP, " ")
    before = ", ".join(f"{d} 2003" for d in ("7 Juli", "14 Juli", "21 Juli", "28 Juli")) + ", "
    before += ", ".join(
        f"{d} 2003" for d in ("4 Agustus", "11 Agustus", "18 Agustus", "25 Agustus")
    )
    assert (
        f"Di luar masa kalender ini: Dana: pinjaman BMM Rp 3.000.000 diterima kelompok (1 Juni 2003); {title}, yang jatuh {before}."
        in text
    )

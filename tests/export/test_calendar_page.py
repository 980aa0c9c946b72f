"""The printed calendar: full names, holidays marked for the periods they touch, a legend of what is printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx

from pra.export.files import export_workshop
from pra.model import Workshop
from tests.export.factory import example


def monthly_jaya_bersama() -> Workshop:
    """Jaya Bersama by month from Feb 2004, a holiday of 28 Mar – 7 Apr, two people renamed."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    for person in data["participants"]:
        if person["id"] == "p-13":
            person["name"] = "Prof. Darmawati Hasan"
        if person["id"] == "p-11":
            person["name"] = "Bu Sumiati"
    group = data["groups"][1]
    group["calendar"] = {
        "unit": "month",
        "start": "2004-02-01",
        "blackouts": [
            {"id": "bo-1", "label": "Libur Lebaran", "start": "2004-03-28", "end": "2004-04-07"}
        ],
        "max_parallel_per_person": 2,
    }
    return Workshop.model_validate(data)


def calendar_of(tmp_path: Path, ws: Workshop, part: int) -> tuple[list[list[str]], str]:
    """A part's calendar table cell texts and the legend printed above it, of Jaya Bersama's plan."""
    result = export_workshop(ws, source="t", output=tmp_path, lang="id", minutes=False)
    [path] = [p for p in result.documents if "Jaya" in p.name]
    doc = docx.Document(str(path))
    tables = [tb for tb in doc.tables if tb.rows[0].cells[0].text == "Langkah"]
    cells = [[c.text for c in row.cells] for row in tables[part].rows]
    legend = next(p.text for p in doc.paragraphs if p.text.startswith("Satu kolom"))
    return cells, legend


def test_full_names_and_partial_holidays(tmp_path: Path) -> None:
    ws = monthly_jaya_bersama()
    assert ws.groups[1].calendar.start == dt.date(2004, 2, 1)
    cells, legend = calendar_of(tmp_path, ws, 0)
    header = cells[0]
    assert header[1:4] == ["Feb\u00a02004", "Mar\u00a02004 (×)", "Apr\u00a02004 (×)"]
    text = "\n".join("\n".join(row) for row in cells)
    # each name whole on its line (no-break spaces, #13)
    assert "Prof.\u00a0Darmawati\u00a0Hasan" in text
    assert "•\u00a0Bu\u00a0Sumiati\n•\u00a0" in text  # one of two people: each name starts with •
    names = {line for row in cells[1:] for cell in row[1:] for line in cell.split("\n")}
    assert not names & {"Prof.", "Bu", "Hasan"}
    assert legend == (
        "Satu kolom = satu bulan. "
        "Nama di dalam kotak = penanggung jawab langkah pada masa itu. "
        "• = awal setiap nama bila penanggung jawabnya lebih dari satu. "
        "(×) = sebagian masa itu libur (lihat tanggalnya); pada hari lain kegiatan bisa berjalan. "
        "Masa libur: Libur Lebaran (28\u00a0Mar – 7\u00a0Apr\u00a02004). "
        "Langkah bertanda * menentukan kapan seluruh rencana selesai (jalur kritis). "
        # the money handed over in Sep 2003 is repaid within the calendar: its rows are there
        # (Feb: BMM's Mondays 2, 9, 16, 23; the members' 6th), with their legend (rev16-lender 1)
        'Baris "Dana: …" = uang yang diterima, diserahkan atau mulai diangsur menurut rencana '
        "modal (bukan langkah kegiatan); tanggalnya tertulis di kotak, sama dengan jadwal angsuran."
    )


def lebaran_week_jaya_bersama() -> Workshop:
    """Jaya Bersama with its weekly meetings into a Lebaran holiday of a whole week (24–30 Nov
    2003). The shipped example stops before its holiday (25–30 Nov) so that no instalment falls
    in it (#13); this is the plan it had before."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    group = data["groups"][1]
    group["steps"][-1]["duration"] = 8
    group["calendar"]["blackouts"][0]["start"] = "2003-11-24"
    return Workshop.model_validate(data)


def test_the_legend_explains_only_marks_on_the_page(tmp_path: Path) -> None:
    ws = lebaran_week_jaya_bersama()
    cells, legend = calendar_of(tmp_path, ws, -1)
    assert (
        cells[0][0] == "Langkah" and cells[0][-1] == "Mg 13\n24\u00a0Nov ×"
    )  # 24–30 Nov: all holiday
    assert "■" not in legend and "(×)" not in legend
    assert "× = seluruh masa itu libur." in legend
    assert "Libur Lebaran Idul Fitri 1424 H (24\u00a0Nov – 30\u00a0Nov\u00a02003)" in legend


def test_the_plan_says_who_collects_the_instalments_after_the_calendar(tmp_path: Path) -> None:
    """Jaya Bersama's calendar ends on 23 Nov 2003; below it the plan names who collects the
    members' instalments (to 6 Sep 2004) and BMM's (to 27 Sep 2004: 52 Mondays from 6 Oct
    2003, 45 of them from 24 Nov) afterwards."""
    result = export_workshop(example("palembang"), source="t", output=tmp_path, lang="id")
    [path] = [p for p in result.documents if "Jaya" in p.name]
    doc = docx.Document(str(path))
    texts = [p.text.replace("\u00a0", " ") for p in doc.paragraphs]  # dates joined (#13)
    assert (
        "Setelah kalender ini angsuran tetap ditarik pada pertemuan kelompok oleh Suryani, "
        "Darmawati, sampai angsuran terakhir: angsuran anggota 10 kali, 6 Desember 2003 – "
        "6 September 2004; angsuran Pinjaman BMM 45 kali, 24 November 2003 – 27 September 2004. "
        '(Di kalender ini langkah "Pertemuan mingguan: angsuran dan pembukuan" berakhir '
        "23 November 2003.)"
    ) in texts


def test_the_calendar_has_a_row_for_the_bmm_hand_over(tmp_path: Path) -> None:
    """Jaya Bersama's schedules count from the BMM loan handed over on 1 Sep 2003 (#13): the
    calendar prints it as a money row, with its day in the column of week 1 (1 Sep), and the
    first instalment to BMM (6 Oct, the first Monday on or after the month's grace) in week 6,
    on the first part."""
    first, legend = calendar_of(tmp_path, example("palembang"), 0)
    row = next(r for r in first if r[0].startswith("Dana: pinjaman BMM"))
    assert row[0] == "Dana: pinjaman BMM Rp\u00a03.000.000 diterima kelompok"
    assert first[0][row.index("1\u00a0Sep")] == "Mg 1\n1\u00a0Sep"
    assert [c for c in row[1:] if c] == ["1\u00a0Sep"]
    assert 'Baris "Dana: …" = uang yang diterima' in legend
    # the row counts BMM's instalments up to the collecting step's end (review11p 9)
    due = next(r for r in first if r[0].startswith("Dana: angsuran kepada BMM 7 kali"))
    assert first[0][due.index("6\u00a0Okt")] == "Mg 6\n6\u00a0Okt"


def test_every_instalment_in_the_calendar_is_boxed(tmp_path: Path) -> None:
    """rev13-lender 11: the row "angsuran kepada BMM 7 kali, 6 Oktober 2003 – 17 November 2003"
    was boxed only in week 6, the members' "2 kali" (6 Oct, 6 Nov) only in week 6 too. Weeks
    start on Mondays from 1 Sep 2003: BMM's Monday instalments 6, 13, 20, 27 Oct, 3, 10, 17 Nov
    fall in weeks 6 to 12 (7 boxes, 7 × Rp 68.500 = Rp 479.500 as the row says); the members'
    instalments, due on the 6th, in week 6 (6–12 Oct) and week 10 (3–9 Nov)."""
    # the calendar's two parts, weeks 1–6 and 7–12, each repeating the money rows
    parts = [calendar_of(tmp_path / str(n), example("palembang"), n)[0] for n in (0, 1)]

    def boxed(prefix: str) -> list[tuple[str, str]]:
        found = []
        for part in parts:
            heads = [h.split("\n")[0] for h in part[0]]
            row = next(r for r in part if r[0].startswith(prefix))
            found += [(heads[i], c.replace("\u00a0", " ")) for i, c in enumerate(row) if i and c]
        return found

    assert boxed("Dana: angsuran kepada BMM 7 kali") == [
        ("Mg 6", "6 Okt"),
        ("Mg 7", "13 Okt"),
        ("Mg 8", "20 Okt"),
        ("Mg 9", "27 Okt"),
        ("Mg 10", "3 Nov"),
        ("Mg 11", "10 Nov"),
        ("Mg 12", "17 Nov"),
    ]
    assert boxed("Dana: angsuran anggota 2 kali") == [("Mg 6", "6 Okt"), ("Mg 10", "6 Nov")]


def test_holidays_outside_the_calendar_are_listed_below_it(tmp_path: Path) -> None:
    """Jaya Bersama's calendar runs 1 Sep – 23 Nov 2003 (#13: a holiday outside its columns was
    printed nowhere, the shipped example's own Lebaran of 25–30 Nov among them; BMM's Monday
    instalment is the 24th, before it). A holiday of 1–7 Dec 2003 holds BMM's Monday instalment
    (1 Dec) and the members' (due on the 6th); 17 Aug 2003 is before the first column."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    data["groups"][1]["calendar"]["blackouts"] += [
        {"id": "bo-des", "label": "Libur hajatan", "start": "2003-12-01", "end": "2003-12-07"},
        {"id": "bo-hut", "label": "HUT RI", "start": "2003-08-17", "end": "2003-08-17"},
    ]
    result = export_workshop(
        Workshop.model_validate(data), source="t", output=tmp_path, lang="id", minutes=False
    )
    [path] = [p for p in result.documents if "Jaya" in p.name]
    texts = [p.text.replace("\u00a0", " ") for p in docx.Document(str(path)).paragraphs]
    assert "Hari libur sebelum kalender: HUT RI (17 Agustus 2003)." in texts
    assert (
        "Hari libur setelah kalender: Libur Lebaran Idul Fitri 1424 H (25 Nov – 30 Nov 2003); "
        "Libur hajatan (1 Des – 7 Des 2003), angsuran yang jatuh "
        "tempo pada masa itu: angsuran BMM 1 Desember 2003, angsuran anggota 6 Desember 2003."
    ) in texts


def test_an_undated_calendar_names_every_holiday(tmp_path: Path) -> None:
    """Without a start date no column can be marked, so the legend names each holiday with
    its dates (#13: nothing the group entered is silently dropped from the page)."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    data["groups"][1]["calendar"]["start"] = None
    for step in data["groups"][1]["steps"]:  # a fixed date would date the calendar
        step["start"] = step["end"] = None
    _, legend = calendar_of(tmp_path, Workshop.model_validate(data), 0)
    assert (
        "Masa libur: Libur Lebaran Idul Fitri 1424 H (25\u00a0Nov – 30\u00a0Nov\u00a02003)."
        in legend
    )

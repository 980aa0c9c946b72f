"""The exported Word files, read back with python-docx as a reader's Word would open them."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from pra.export.files import export_workshop
from pra.export.sections import A4_HEIGHT_EMU, A4_WIDTH_EMU
from pra.i18n import t
from pra.model import Workshop
from pra.plan.capital import capital_summary
from pra.plan.formatting import format_rupiah
from pra.resources import EXAMPLES
from pra.synthetic import twelve_month_workshop
from tests.export.factory import (
    ARABIC,
    LONG_NOTE,
    document_xml,
    example,
    hostile_workshop,
    one_participant_workshop,
)

HEADINGS = [
    "identity",
    "members",
    "problems",
    "choice",
    "potentials",
    "success",
    "swot",
    "pledges",
    "steps",
    "calendar",
    "capital",
    "fund",
    "repayment",
    "analysis",
    "signatures",
]


def text_of(path: Path) -> str:
    """All the text of the document body (paragraphs and table cells), in order."""
    xml = document_xml(path)
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)).replace("&amp;", "&")


def empty_sections(path: Path) -> int:
    """How many sections say they are empty ("Belum diisi" as a paragraph of its own)."""
    doc = docx.Document(str(path))
    return sum(1 for p in doc.paragraphs if p.text == t("export.empty", "id"))


def heading_texts(doc: docx.document.Document) -> list[str]:
    return [
        p.text
        for p in doc.paragraphs
        if p.style is not None and p.style.name.startswith("Heading 1")
    ]


def plans(exports: dict[str, list[Path]]) -> list[tuple[str, Path]]:
    return [(name, p) for name in EXAMPLES for p in exports[name][:-1]]


def test_one_plan_per_group_and_a_record(example_exports: dict[str, list[Path]]) -> None:
    for name in EXAMPLES:
        ws = example(name)
        files = example_exports[name]
        assert len(files) == len(ws.groups) + 1
        for group, path in zip(ws.groups, files, strict=False):
            assert group.name.replace('"', "'") in path.name
            assert ws.info.title in path.name
        assert files[-1].name.startswith("Berita acara")


@pytest.mark.parametrize("name", EXAMPLES)
def test_plan_has_every_section_in_order(name: str, example_exports: dict[str, list[Path]]) -> None:
    ws = example(name)
    for group, path in zip(ws.groups, example_exports[name], strict=False):
        doc = docx.Document(str(path))
        expected = [t(f"export.heading.{k}", "id") for k in HEADINGS]
        assert heading_texts(doc) == expected
        # the title opens page 1, no empty lines above it (room for the summary, rev15-lender 4)
        assert doc.paragraphs[0].text == t("export.plan_title", "id")
        assert doc.core_properties.title == f"Rencana Usaha Kelompok: {group.name}"
        assert doc.core_properties.language == "id-ID"
        assert doc.core_properties.created.date() == ws.info.date


@pytest.mark.parametrize("name", EXAMPLES)
def test_pages_are_a4_and_the_footer_counts_pages(
    name: str, example_exports: dict[str, list[Path]]
) -> None:
    for path in example_exports[name]:
        doc = docx.Document(str(path))
        for section in doc.sections:
            size = sorted((section.page_width, section.page_height))
            assert size == [A4_WIDTH_EMU, A4_HEIGHT_EMU]
        footer_xml = doc.sections[0].footer.part.element.xml
        assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
        assert "Halaman" in doc.sections[0].footer.paragraphs[-1].text


@pytest.mark.parametrize("name", EXAMPLES)
def test_language_is_indonesian_in_styles_and_settings(
    name: str, example_exports: dict[str, list[Path]]
) -> None:
    doc = docx.Document(str(example_exports[name][0]))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "id-ID"
    assert doc.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "id-ID"


@pytest.mark.parametrize("name", EXAMPLES)
def test_names_and_amounts_are_in_the_plan(
    name: str, example_exports: dict[str, list[Path]]
) -> None:
    ws = example(name)
    for group, path in zip(ws.groups, example_exports[name], strict=False):
        text = text_of(path)
        assert group.name in text
        for member in group.member_ids:
            person = ws.participant(member)
            assert person is not None and person.name in text
        summary = capital_summary(group)
        for amount in (summary.own_total, summary.budget_total, summary.capital_total):
            assert format_rupiah(amount, "id") in text
        assert empty_sections(path) == 0  # every example fills every section


def test_table_shapes_of_the_palembang_plan(example_exports: dict[str, list[Path]]) -> None:
    ws = example("palembang")
    group = ws.groups[0]
    doc = docx.Document(str(example_exports["palembang"][0]))
    tables = doc.tables
    identity, members = tables[0], tables[1]
    assert len(identity.columns) == 2 and len(identity.rows) == 10
    assert len(members.columns) == 7 and len(members.rows) == len(group.member_ids) + 1
    swot = next(tb for tb in tables if tb.rows[0].cells[0].text.startswith("Kekuatan"))
    assert (len(swot.rows), len(swot.columns)) == (2, 2)
    pledge = next(tb for tb in tables if tb.rows[0].cells[-1].text == "Tanda tangan")
    assert len(pledge.rows) == len(group.pledges) + 2  # header + pledges + total
    calendars = [
        tb for tb in tables if tb.rows[0].cells[0].text == "Langkah" and len(tb.columns) > 2
    ]
    # the steps, then the money rows the schedules start from (#13): the grant and the fund's
    # hand-over (1 Sep), the members' first instalment (6 Oct), the fund's rounds 2 and 3
    # (Herlina 6 Oct, Siti Zubaidah 6 Nov: every hand-over inside the calendar, review10p 5)
    assert all(len(tb.rows) == len(group.steps) + 1 + 5 for tb in calendars)
    assert [r.cells[0].text[:5] for r in calendars[0].rows[-5:]] == ["Dana:"] * 5
    # twelve weeks on a landscape page, in two parts so no column is narrower than a name
    assert [len(tb.columns) for tb in calendars] == [1 + 6, 1 + 6]
    assert calendars[0].rows[0].cells[1].text.startswith("Mg 1")
    landscape = [s for s in doc.sections if s.page_width > s.page_height]
    assert len(landscape) == 1
    summary = capital_summary(group)
    sources = next(tb for tb in tables if tb.rows[0].cells[0].text == "Sumber modal")
    assert [c.text for c in sources.rows[-1].cells] == [
        "Jumlah",
        format_rupiah(summary.capital_total, "id"),
        format_rupiah(summary.budget_total, "id"),
        "lebih " + format_rupiah(summary.difference, "id"),
    ]


def test_header_rows_repeat_and_rows_do_not_split(example_exports: dict[str, list[Path]]) -> None:
    doc = docx.Document(str(example_exports["yogyakarta"][0]))
    with_header = 0
    for table in doc.element.body.iterchildren(qn("w:tbl")):  # as doc.tables, read as XML
        rows = [row.find(qn("w:trPr")) for row in table.iterchildren(qn("w:tr"))]
        if rows[0] is not None and rows[0].find(qn("w:tblHeader")) is not None:
            with_header += 1
        for trpr in rows:
            assert trpr is not None and trpr.find(qn("w:cantSplit")) is not None
    assert with_header >= 12


def test_headings_keep_with_next(example_exports: dict[str, list[Path]]) -> None:
    doc = docx.Document(str(example_exports["surabaya"][0]))
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        assert doc.styles[name].paragraph_format.keep_with_next


def test_amounts_have_a_non_breaking_space_and_sit_right(
    example_exports: dict[str, list[Path]],
) -> None:
    doc = docx.Document(str(example_exports["yogyakarta"][0]))
    cells = [
        c for tb in doc.tables for row in tb.rows for c in row.cells if c.text.startswith("Rp")
    ]
    assert cells
    for cell in cells:
        assert cell.text.startswith("Rp\u00a0")
        assert cell.paragraphs[0].style.name == "Amount"


def test_english_plan(tmp_path: Path) -> None:
    ws = example("yogyakarta")
    result = export_workshop(ws, source="y", output=tmp_path, lang="en")
    doc = docx.Document(str(result.documents[0]))
    assert heading_texts(doc) == [t(f"export.heading.{k}", "en") for k in HEADINGS]
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert (
        defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val"))
        == "en-US"
    )
    assert doc.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "en-US"
    assert "Page" in doc.sections[0].footer.paragraphs[-1].text
    assert "Rp\u00a0392,500" in text_of(result.documents[0])  # English separators
    assert result.documents[0].name.startswith("Business plan")


def test_hostile_text_exports(tmp_path: Path) -> None:
    ws = hostile_workshop()
    result = export_workshop(ws, source="h", output=tmp_path, minutes=True)
    assert len(result.documents) == 3
    emoji_plan, empty_plan = result.documents[:2]
    assert "🍰" in emoji_plan.name and "جايا" in empty_plan.name
    text = text_of(emoji_plan)
    # no printing font has emoji: they are left out, and the notes say so
    assert "Kelompok Kue Sedap" in text and "Siti Aminah" in text and ARABIC in text
    assert not {"🍰", "🌙", "👩", "💪", "\u200d"} & set(text)
    assert result.notes == [
        "Emoji dalam h tidak ikut dicetak, karena huruf cetakan tidak memilikinya "
        "(akan tampil sebagai kotak kosong); teks lainnya tetap lengkap."
    ]
    assert "{{ 7*7 }} {% for x in y %}" in text  # user text is never rendered as a template
    assert "قوة: kerja keras" in text
    doc = docx.Document(str(emoji_plan))
    steps = next(tb for tb in doc.tables if tb.rows[0].cells[1].text == "Langkah")
    cell = steps.rows[1].cells[3].text
    assert len(cell) < 200 and cell.endswith("(lihat catatan 1 di bawah tabel)")
    assert f"Catatan 1: {LONG_NOTE}" in [p.text for p in doc.paragraphs]
    # success, SWOT, risks, pledges, steps, calendar, budget, fund, repayment
    assert empty_sections(empty_plan) == 9
    assert empty_sections(emoji_plan) == 0
    docx.Document(str(emoji_plan))  # still a valid package


def test_one_participant_workshop(tmp_path: Path) -> None:
    result = export_workshop(
        one_participant_workshop(), source="one", output=tmp_path, minutes=True
    )
    doc = docx.Document(str(result.documents[0]))
    assert len(heading_texts(doc)) == len(HEADINGS)
    assert "Bu Sumiati" in text_of(result.documents[0])
    # problems, choice, skills, institutions, resources, success, SWOT, risks, pledges,
    # steps, calendar, budget, fund, repayment, business analysis
    assert empty_sections(result.documents[0]) == 15


def test_twelve_month_group_with_200_steps(tmp_path: Path) -> None:
    ws = twelve_month_workshop()
    result = export_workshop(ws, source="max", output=tmp_path)
    doc = docx.Document(str(result.documents[0]))
    calendar = next(tb for tb in doc.tables if tb.rows[0].cells[1].text.startswith("Apr"))
    # twelve months in two parts: 13 columns would be narrower than "Rambutan" at 9.5 pt
    # header, 200 steps, and the fund's hand-over (1 Apr) and first instalment (1 May) (#13)
    assert len(calendar.rows) == 203 and len(calendar.columns) == 1 + 6


def test_empty_workshop_says_so(tmp_path: Path) -> None:
    from pra.errors import PraError

    with pytest.raises(PraError) as raised:
        export_workshop(Workshop(id="ws-empty"), source="kosong.json", output=tmp_path)
    assert "kosong.json" in raised.value.message("id")
    assert list(tmp_path.iterdir()) == []


def test_write_plans_for_the_tui(tmp_path: Path) -> None:
    from pra.export import write_plans

    paths = write_plans(example("surabaya"), tmp_path / "rencana-usaha", lang="id")
    assert [p.parent for p in paths] == [tmp_path / "rencana-usaha"] * 4
    assert paths[-1].name.startswith("Berita acara")
    assert all(p.is_file() for p in paths)

"""The plans as printed: LibreOffice turns every exported file into a PDF in one run, poppler reads it.

All documents of this module are converted by a single ``soffice`` run (its
start-up is the slow part), then each PDF is checked as a reader would: A4,
"Halaman 1 dari N" with N the real page count, the group's name, its members
and its totals in the text, and a page count in the stated range.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.export.template import load_template
from pra.model import BusinessGroup, Workshop
from pra.plan.capital import capital_summary
from pra.plan.formatting import format_rupiah
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop, twelve_month_workshop
from tests.export.factory import (
    ARABIC_GROUP,
    example,
    hostile_workshop,
    one_participant_workshop,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_soffice() is None or shutil.which("pdftotext") is None,
        reason="LibreOffice and poppler-utils are needed (CI installs them)",
    ),
]

PLAN_PAGES = range(9, 18)
"""An example plan: the summary page, 15 sections (the money story by source, the risks,
the business analysis with its 12-month cash flow, a signature line per member and the
approval block among them), a landscape calendar; measured 12–14 pages."""
MINUTES_PAGES = range(2, 6)


@dataclass(frozen=True)
class Printed:
    label: str
    ws: Workshop
    group: BusinessGroup | None
    pdf: Path
    lang: str = "id"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Every document of this module, exported, gathered in one folder and converted at once."""
    work = tmp_path_factory.mktemp("pdf")
    template = load_template()
    jobs: list[tuple[str, Workshop, str, bool]] = [
        *[(name, example(name), "id", True) for name in EXAMPLES],
        ("en", example("yogyakarta"), "en", False),
        ("hostile", hostile_workshop(), "id", True),
        ("one", one_participant_workshop(), "id", True),
        ("twelve", twelve_month_workshop(), "id", False),
        ("maximal", maximal_workshop(), "id", False),
    ]
    docs: list[Path] = []
    found: dict[str, Printed] = {}
    for label, ws, lang, minutes in jobs:
        result = export_workshop(
            ws,
            source=label,
            output=work / label,
            lang=lang,
            minutes=minutes,
            template=template,  # type: ignore[arg-type]
        )
        groups: list[BusinessGroup | None] = [*ws.groups, None] if minutes else [*ws.groups]
        for i, (group, path) in enumerate(zip(groups, result.documents, strict=True)):
            flat = work / f"{label}-{i} {path.name}"  # real names: emoji and Arabic in paths too
            shutil.copyfile(path, flat)
            docs.append(flat)
            key = f"{label}:{group.name}" if group else f"{label}:minutes"
            found[key] = Printed(label, ws, group, flat.with_suffix(".pdf"), lang)
    pdfs = convert_to_pdf(docs)
    assert sorted(pdfs) == sorted(p.pdf for p in found.values())
    return found


def pdf_pages(pdf: Path) -> list[str]:
    """Each page's paper size as pdfinfo names it."""
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"Page\s+\d+ size:.*\((\w+)\)", info)


def pdf_text(pdf: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def keys(kind: str) -> list[str]:
    names = {
        "plans": [f"{n}:{g.name}" for n in EXAMPLES for g in example(n).groups],
        "minutes": [f"{n}:minutes" for n in EXAMPLES],
    }
    return names[kind]


@pytest.mark.parametrize("key", keys("plans"))
def test_example_plan_prints_as_expected(key: str, printed: dict[str, Printed]) -> None:
    doc = printed[key]
    assert doc.group is not None
    sizes = pdf_pages(doc.pdf)
    assert sizes and set(sizes) == {"A4"}
    assert len(sizes) in PLAN_PAGES, f"{key}: {len(sizes)} pages"
    text = pdf_text(doc.pdf)
    assert f"Halaman 1 dari {len(sizes)}" in text
    assert f"Halaman {len(sizes)} dari {len(sizes)}" in text
    assert doc.group.name in text
    for member in doc.group.member_ids:
        person = doc.ws.participant(member)
        assert person is not None and person.name in text, person
    summary = capital_summary(doc.group)
    for amount in (summary.own_total, summary.budget_total):
        assert format_rupiah(amount, "id").replace("\u00a0", " ") in text
    assert "RENCANA USAHA KELOMPOK" in text and "Mengetahui" in text


@pytest.mark.parametrize("key", keys("plans"))
def test_every_member_has_a_signature_line_with_the_name_under_it(
    key: str, printed: dict[str, Printed]
) -> None:
    """As printed: each member's "N. Name" is on the line right under a row of signature lines."""
    doc = printed[key]
    assert doc.group is not None
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(doc.pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u00a0", " ")
    lines = [line for line in layout.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if "Tanda tangan seluruh anggota" in line)
    block = lines[start:]
    for n, ref in enumerate(doc.group.member_ids, start=1):
        person = doc.ws.participant(ref)
        assert person is not None
        label = f"{n}. {person.name}"
        at = next((i for i, line in enumerate(block) if label in line), None)
        assert at is not None, f"{key}: {label} not printed"
        above = block[at - 1]
        column = block[at].index(label)
        # a signature line over the name: it overlaps the name's columns
        lines_above = [m.span() for m in re.finditer(r"\(\.{10,}\)", above)]
        assert any(a <= column + len(label) and column <= b for a, b in lines_above), (
            f"{key}: no line above {label!r}: {above!r}"
        )


@pytest.mark.parametrize("key", keys("minutes"))
def test_workshop_record_prints(key: str, printed: dict[str, Printed]) -> None:
    doc = printed[key]
    sizes = pdf_pages(doc.pdf)
    assert set(sizes) == {"A4"} and len(sizes) in MINUTES_PAGES
    text = pdf_text(doc.pdf)
    assert "BERITA ACARA LOKAKARYA PRA" in text and f"Halaman 1 dari {len(sizes)}" in text
    for p in doc.ws.participants:
        assert p.name in text
    for g in doc.ws.groups:
        assert g.name in text


def test_english_plan_prints(printed: dict[str, Printed]) -> None:
    [doc] = [d for d in printed.values() if d.label == "en"]
    text = pdf_text(doc.pdf)
    assert "Page 1 of" in text and "GROUP BUSINESS PLAN" in text and "Rp 392,500" in text


def test_hostile_text_renders(printed: dict[str, Printed]) -> None:
    docs = [d for d in printed.values() if d.label == "hostile"]
    assert len(docs) == 3
    for doc in docs:
        sizes = pdf_pages(doc.pdf)
        assert set(sizes) == {"A4"} and 1 < len(sizes) <= 25
        text = pdf_text(doc.pdf)
        assert f"Halaman 1 dari {len(sizes)}" in text
    plan = printed[f"hostile:{docs[0].group.name}"]  # type: ignore[union-attr]
    text = pdf_text(plan.pdf)
    assert "Sedap" in text and "{{ 7*7 }}" in text
    assert text.count("Catatan panjang tentang usaha kelompok") >= 3 * 70  # long notes kept whole
    empty = pdf_text(printed[f"hostile:{ARABIC_GROUP}"].pdf)
    assert empty.count("Belum diisi") >= 8


def test_smallest_workshop_renders(printed: dict[str, Printed]) -> None:
    doc = printed["one:Kelompok Satu"]
    sizes = pdf_pages(doc.pdf)
    assert set(sizes) == {"A4"} and 2 <= len(sizes) <= 8
    assert "Bu Sumiati" in pdf_text(doc.pdf)


def test_cli_pdf_option_makes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pra.cli import main

    code = main(["export", str(example_path("yogyakarta")), "--pdf", "-o", str(tmp_path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    [pdf] = tmp_path.glob("*.pdf")
    assert f"PDF: {pdf}" in out
    assert set(pdf_pages(pdf)) == {"A4"}


def test_maximal_plans_render(printed: dict[str, Printed]) -> None:
    twelve = printed["twelve:Kelompok 1"]
    sizes = pdf_pages(twelve.pdf)
    assert set(sizes) == {"A4"} and 15 <= len(sizes) <= 60, len(sizes)
    text = pdf_text(twelve.pdf)
    assert f"Halaman {len(sizes)} dari {len(sizes)}" in text and "Langkah 200" in text
    for n in range(1, 5):
        doc = printed[f"maximal:Kelompok {n}"]
        assert set(pdf_pages(doc.pdf)) == {"A4"}
        assert f"Kelompok {n}" in pdf_text(doc.pdf)

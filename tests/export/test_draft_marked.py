"""A plan printed as a draft says so on every page, in its title and in its file name (#13).

A plan that must be fixed first (a lender loan no budget line uses) was printed with
``--draft`` (and by the review step's second F9) with the title, the file name and the
"Mengetahui / Menyetujui" block of a final plan: only one paragraph on page 1 said
anything was wrong (rev13b-lender finding 1). Now each page of the draft carries
"DRAF — belum untuk ditandatangani: N hal harus diperbaiki", the title and the file name
say DRAF, and the places to sign are left out, with a sentence saying why. The other
group's plan, printed in the same run, has none of it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from pra.export import write_plans
from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.model import Workshop
from pra.plan.checks import blocking_checks
from tests.export.factory import example
from tests.export.test_keep_with_table import pages as pdf_pages

DRAFT_LINE = "DRAF — belum untuk ditandatangani: 1 hal harus diperbaiki"


def blocked() -> Workshop:
    """Palembang with Jaya Bersama's BMM loan used by no budget (RAB) line: it must be fixed."""
    data = example("palembang").model_dump(mode="json")
    group = data["groups"][1]
    assert group["name"] == "Kelompok Jaya Bersama"
    capital = group["capital"]
    capital["budget"] = [b for b in capital["budget"] if b.get("source_id") != "fs-jb-bmm"]
    ws = Workshop.model_validate(data)
    assert [g.name for g, _ in blocking_checks(ws)] == ["Kelompok Jaya Bersama"]
    return ws


def texts(path: Path) -> list[str]:
    """Every paragraph of the body and of the headers, in order."""
    doc = docx.Document(str(path))
    header = [p.text for s in doc.sections for p in s.header.paragraphs]
    return [*header, *(p.text for p in doc.paragraphs)]


def test_a_draft_says_so_in_title_file_name_and_signatures_and_a_final_plan_does_not(
    tmp_path: Path,
) -> None:
    result = export_workshop(blocked(), source="t", output=tmp_path, drafts=True)
    draft, final = sorted(result.documents, key=lambda p: "Sedap Malam" in p.name)
    assert draft.name.endswith(
        "Kelompok Jaya Bersama - PRA Pemberdayaan Migran Kelurahan 13 Ilir - DRAF.docx"
    )
    assert "DRAF" not in final.name
    said = texts(draft)
    assert DRAFT_LINE in said
    assert "DRAF RENCANA USAHA KELOMPOK" in said
    assert docx.Document(str(draft)).core_properties.title.startswith("DRAF ")
    assert "Mengetahui / Menyetujui" not in said and "Tanda tangan seluruh anggota" not in said
    assert any(p.startswith("Ini DRAF, belum untuk ditandatangani: 1 hal") for p in said)
    plain = texts(final)
    assert not [p for p in plain if "DRAF" in p]
    assert "Mengetahui / Menyetujui" in plain and "RENCANA USAHA KELOMPOK" in plain


def test_without_drafts_only_the_plans_that_can_print_are_written(tmp_path: Path) -> None:
    result = export_workshop(blocked(), source="t", output=tmp_path)
    assert (result.printed, result.refused) == (["Kelompok Sedap Malam"], ["Kelompok Jaya Bersama"])
    assert [p.name for p in result.documents] == [p.name for p in tmp_path.glob("*.docx")]
    assert len(result.documents) == 1 and "Sedap Malam" in result.documents[0].name


def test_the_review_steps_draft_and_english_are_marked_too(tmp_path: Path) -> None:
    paths = write_plans(blocked(), tmp_path, minutes=False)  # what F9 twice writes
    assert [p for p in paths if p.name.endswith(" - DRAF.docx")]
    english = export_workshop(blocked(), source="t", output=tmp_path / "en", drafts=True, lang="en")
    draft = next(p for p in english.documents if p.name.endswith(" - DRAFT.docx"))
    said = texts(draft)
    assert "DRAFT — not to be signed yet: 1 thing must be fixed" in said
    assert "DRAFT GROUP BUSINESS PLAN" in said


@pytest.mark.slow
@pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)
def test_every_page_of_the_draft_pdf_says_it_is_a_draft(tmp_path: Path) -> None:
    result = export_workshop(blocked(), source="t", output=tmp_path, drafts=True)
    pdfs = convert_to_pdf(result.documents)
    pages = {"DRAF" in pdf.name: [" ".join(lines) for lines in pdf_pages(pdf)] for pdf in pdfs}
    assert len(pages[True]) > 10, "the whole plan, calendar and landscape pages included"
    assert all(DRAFT_LINE in page for page in pages[True])
    assert not [page for page in pages[False] if "DRAF" in page]


def test_the_minutes_are_a_draft_while_a_groups_plan_must_be_fixed(tmp_path: Path) -> None:
    """rev13c-facil finding 1: with Jaya Bersama's plan printed as a DRAF, the berita acara of
    the same F9 printed as final, with places to sign and that group's figures. The record
    holds every group's money: it is a draft too, in its file name, title, every page's head,
    and with nothing to sign; with nothing to fix it is final, as before."""
    paths = write_plans(blocked(), tmp_path / "draft")
    [record] = [p for p in paths if p.name.startswith("Berita acara")]
    assert record.stem.endswith("- DRAF")
    said = texts(record)
    assert DRAFT_LINE in said
    assert "DRAF BERITA ACARA LOKAKARYA PRA" in said
    assert any(line.startswith("Ini DRAF, belum untuk ditandatangani: 1 hal") for line in said)
    assert docx.Document(str(record)).core_properties.title.startswith("DRAF ")

    [final] = [
        p for p in write_plans(example("palembang"), tmp_path / "final") if "Berita" in p.name
    ]
    assert not final.stem.endswith("DRAF")
    assert not any("DRAF" in line for line in texts(final))

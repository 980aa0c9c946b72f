"""Page setup: A4, a landscape section for a wide calendar, and the page-number footer.

The footer ("Halaman X dari Y") is made of Word fields (``PAGE`` and
``NUMPAGES``), so Word and LibreOffice fill in the numbers when they lay the
pages out; the sentence around them comes from the catalogue, so an English
plan says "Page X of Y". A template whose footer already has a page field
keeps its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from pra.i18n import Language, t

if TYPE_CHECKING:
    from docx.document import Document

A4_WIDTH_EMU: Final = 7560310  # 210 mm
A4_HEIGHT_EMU: Final = 10692130  # 297 mm
_FIELD: Final = re.compile(r"\{(page|pages)\}")


def ensure_a4_portrait(doc: Document) -> None:
    """Every section A4, portrait (a template drawn on Letter paper still prints on A4)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Emu

    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Emu(A4_WIDTH_EMU), Emu(A4_HEIGHT_EMU)


SECTION_BREAK_TWIPS: Final = 20
"""The height of the empty paragraph that carries a section break: 1 pt, so that it never
spills onto a page of its own after a page the text before it filled."""


def start_landscape(doc: Document) -> None:
    """Begin a new page in a landscape A4 section (its footer continues the page numbers)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Emu

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _flatten_break(doc)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Emu(A4_HEIGHT_EMU), Emu(A4_WIDTH_EMU)


def end_landscape(doc: Document) -> None:
    """Back to portrait A4 on a new page."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Emu

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _flatten_break(doc)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Emu(A4_WIDTH_EMU), Emu(A4_HEIGHT_EMU)


def _flatten_break(doc: Document) -> None:
    """The empty paragraph python-docx adds to carry the section break just made: 1 pt high,
    no space around it and never kept with anything, so a page filled to its foot by the text
    before the break does not get a blank page after it (#13: blank pages before the
    landscape calendar). Its mark takes no room: a 1 pt line, exactly."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    body = doc.element.body
    last = body.find(qn("w:sectPr"))
    carrier = last.getprevious() if last is not None else None
    if carrier is None or carrier.tag != qn("w:p") or "".join(carrier.itertext()).strip():
        return
    ppr = carrier.get_or_add_pPr()
    sect = ppr.find(qn("w:sectPr"))
    if sect is None:
        return
    for name in ("w:keepNext", "w:keepLines", "w:spacing", "w:rPr"):
        for old in ppr.findall(qn(name)):
            ppr.remove(old)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(SECTION_BREAK_TWIPS))
    spacing.set(qn("w:lineRule"), "exact")
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    mark.append(size)
    # schema order in w:pPr: ... w:spacing ... w:rPr, w:sectPr, w:pPrChange
    sect.addprevious(spacing)
    sect.addprevious(mark)


def _has_page_field(footer_element: Any) -> bool:
    from docx.oxml.ns import qn

    for instr in footer_element.iter(qn("w:instrText")):
        if "PAGE" in (instr.text or "").upper():
            return True
    return any(
        "PAGE" in (fld.get(qn("w:instr")) or "").upper()
        for fld in footer_element.iter(qn("w:fldSimple"))
    )


def _field_runs(p: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = f" {text} "
            r.append(instr)
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r.append(fld)
        p.append(r)
    r = OxmlElement("w:r")
    placeholder = OxmlElement("w:t")
    placeholder.text = "1"
    r.append(placeholder)
    p.append(r)
    r = OxmlElement("w:r")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    r.append(end)
    p.append(r)


def add_page_footer(doc: Document, lang: Language) -> None:
    """Add "Halaman X dari Y" to the first section's footer unless it already numbers pages."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from pra.export.runs import add_runs

    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    if _has_page_field(footer._element):
        return
    paragraph = footer.add_paragraph(style="Footer")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = paragraph._p
    template = t("export.page_footer", lang, page="{page}", pages="{pages}")
    pos = 0
    for match in _FIELD.finditer(template):
        if match.start() > pos:
            add_runs(p, template[pos : match.start()])
        _field_runs(p, "PAGE" if match.group(1) == "page" else "NUMPAGES")
        pos = match.end()
    if pos < len(template):
        add_runs(p, template[pos:])


def add_page_header(doc: Document, text: str) -> None:
    """``text`` in bold at the head of every page (the first section's header, which the
    landscape sections continue): a draft says it is one on each page it prints."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    header = doc.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True

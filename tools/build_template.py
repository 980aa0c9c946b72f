"""Build ``templates/default/base.docx``: the look of every printed plan.

The base document is generated here, from python-docx's own blank document, so
that it can be rebuilt and reviewed as code; the file itself is committed so
that an organisation can copy the folder and restyle it in Word or LibreOffice
without running anything. The styles are the whole contract between the
exporter and the template (see ``pra.export.template.REQUIRED_STYLES``):

- A4 portrait, 2.5 cm left margin for binding, 2 cm elsewhere;
- ``Normal`` in Arial 10.5 pt (LibreOffice substitutes a metric twin), black;
- ``Title``, ``Subtitle``, ``Heading 1``–``3`` in black, headings kept with
  what follows so that a heading never ends a page alone;
- ``Table Text``, ``Table Heading``, ``Calendar Text`` (9.5 pt, for the grid; table text 10.5 pt, to be read aloud), ``Amount`` (right-aligned), ``List Item``
  (a hanging bullet), ``Note`` (small), ``Signature`` (centred), ``Cover Line``;
- the document language is Indonesian (``id-ID``) in the style defaults and
  the settings, not only in the core properties.

Nothing carries meaning in colour: the plan is photocopied in black and white.

    python tools/build_template.py          # writes templates/default/base.docx
    python tools/build_template.py --check  # fails when the committed file differs in its styles
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "templates" / "default" / "base.docx"
FONT = "Arial"
_AFTER_PBDR = frozenset(
    [
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)


def _set_fonts(rpr: object, name: str) -> None:
    """Set every script slot of ``rFonts`` to ``name`` and drop the theme fonts that would win."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rfonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)  # type: ignore[attr-defined]
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(qn(f"w:{attr}"), name)


def _paragraph_style(doc, name, base="Normal", size=None, bold=None, italic=None):  # type: ignore[no-untyped-def]
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = doc.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    style.base_style = styles[base] if base and base != name else None
    style.quick_style = True
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    return style


def build() -> bytes:
    """The base document as bytes (core properties fixed, so only the zip times vary)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = Cm(2.5)
    section.right_margin = section.top_margin = section.bottom_margin = Cm(2)
    section.header_distance = section.footer_distance = Cm(1)

    styles_el = doc.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr_default, FONT)
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "id-ID")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), "id-ID")

    black = RGBColor(0, 0, 0)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = black
    _set_fonts(normal.element.get_or_add_rPr(), FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    normal.paragraph_format.widow_control = True

    for name, size, before, after in (
        ("Title", 22, 0, 6),
        ("Subtitle", 14, 0, 6),
        ("Heading 1", 14, 16, 6),
        ("Heading 2", 12, 10, 4),
        ("Heading 3", 11, 8, 3),
    ):
        style = doc.styles[name]
        style.font.name = FONT
        _set_fonts(style.element.get_or_add_rPr(), FONT)
        style.font.size = Pt(size)
        style.font.color.rgb = black
        style.font.bold = name != "Subtitle"
        style.font.italic = False
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True
        fmt.keep_together = True
        # The blank template's Title draws a coloured rule; a plain black one reads in a photocopy.
        ppr = style.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
        if name in ("Title", "Subtitle"):
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if name == "Heading 1":
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
                bottom.set(qn(f"w:{key}"), value)
            bdr.append(bottom)
            # Schema order: pBdr comes before shd, tabs, …, spacing, ind, jc, outlineLvl.
            later = [el for el in ppr if el.tag.split("}")[1] in _AFTER_PBDR]
            if later:
                later[0].addprevious(bdr)
            else:
                ppr.append(bdr)

    table_text = _paragraph_style(doc, "Table Text", size=10.5)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.space_before = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    _paragraph_style(doc, "Table Heading", base="Table Text", bold=True)
    _paragraph_style(doc, "Calendar Text", base="Table Text", size=9.5)
    amount = _paragraph_style(doc, "Amount", base="Table Text")
    amount.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    item = _paragraph_style(doc, "List Item")
    item.paragraph_format.left_indent = Cm(0.6)
    item.paragraph_format.first_line_indent = Cm(-0.4)
    item.paragraph_format.space_after = Pt(2)
    note = _paragraph_style(doc, "Note", size=9, italic=True)
    note.paragraph_format.space_after = Pt(2)
    signature = _paragraph_style(doc, "Signature", base="Table Text", size=10.5)
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover = _paragraph_style(doc, "Cover Line", size=13)
    cover.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover.paragraph_format.space_after = Pt(6)
    footer = doc.styles["Footer"]
    footer.font.size = Pt(9)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.title = "pra: rencana usaha kelompok (templat bawaan)"
    props.author = "pra"
    props.subject = ""
    props.comments = "Ubah gaya (style), bukan teks. Lihat templates/README.md."
    props.created = props.modified = dt.datetime(2026, 1, 1)
    props.revision = 1
    props.last_modified_by = "pra"
    props.language = "id-ID"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in sorted(z.namelist())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    data = build()
    if args.check:
        if not TARGET.exists() or _parts(TARGET.read_bytes()) != _parts(data):
            print(f"{TARGET} is out of date: run python tools/build_template.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

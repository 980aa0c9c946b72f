"""The hand-built XML keeps the element order of the WordprocessingML schema.

LibreOffice forgives children in the wrong order; Word reports "unreadable
content" and offers to repair the file. The tables, paragraphs and runs the
exporter builds itself are checked here against the schema's sequences.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pra.export.files import export_workshop
from tests.export.factory import example, hostile_workshop

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription",
    "tbl": "tblPr tblGrid tr",
    "tc": "tcPr p tbl",
    "tr": "tblPrEx trPr tc",
    "settings": "compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
    "readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
}


def out_of_order(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    problems = []
    for name, sequence in SEQUENCES.items():
        order = {tag: i for i, tag in enumerate(sequence.split())}
        for parent in root.iter(W + name):
            positions = [
                order[child.tag[len(W) :]]
                for child in parent
                if isinstance(child.tag, str)
                and child.tag.startswith(W)
                and child.tag[len(W) :] in order
            ]
            if positions != sorted(positions):
                problems.append(f"{name}: {[c.tag[len(W) :] for c in parent]}")
    return problems


@pytest.mark.parametrize("label", ["palembang", "hostile"])
def test_documents_follow_the_schema_order(tmp_path: Path, label: str) -> None:
    ws = example("palembang") if label == "palembang" else hostile_workshop()
    result = export_workshop(ws, source=label, output=tmp_path, minutes=True)
    for path in result.documents:
        with zipfile.ZipFile(path) as z:
            for part in (
                "word/document.xml",
                "word/footer1.xml",
                "word/styles.xml",
                "word/settings.xml",
            ):
                if part in z.namelist():
                    assert out_of_order(z.read(part)) == [], (path.name, part)


def test_a_template_without_a_theme_font_language_gets_one_in_order(tmp_path: Path) -> None:
    import shutil

    import docx
    from docx.oxml.ns import qn

    from pra.export.template import default_template_dir

    folder = tmp_path / "tpl"
    shutil.copytree(default_template_dir(), folder)
    base = docx.Document(str(folder / "base.docx"))
    settings = base.settings.element
    settings.remove(settings.find(qn("w:themeFontLang")))
    base.save(str(folder / "base.docx"))
    result = export_workshop(
        example("yogyakarta"), source="y", output=tmp_path / "out", template_dir=folder
    )
    with zipfile.ZipFile(result.documents[0]) as z:
        xml = z.read("word/settings.xml")
    assert b'w:themeFontLang w:val="id-ID"' in xml
    assert out_of_order(xml) == []


def test_the_check_can_fail() -> None:
    bad = f'<w:p xmlns:w="{W[1:-1]}"><w:pPr><w:jc w:val="left"/><w:pStyle w:val="x"/></w:pPr></w:p>'
    assert out_of_order(bad.encode()) == ["pPr: ['jc', 'pStyle']"]

"""Text runs in WordprocessingML: line breaks and tabs as elements, never as characters.

A newline typed into a note must print as a line break and a tab as a tab;
written as characters they would be lost or shown as boxes.
"""

from __future__ import annotations

from typing import Any, Final

JC: Final = {"left": "left", "right": "right", "center": "center"}
"""Paragraph alignment values (``w:jc``) by the names the exporter uses."""


def add_runs(p: Any, text: str, *, bold: bool = False) -> None:
    """Append ``text`` to paragraph element ``p`` as one run, with line breaks and tabs as elements."""
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    for li, line in enumerate(text.split("\n")):
        if li:
            r.append(OxmlElement("w:br"))
        for pi, piece in enumerate(line.split("\t")):
            if pi:
                r.append(OxmlElement("w:tab"))
            if piece:
                el = OxmlElement("w:t")
                el.text = piece
                el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(el)
    p.append(r)


def add_break(p: Any) -> None:
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    r.append(OxmlElement("w:br"))
    p.append(r)

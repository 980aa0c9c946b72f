"""Text runs in WordprocessingML: line breaks and tabs as elements, never as characters.

A newline typed into a note must print as a line break and a tab as a tab;
written as characters they would be lost or shown as boxes.
"""

from __future__ import annotations

import re
from typing import Any, Final

from pra.export.emoji import without_emoji
from pra.export.nobreak import join_dates

JC: Final = {"left": "left", "right": "right", "center": "center"}
"""Paragraph alignment values (``w:jc``) by the names the exporter uses."""


W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"
_AMOUNT_SPACE: Final = re.compile(r"\bRp[ \t]+(?=[\d\u2212-])")
"""``Rp 500.000`` typed with a plain space: printed with a no-break one, so ``Rp`` never ends a line."""


def child(parent: Any, name: str, val: str | None = None, **attrs: str) -> Any:
    """Append the element ``w:name`` to ``parent``, with ``w:val`` and other ``w:`` attributes.

    Made by the parent's own parser from the full tag name: building a plan
    makes tens of thousands of elements, and python-docx's ``OxmlElement``
    parses a namespace prefix for every one of them.
    """
    el = parent.makeelement(W + name, {})
    parent.append(el)
    if val is not None:
        el.set(W + "val", val)
    for key, value in attrs.items():
        el.set(W + key, value)
    return el


def add_runs(p: Any, text: str, *, bold: bool = False, whole: bool = False) -> None:
    """Append ``text`` to paragraph element ``p`` as one run, with line breaks and tabs as elements.

    Emoji are left out (no printing font has them, see :mod:`pra.export.emoji`). With
    ``whole``, dates and ranges print on one line (:func:`pra.export.nobreak.join_dates`).
    """
    text = _AMOUNT_SPACE.sub("Rp\u00a0", without_emoji(text))
    if whole:
        text = join_dates(text)
    r = child(p, "r")
    if bold:
        child(child(r, "rPr"), "b")
    for li, line in enumerate(text.split("\n")):
        if li:
            child(r, "br")
        for pi, piece in enumerate(line.split("\t")):
            if pi:
                child(r, "tab")
            if piece:
                el = child(r, "t")
                el.text = piece
                el.set(XML_SPACE, "preserve")


def xml_text(text: str) -> str:
    """``text`` escaped for XML character data or a double-quoted attribute (``\r`` kept)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\r", "&#13;")
    )


def runs_xml(text: str, *, bold: bool = False) -> str:
    """What :func:`add_runs` appends, as WordprocessingML text (``w:`` prefix), for a whole
    table parsed at once (see :func:`pra.export.tables.build_table`)."""
    text = _AMOUNT_SPACE.sub("Rp\u00a0", without_emoji(text))
    out = ["<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>"]
    for li, line in enumerate(text.split("\n")):
        if li:
            out.append("<w:br/>")
        for pi, piece in enumerate(line.split("\t")):
            if pi:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{xml_text(piece)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


def add_break(p: Any) -> None:
    child(child(p, "r"), "br")

"""The building blocks of a printed document: headings, paragraphs, lists and tables.

Tables are written as XML row by row, in one pass: python-docx's
``table.cell(r, c)`` and ``row.cells`` walk the whole table each time, which
makes a 200-row calendar quadratic. Every table follows the same print rules:

- the header row repeats on every page and is shaded light grey (text is
  bold too, so a photocopy without the grey still reads);
- a row does not split across pages, unless it is so long (a 5,000-character
  note) that keeping it whole would cut it off;
- a short table stays whole and stays with its heading; a long one keeps at
  least its header and first rows together with the heading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from pra.i18n import Language, t

if TYPE_CHECKING:
    from docx.document import Document

Align = Literal["left", "right", "center"]

HEADER_FILL: Final = "D9D9D9"
"""Light grey: survives a photocopy as a pale tint, never carries meaning alone."""
ACTIVE_FILL: Final = "BFBFBF"
SPLIT_ROW_CHARS: Final = 700
"""A row with more text than this may split across pages (see the module docstring)."""
KEEP_WHOLE_ROWS: Final = 14
"""Tables up to this many rows are kept on one page with their heading."""
TWIPS_PER_EMU: Final = 635
CELL_MARGIN_TWIPS: Final = 70
"""1.2 mm each side instead of Word's 1.9 mm."""


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its share of the width, and how its text is aligned."""

    weight: float
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell with more than plain text: bold, shaded, aligned, or spanning columns."""

    text: str
    bold: bool = False
    fill: str | None = None
    align: Align | None = None
    span: int = 1
    title: str = ""
    """A bold first line above the text (the quadrant name of a SWOT cell)."""


CellValue = str | Cell


class Writer:
    """Appends blocks to a python-docx document in the template's styles."""

    def __init__(self, doc: Document, lang: Language) -> None:
        self.doc = doc
        self.lang = lang
        self._style_ids: dict[str, str] = {s.name: s.style_id for s in doc.styles if s.name}

    # -- text -----------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        """The catalogue sentence ``key`` in the document's language."""
        return t(key, self.lang, **params)

    def style_id(self, name: str) -> str:
        return self._style_ids.get(name, "Normal")

    def paragraph(
        self,
        text: str = "",
        style: str = "Normal",
        *,
        bold: bool = False,
        keep_with_next: bool = False,
        align: Align | None = None,
        page_break_before: bool = False,
    ) -> Any:
        """A paragraph; newlines in ``text`` become line breaks, tabs stay tabs."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        body = self.doc.element.body
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), self.style_id(style))
        ppr.append(pstyle)
        if keep_with_next:
            ppr.append(OxmlElement("w:keepNext"))
        if page_break_before:
            ppr.append(OxmlElement("w:pageBreakBefore"))
        if align is not None:
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), _JC[align])
            ppr.append(jc)
        p.append(ppr)
        if text:
            add_runs(p, text, bold=bold)
        sect = body.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(p)
        else:
            body.append(p)
        return p

    def heading(self, text: str, level: int = 1, *, page_break_before: bool = False) -> None:
        self.paragraph(
            text, f"Heading {level}", keep_with_next=True, page_break_before=page_break_before
        )

    def lead(self, text: str) -> None:
        """A sentence that introduces the block after it, and stays on its page."""
        self.paragraph(text, keep_with_next=True)

    def note(self, text: str, *, keep_with_next: bool = False) -> None:
        self.paragraph(text, "Note", keep_with_next=keep_with_next)

    def empty(self) -> None:
        """The sentence for a section nobody has filled in: it says so instead of vanishing."""
        self.paragraph(self.t("export.empty"), "Note")

    def bullets(self, items: Iterable[str]) -> None:
        bullet = self.t("export.bullet")
        for item in items:
            self.paragraph(f"{bullet}\t{item}", "List Item")

    def lines(self, items: Iterable[str], *, keep_together: bool = True) -> None:
        """Lines of arithmetic, one per paragraph, kept together so a sum is never cut in two."""
        items = list(items)
        for i, item in enumerate(items):
            self.paragraph(
                f"{self.t('export.bullet')}\t{item}",
                "List Item",
                keep_with_next=keep_together and i < len(items) - 1,
            )

    # -- tables ---------------------------------------------------------------
    def usable_width(self) -> int:
        """The width between the margins of the current (last) section, in EMU."""
        section = self.doc.sections[-1]
        width = int(section.page_width or 0) - int(section.left_margin or 0)
        return width - int(section.right_margin or 0)

    def table(
        self,
        columns: Sequence[Column],
        header: Sequence[CellValue] | None,
        rows: Iterable[Sequence[CellValue]],
        *,
        width: int | None = None,
        keep_whole: bool | None = None,
        header_repeat: bool = True,
        font_style: str = "Table Text",
        borders: bool = True,
        min_height: int | None = None,
        keep_with_next: bool = False,
    ) -> Any:
        """A grid table, header row first (repeated on each page), built in one pass.

        ``keep_with_next`` keeps the last row on the page of the paragraph after
        the table. LibreOffice then moves a long table whole to the next page,
        so it is meant for short tables only.
        """
        from docx.oxml.ns import qn

        width = width or self.usable_width()
        total = sum(c.weight for c in columns) or 1
        twips = [max(200, int(width * c.weight / total / TWIPS_PER_EMU)) for c in columns]
        table = self.doc.add_table(rows=0, cols=len(columns))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False  # a fixed layout: the widths below are kept, not guessed
        tbl = table._tbl
        tblpr = tbl.tblPr
        look = tblpr.find(qn("w:tblLook"))  # tblCellMar comes right before tblLook
        if look is not None:
            look.addprevious(_cell_margins())
        else:
            tblpr.append(_cell_margins())
        if not borders:
            # Schema order: tblBorders comes before shd, tblLayout, tblCellMar and tblLook.
            later = [
                tblpr.find(qn(f"w:{n}")) for n in ("shd", "tblLayout", "tblCellMar", "tblLook")
            ]
            anchor = next((el for el in later if el is not None), None)
            if anchor is not None:
                anchor.addprevious(_no_borders())
            else:
                tblpr.append(_no_borders())
        tblw = tblpr.find(qn("w:tblW"))
        if tblw is not None:
            tblw.set(qn("w:type"), "dxa")
            tblw.set(qn("w:w"), str(sum(twips)))
        for grid_col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
            grid_col.set(qn("w:w"), str(w))
        all_rows = list(rows)
        whole = keep_whole if keep_whole is not None else len(all_rows) <= KEEP_WHOLE_ROWS
        body_style, head_style = self.style_id(font_style), self.style_id("Table Heading")
        amount_style = self.style_id("Amount")
        if header is not None:
            tbl.append(
                _row(
                    columns,
                    twips,
                    header,
                    head_style,
                    head_style,
                    header=header_repeat,
                    keep=True,
                    fill=HEADER_FILL,
                    bold=True,
                )
            )
        for i, values in enumerate(all_rows):
            last = i == len(all_rows) - 1
            keep = (keep_with_next and last) or (not last and (whole or i < 2))
            tbl.append(
                _row(columns, twips, values, body_style, amount_style, keep=keep, height=min_height)
            )
        return table

    def key_values(
        self, pairs: Sequence[tuple[str, str]], weights: tuple[float, float] = (1, 2)
    ) -> None:
        """A two-column table of labels (bold) and values, with no header."""
        self.table(
            [Column(weights[0]), Column(weights[1])],
            None,
            [(Cell(k, bold=True), v) for k, v in pairs],
        )

    def spacer(self) -> None:
        self.paragraph("", "Table Text")


_JC: Final = {"left": "left", "right": "right", "center": "center"}


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


def set_row_height(tr: Any, twips: int) -> None:
    """Give table row ``tr`` at least ``twips`` of height (room to sign)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), "atLeast")
    trpr.append(height)


def add_break(p: Any) -> None:
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    r.append(OxmlElement("w:br"))
    p.append(r)


def _cell_margins() -> Any:
    """Narrow left and right cell margins: room for amounts in narrow columns, any font."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    return margins


def _no_borders() -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    return borders


def _row(
    columns: Sequence[Column],
    twips: Sequence[int],
    values: Sequence[CellValue],
    style_id: str,
    amount_style_id: str,
    *,
    header: bool = False,
    keep: bool = False,
    fill: str | None = None,
    bold: bool = False,
    height: int | None = None,
) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr = OxmlElement("w:tr")
    trpr = OxmlElement("w:trPr")
    length = sum(len(v.text if isinstance(v, Cell) else v) for v in values)
    if header or length <= SPLIT_ROW_CHARS:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))
    tr.append(trpr)
    if height:
        set_row_height(tr, height)
    col = 0
    for value in values:
        cell = value if isinstance(value, Cell) else Cell(value)
        span = max(1, min(cell.span, len(columns) - col))
        tc = OxmlElement("w:tc")
        tcpr = OxmlElement("w:tcPr")
        tcw = OxmlElement("w:tcW")
        tcw.set(qn("w:w"), str(sum(twips[col : col + span])))
        tcw.set(qn("w:type"), "dxa")
        tcpr.append(tcw)
        if span > 1:
            grid_span = OxmlElement("w:gridSpan")
            grid_span.set(qn("w:val"), str(span))
            tcpr.append(grid_span)
        shade = cell.fill or fill
        if shade:
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), shade)
            tcpr.append(shd)
        tc.append(tcpr)
        align = cell.align or columns[col].align
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), amount_style_id if align == "right" else style_id)
        ppr.append(pstyle)
        if keep:
            ppr.append(OxmlElement("w:keepNext"))
        if align != "left":
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), _JC[align])
            ppr.append(jc)
        p.append(ppr)
        if cell.title:
            add_runs(p, cell.title, bold=True)
            if cell.text:
                add_break(p)
        if cell.text:
            add_runs(p, cell.text, bold=cell.bold or bold)
        tc.append(p)
        tr.append(tc)
        col += span
        if col >= len(columns):
            break
    while col < len(columns):  # a short row still fills the grid, or Word calls the file damaged
        tc = OxmlElement("w:tc")
        tcpr = OxmlElement("w:tcPr")
        tcw = OxmlElement("w:tcW")
        tcw.set(qn("w:w"), str(twips[col]))
        tcw.set(qn("w:type"), "dxa")
        tcpr.append(tcw)
        tc.append(tcpr)
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), style_id)
        ppr.append(pstyle)
        p.append(ppr)
        tc.append(p)
        tr.append(tc)
        col += 1
    return tr

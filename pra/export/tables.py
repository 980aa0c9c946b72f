"""Tables, and the print rules every table of a plan follows.

Tables are written as XML row by row, in one pass: python-docx's
``table.cell(r, c)`` and ``row.cells`` walk the whole table each time, which
makes a 200-row calendar quadratic. Every table follows the same print rules:

- the header row repeats on every page and is shaded light grey (text is
  bold too, so a photocopy without the grey still reads);
- a row does not split across pages, unless it is so long (a 5,000-character
  note) that keeping it whole would cut it off;
- a table of up to :data:`KEEP_WHOLE_ROWS` rows (:data:`KEEP_WITH_NOTE_ROWS` when a note
  follows it) stays whole and with its heading; a longer one may break between rows, its heading, header and first two rows kept
  together, its last two rows too (a total never alone). Keeping every table of
  up to 14 rows whole left pages 40% empty (Jaya Bersama's pledges and steps, #13).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final, Literal

from pra.export.measure import fit_columns, style_size_pt, widest_in, widest_word
from pra.export.nobreak import join_dates
from pra.export.runs import JC, runs_xml, xml_text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

Align = Literal["left", "right", "center"]

HEADER_FILL: Final = "D9D9D9"
"""Light grey: survives a photocopy as a pale tint, never carries meaning alone."""
ACTIVE_FILL: Final = "BFBFBF"
SPLIT_ROW_CHARS: Final = 700
"""A row with more text than this may split across pages (see the module docstring)."""
KEEP_WHOLE_ROWS: Final = 5
"""Tables up to this many rows are kept on one page with their heading (a longer one keeps
its first and last rows together anyway)."""
KEEP_WITH_NOTE_ROWS: Final = 10
"""A table up to this many rows with a note or sums under it (:meth:`pra.export.blocks.Writer.
keep_table_with_next`) is kept whole: LibreOffice keeps a table with the next paragraph only
when every row keeps with the next, and a table that may break left its note alone at the top
of the next page when it ended at a page's foot (one place in fifty). A note reads as part of
whatever follows it; a sentence that names itself ("Jumlah janji hati …") does not, and the
table above it may break."""
TWIPS_PER_EMU: Final = 635
_W_NS: Final = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
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


def usable_width(doc: Document) -> int:
    """The width between the margins of the current (last) section, in EMU."""
    section = doc.sections[-1]
    width = int(section.page_width or 0) - int(section.left_margin or 0)
    return width - int(section.right_margin or 0)


def build_table(
    doc: Document,
    style_ids: Mapping[str, str],
    columns: Sequence[Column],
    header: Sequence[CellValue] | None,
    rows: Iterable[Sequence[CellValue]],
    *,
    width: int | None = None,
    keep_whole: bool | None = None,
    keep_groups: int = 0,
    chain_last: int = 1,
    header_repeat: bool = True,
    font_style: str = "Table Text",
    borders: bool = True,
    min_height: int | None = None,
    font_size: Callable[[str], float] | None = None,
    keep_with_next: bool = False,
    whole_words: bool = False,
    keep_tail: int = 2,
) -> Table:
    """A grid table appended to ``doc``, header row first (repeated on each page), in one pass.

    ``keep_groups`` (rows without a header): the rows are kept together in groups of that
    many, a page may break between two groups only (a row of signatures: room to sign, the
    line, the names). Groups are not chained: a chain of kept groups moved whole to the next
    page and left the space of all but one of them empty (#13); only the last ``chain_last``
    groups are chained together (2: the last pair of approvers never alone on a page,
    rev13-lender 13).
    ``keep_with_next``: the table's end stays on the page of the paragraph after it (a total;
    with ``keep_groups``, the last group: the members' last row of signatures and the
    approval block's heading).
    ``whole_words``: a date or a range of numbers is one word, measured and printed on one line.
    ``keep_tail``: the last rows of a table that may break kept on one page (a total with the
    rows above it: the cash flow keeps four, rev14-lender 7).
    ``width`` is in EMU (default: between the margins of the last section);
    ``style_ids`` maps style names to the template's style ids; ``font_size`` gives a
    style id's size in points (default: looked up in ``doc``'s styles each time).
    """
    from docx.oxml.ns import qn

    width = width or usable_width(doc)
    total = sum(c.weight for c in columns) or 1
    twips = [max(200, int(width * c.weight / total / TWIPS_PER_EMU)) for c in columns]
    from docx.oxml.table import CT_Tbl
    from docx.shared import Emu
    from docx.table import Table

    # Built directly: python-docx's add_table and table.style look the style up
    # among every style of the template, twice per table.
    tbl = CT_Tbl.new_tbl(0, len(columns), Emu(width))
    doc.element.body._insert_tbl(tbl)
    table = Table(tbl, doc._body)
    table.autofit = False  # a fixed layout: the widths below are kept, not guessed
    tblpr = tbl.tblPr
    tblpr.insert(0, _table_style(style_ids.get("Table Grid", "TableGrid")))
    look = tblpr.find(qn("w:tblLook"))  # tblCellMar comes right before tblLook
    if look is not None:
        look.addprevious(_cell_margins())
    else:
        tblpr.append(_cell_margins())
    if not borders:
        # Schema order: tblBorders comes before shd, tblLayout, tblCellMar and tblLook.
        later = [tblpr.find(qn(f"w:{n}")) for n in ("shd", "tblLayout", "tblCellMar", "tblLook")]
        anchor = next((el for el in later if el is not None), None)
        if anchor is not None:
            anchor.addprevious(_no_borders())
        else:
            tblpr.append(_no_borders())
    if whole_words:
        all_rows = [[_joined(v) for v in values] for values in rows]
        header = None if header is None else [_joined(v) for v in header]
    else:
        all_rows = [list(values) for values in rows]
    whole = keep_whole if keep_whole is not None else len(all_rows) <= KEEP_WHOLE_ROWS
    body_style = style_ids.get(font_style, "Normal")
    head_style = style_ids.get("Table Heading", "Normal")
    amount_style = style_ids.get("Amount", "Normal")
    if font_size is None:
        styles = doc.styles.element

        def font_size(style_id: str) -> float:
            return style_size_pt(styles, style_id)

    sizes = (font_size(body_style), font_size(head_style))
    twips = _fit_words(twips, header, all_rows, sizes)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), str(sum(twips)))
    for grid_col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        grid_col.set(qn("w:w"), str(w))
    xml = []
    if header is not None:
        xml.append(
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
        last = len(all_rows) - 1
        if keep_groups:
            groups = -(-len(all_rows) // keep_groups)
            chained = i // keep_groups >= groups - chain_last
            keep = (i < last and ((i + 1) % keep_groups != 0 or chained)) or (
                i == last and keep_with_next
            )
        else:
            # the last ``keep_tail`` rows stay together (a total never alone on a page), and
            # with ``keep_with_next`` the last row stays with the paragraph after the table
            keep = (i < last and (whole or i < 2 or i >= last - keep_tail + 1)) or (
                i == last and keep_with_next
            )
        xml.append(
            _row(columns, twips, values, body_style, amount_style, keep=keep, height=min_height)
        )
    if xml:
        # The rows are parsed in one go: tens of thousands of elements made one at a
        # time through python-docx's element classes were half the time of a plan.
        from docx.oxml.parser import parse_xml

        tbl.extend(list(parse_xml(f"<w:tbl {_W_NS}>{''.join(xml)}</w:tbl>")))
    return table


def _joined(value: CellValue) -> CellValue:
    """A cell's text with its dates and ranges made unbreakable (:mod:`pra.export.nobreak`)."""
    if isinstance(value, Cell):
        return replace(value, text=join_dates(value.text), title=join_dates(value.title))
    return join_dates(value)


def _fit_words(
    twips: list[int],
    header: Sequence[CellValue] | None,
    rows: Sequence[Sequence[CellValue]],
    sizes: tuple[float, float],
) -> list[int]:
    """Column widths where no amount (and, where there is room, no word) is cut in two.

    A line breaks only at spaces; a word wider than its column is cut wherever
    the column ends. Each column gets at least the width of its widest word;
    when all words cannot fit, at least the width of its widest amount, and
    the room left is shared out towards the other words. ``sizes``: the body's
    and the header's font size in points.
    """
    body_pt, head_pt = sizes
    columns = len(twips)
    word_need = [0] * columns
    amount_need = [0] * columns
    margins = 2 * CELL_MARGIN_TWIPS + 20

    def measure(values: Sequence[CellValue], size: float, bold: bool) -> None:
        col = 0
        for v in values:
            cell = v if isinstance(v, Cell) else Cell(v)
            if col >= columns:
                break
            if cell.span <= 1:
                texts = (cell.text, cell.title) if cell.title else (cell.text,)
                strong = bold or cell.bold
                wide = widest_word(texts, size, bold=strong or bool(cell.title))
                word_need[col] = max(word_need[col], wide + margins)
                wide = max(widest_in(t, size, bold=strong, amounts=True) for t in texts)
                amount_need[col] = max(amount_need[col], wide + margins if wide else 0)
            col += max(1, cell.span)

    if header is not None:
        measure(header, head_pt, True)
    for values in rows:
        measure(values, body_pt, False)
    word_need = [max(w, a) for w, a in zip(word_need, amount_need, strict=True)]
    extra = sum(word_need) - sum(amount_need)
    room = sum(twips) - sum(amount_need)
    # every word an amount and the amounts wider than the table (extra 0): nothing to share
    share = 1.0 if extra <= room or extra <= 0 else max(0.0, room / extra)
    needs = [a + int((w - a) * share) for w, a in zip(word_need, amount_need, strict=True)]
    return fit_columns(twips, needs)


def set_row_height(tr: Any, twips: int) -> None:
    """Give table row ``tr`` at least ``twips`` of height (room to sign)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), "atLeast")
    trpr.append(height)


def _table_style(style_id: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = OxmlElement("w:tblStyle")
    style.set(qn("w:val"), style_id)
    return style


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
) -> str:
    """One ``w:tr`` as WordprocessingML text (the ``w:`` prefix bound by the caller)."""
    out = ["<w:tr><w:trPr>"]
    length = sum(len(v.text if isinstance(v, Cell) else v) for v in values)
    if header or length <= SPLIT_ROW_CHARS:
        out.append("<w:cantSplit/>")
    if height:
        out.append(f'<w:trHeight w:val="{height}" w:hRule="atLeast"/>')
    if header:
        out.append("<w:tblHeader/>")
    out.append("</w:trPr>")
    col = 0
    cells = [v if isinstance(v, Cell) else Cell(v) for v in values]
    while col < len(columns):
        # A short row still fills the grid, or Word calls the file damaged.
        cell = cells.pop(0) if cells else Cell("")
        span = max(1, min(cell.span, len(columns) - col))
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(twips[col : col + span])}" w:type="dxa"/>')
        if span > 1:
            out.append(f'<w:gridSpan w:val="{span}"/>')
        shade = cell.fill or fill
        if shade:
            out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{xml_text(shade)}"/>')
        align = cell.align or columns[col].align
        style = xml_text(amount_style_id if align == "right" else style_id)
        out.append(f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>')
        if keep:
            out.append("<w:keepNext/>")
        if align != "left":
            out.append(f'<w:jc w:val="{JC[align]}"/>')
        out.append("</w:pPr>")
        if cell.title:
            out.append(runs_xml(cell.title, bold=True))
            if cell.text:
                out.append("<w:r><w:br/></w:r>")
        if cell.text:
            out.append(runs_xml(cell.text, bold=cell.bold or bold))
        out.append("</w:p></w:tc>")
        col += span
    out.append("</w:tr>")
    return "".join(out)

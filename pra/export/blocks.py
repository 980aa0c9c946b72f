"""The building blocks of a printed document: headings, paragraphs, lists and tables.

A :class:`Writer` appends to a python-docx document in the template's
styles; tables follow the print rules of :mod:`pra.export.tables`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

from pra.export.runs import JC, add_runs
from pra.export.tables import (
    KEEP_WITH_NOTE_ROWS,
    Align,
    Cell,
    CellValue,
    Column,
    build_table,
    usable_width,
)
from pra.i18n import Language, t

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table


LEAD_PARAGRAPHS: Final = 4
"""How many paragraphs before a table are kept on its page: a heading, a sentence, a note."""


WHOLE_LINES: Final = 5
"""Up to this many lines of arithmetic are kept whole (:meth:`Writer.lines`)."""


def _insert_keep_next(ppr: Any) -> None:
    """Add ``w:keepNext`` to ``ppr`` in its schema place (right after ``w:pStyle``)."""
    from docx.oxml.ns import qn

    keep = ppr.makeelement(qn("w:keepNext"), {})
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(keep)
    else:
        ppr.insert(0, keep)


class Writer:
    """Appends blocks to a python-docx document in the template's styles."""

    def __init__(self, doc: Document, lang: Language) -> None:
        self.doc = doc
        self.lang = lang
        self._style_ids: dict[str, str] = {s.name: s.style_id for s in doc.styles if s.name}
        self._style_names = {v: k for k, v in self._style_ids.items()}
        self._sizes: dict[str, float] = {}
        self.whole_words = False
        """Dates, ranges and names print whole on a line (the plan and the berita acara,
        :mod:`pra.export.nobreak`)."""

    # -- text -----------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        """The catalogue sentence ``key`` in the document's language."""
        return t(key, self.lang, **params)

    def style_id(self, name: str) -> str:
        return self._style_ids.get(name, "Normal")

    def font_size(self, style_id: str) -> float:
        """The font size of paragraph style ``style_id`` in points (looked up once per style)."""
        if style_id not in self._sizes:
            from pra.export.measure import style_size_pt

            self._sizes[style_id] = style_size_pt(self.doc.styles.element, style_id)
        return self._sizes[style_id]

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
            jc.set(qn("w:val"), JC[align])
            ppr.append(jc)
        p.append(ppr)
        if text:
            add_runs(p, text, bold=bold, whole=self.whole_words)
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
        """A small-print note: it stays with what it is about, the table or lines right above it
        ("Jasa dan potongan dalam persen dihitung …" under the instalment sums)."""
        self.keep_last_with_next()
        self.paragraph(text, "Note", keep_with_next=keep_with_next)

    def keep_last_with_next(self) -> None:
        """Keep what was written last — a table, or a paragraph that is not a heading — with
        what is written next (a note about it)."""
        from docx.oxml.ns import qn

        body = self.doc.element.body
        el = body.find(qn("w:sectPr"))
        el = el.getprevious() if el is not None else body[-1] if len(body) else None
        if el is None or el.tag != qn("w:p") or not "".join(el.itertext()).strip():
            self.keep_table_with_next()
            return
        ppr = el.find(qn("w:pPr"))
        if ppr is None or ppr.find(qn("w:sectPr")) is not None:
            return
        if ppr.find(qn("w:keepNext")) is None:
            _insert_keep_next(ppr)

    def keep_table_with_next(self, rows: int = 1) -> None:
        """Keep the last table (and the empty spacers after it) with what is written next:
        the whole table when it has up to :data:`~pra.export.tables.KEEP_WITH_NOTE_ROWS` rows
        (LibreOffice keeps a table with the next paragraph only then), else its last ``rows``.

        A note under a table explains it ("Kas akhir = kas awal + penjualan − …",
        "Bantuan stimulan adalah milik kelompok …"): alone at the top of the next
        page it reads as part of whatever follows. The last row's paragraphs keep
        with the next one, so the layout moves that row (at least) with the note.
        """
        from docx.oxml.ns import qn

        body = self.doc.element.body
        el = body.find(qn("w:sectPr"))
        el = el.getprevious() if el is not None else body[-1] if len(body) else None
        spacers = []
        while el is not None and el.tag == qn("w:p") and not "".join(el.itertext()).strip():
            ppr = el.find(qn("w:pPr"))
            if ppr is not None and ppr.find(qn("w:sectPr")) is not None:
                return
            spacers.append(el)
            el = el.getprevious()
        if el is None or el.tag != qn("w:tbl"):
            return
        kept = el.findall(qn("w:tr"))
        if len(kept) > KEEP_WITH_NOTE_ROWS + 1:  # the header row and the table's rows
            kept = kept[-rows:]
        paragraphs = [p for tr in kept for p in tr.iter(qn("w:p"))]
        for p in [*paragraphs, *spacers]:
            ppr = p.find(qn("w:pPr"))
            if ppr is None:
                ppr = p.makeelement(qn("w:pPr"), {})
                p.insert(0, ppr)
            if ppr.find(qn("w:keepNext")) is None:
                _insert_keep_next(ppr)

    def empty(self) -> None:
        """The sentence for a section nobody has filled in: it says so instead of vanishing."""
        self.paragraph(self.t("export.empty"), "Note")

    def bullets(self, items: Iterable[str]) -> None:
        bullet = self.t("export.bullet")
        for item in items:
            self.paragraph(f"{bullet}\t{item}", "List Item")

    def lines(self, items: Iterable[str], *, keep_together: bool = True) -> None:
        """Lines of arithmetic, one per paragraph, kept together so a sum is never cut in two.

        Right under a table they are its sums ("Cicilan pokok: Rp 500.000 ÷ 10 = …") and
        stay with its last row. More than :data:`WHOLE_LINES` lines (the capital's ten) may
        break between them, their first two kept with what is above and their last three
        (the totals and the verdict) together: kept whole they moved to the next page with
        the table above them and left a third of a page empty (#13).
        """
        items = list(items)
        if keep_together and items:
            self.keep_table_with_next()
        last = len(items) - 1
        whole = len(items) <= WHOLE_LINES
        for i, item in enumerate(items):
            self.paragraph(
                f"{self.t('export.bullet')}\t{item}",
                "List Item",
                keep_with_next=keep_together and i < last and (whole or i < 1 or i >= last - 2),
            )

    # -- tables ---------------------------------------------------------------
    def keep_lead_with_next(self, lead: int = LEAD_PARAGRAPHS) -> None:
        """Keep the last paragraphs (back to their heading) with the block that comes next.

        What stands right before a table is its caption or the sentence that
        introduces it ("Pinjaman BMM dikembalikan dalam 52 angsuran …"): printed
        at the foot of a page with the table on the next, the heading and its
        sentence would be orphaned. At most ``lead`` (:data:`LEAD_PARAGRAPHS`) paragraphs
        are chained, stopping at a heading (already kept with what follows), an
        empty spacer, a table or a section break.
        """
        from docx.oxml.ns import qn

        body = self.doc.element.body
        el = body.find(qn("w:sectPr"))
        el = el.getprevious() if el is not None else body[-1] if len(body) else None
        for _ in range(lead):
            if el is None or el.tag != qn("w:p"):
                return
            ppr = el.find(qn("w:pPr"))
            if ppr is None:
                ppr = el.makeelement(qn("w:pPr"), {})
                el.insert(0, ppr)
            if ppr.find(qn("w:sectPr")) is not None:
                return
            if ppr.find(qn("w:keepNext")) is None:
                _insert_keep_next(ppr)
            style = ppr.find(qn("w:pStyle"))
            name = self._style_names.get(style.get(qn("w:val")) if style is not None else "", "")
            if name.startswith("Heading") or not "".join(el.itertext()).strip():
                return
            el = el.getprevious()

    def usable_width(self) -> int:
        """The width between the margins of the current (last) section, in EMU."""
        return usable_width(self.doc)

    def table(
        self,
        columns: Sequence[Column],
        header: Sequence[CellValue] | None,
        rows: Iterable[Sequence[CellValue]],
        *,
        width: int | None = None,
        keep_whole: bool | None = None,
        keep_groups: int = 0,
        chain_last: int = 1,
        font_style: str = "Table Text",
        borders: bool = True,
        min_height: int | None = None,
        keep_with_next: bool = False,
        keep_tail: int = 2,
        lead: int = LEAD_PARAGRAPHS,
    ) -> Table:
        """A table in the template's styles (see :func:`pra.export.tables.build_table`).

        The ``lead`` paragraphs that lead to it stay on its page (:meth:`keep_lead_with_next`).
        """
        self.keep_lead_with_next(lead)
        return build_table(
            self.doc,
            self._style_ids,
            columns,
            header,
            rows,
            width=width,
            keep_whole=keep_whole,
            keep_groups=keep_groups,
            chain_last=chain_last,
            font_style=font_style,
            borders=borders,
            min_height=min_height,
            font_size=self.font_size,
            keep_with_next=keep_with_next,
            whole_words=self.whole_words,
            keep_tail=keep_tail,
        )

    def key_values(
        self, pairs: Sequence[tuple[str, str]], weights: tuple[float, float] = (1, 2)
    ) -> None:
        """A two-column table of labels (bold) and values, with no header."""
        self.table(
            [Column(weights[0]), Column(weights[1])],
            None,
            [(Cell(k, bold=True), v) for k, v in pairs],
        )

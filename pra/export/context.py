"""What every part of a printed document needs: the workshop, the writer, names, formats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from pra.export.blocks import Writer
from pra.export.nobreak import whole_name, whole_names
from pra.export.snippets import Snippets
from pra.i18n import Language
from pra.model import BusinessGroup, Participant, Workshop
from pra.plan.formatting import (
    format_date,
    format_day_month,
    format_number,
    format_percent,
    format_rupiah,
)
from pra.plan.notice import Notice

LONG_CELL_CHARS: Final = 300
"""Longer free text leaves the table for a note below it (see :meth:`Context.cell`)."""
CUT_CELL_CHARS: Final = 120


@dataclass
class Context:
    """The workshop being printed, the group (for a plan), and the writer with its language."""

    ws: Workshop
    writer: Writer
    snippets: Snippets
    group: BusinessGroup | None = None
    people: dict[str, Participant] = field(default_factory=dict)
    draft: int = 0
    """For a plan printed as a draft: how many things must be fixed first (0: not a draft)."""

    def __post_init__(self) -> None:
        self.people = {p.id: p for p in self.ws.participants}

    @property
    def lang(self) -> Language:
        return self.writer.lang

    def t(self, key: str, **params: object) -> str:
        return self.writer.t(key, **params)

    def name(self, participant_id: str | None) -> str:
        """A participant's name; an unknown id prints as the id (the model forbids it anyway)."""
        if participant_id is None:
            return ""
        person = self.people.get(participant_id)
        return person.name if person else participant_id

    def names(self, ids: Iterable[str], sep: str = ", ") -> str:
        """The names; in a plan each whole on its line (:func:`pra.export.nobreak.whole_name`)."""
        if not self.writer.whole_words:
            return sep.join(self.name(i) for i in ids)
        return sep.join(whole_name(self.name(i)) for i in ids)

    def rupiah(self, amount: int) -> str:
        return format_rupiah(amount, self.lang)

    def number(self, n: int) -> str:
        return format_number(n, self.lang)

    def percent(self, value: Decimal | int) -> str:
        return format_percent(value, self.lang)

    def date(self, day: dt.date | None) -> str:
        return format_date(day, self.lang) if day else ""

    def date_range(self, first: dt.date, last: dt.date, full: bool = False) -> str:
        """``1 Sep – 7 Sep 2003`` within a year, else two full dates: short enough for a table
        cell; with ``full`` the months written in full (``1 Juni – 4 Juli 2004``, a title)."""
        if first.year != last.year:
            return f"{self.date(first)} – {self.date(last)}"
        if first == last:
            return self.date(first)
        days = (format_day_month(d, self.lang, full=full) for d in (first, last))
        return f"{' – '.join(days)} {last.year}"

    def notice(self, notice: Notice) -> str:
        """The notice's sentence; in a plan each participant's name in it whole on its line."""
        text = notice.text(self.lang)
        if not self.writer.whole_words:
            return text
        return whole_names(text, tuple(p.name for p in self.ws.participants))

    def cell(self, text: str, notes: list[str]) -> str:
        """``text`` for a table cell; a long one is cut short and kept whole in ``notes``.

        A 5,000-character note in a 3 cm column would run over pages; below
        the table it reads as a paragraph. Print ``notes`` with :meth:`write_notes`.
        """
        if len(text) <= LONG_CELL_CHARS:
            return text
        notes.append(text)
        cut = text[:CUT_CELL_CHARS].rsplit(" ", 1)[0].rstrip(" ,.;:")
        return f"{cut}{self.t('export.label.see_note', n=len(notes))}"

    def write_notes(self, notes: list[str]) -> None:
        for n, text in enumerate(notes, start=1):
            self.writer.note(self.t("export.label.note_n", n=n, text=text))

    def or_none(self, text: str) -> str:
        return text if text else self.t("export.none")

    def workshop_title(self) -> str:
        return self.ws.info.title or self.t("export.untitled")

    def render(self, snippet: str, *, keep_with_next: bool = False, **values: object) -> None:
        """Write the narrative snippet ``snippet`` as paragraphs (kept with what follows if asked)."""
        for text in self.snippets.paragraphs(snippet, values):
            self.writer.paragraph(text, keep_with_next=keep_with_next)

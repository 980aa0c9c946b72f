"""What is wrong with a workshop file, as sentences a facilitator understands.

A :class:`FileProblem` is one problem: the file, where in it (a list of place
parts such as *kelompok "Sedap Malam"*, *langkah 3*), and a catalogue key with
its parameters. It is rendered only when shown, so the same problem can be said
in Indonesian or English::

    palembang.json: kelompok "Sedap Malam", langkah 3: bergantung pada langkah yang tidak ada ("s-9")

:class:`WorkshopFileError` is the :class:`~pra.errors.PraError` that loading
raises; it carries *every* problem found (``.problems``) and says the first one
(and how many more) as its message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pra.errors import PraError, said
from pra.i18n import Language, t
from pra.plan.notice import days_said

PlacePart = tuple[str, Mapping[str, Any]]
"""One step into the document: a catalogue key (``store.place.group``) and its parameters."""


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One problem of one file; :meth:`text` says it in a language."""

    file: str
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    place: tuple[PlacePart, ...] = ()

    def where(self, lang: Language | None = None) -> str:
        """The place in words (``kelompok "Sedap Malam", langkah 3``), or ``""`` for the whole file."""
        return ", ".join(
            t(key, lang=lang, **said(days_said(params), lang)) for key, params in self.place
        )

    def what(self, lang: Language | None = None) -> str:
        return t(self.key, lang=lang, **said(days_said(self.params), lang))

    def text(self, lang: Language | None = None) -> str:
        """The whole sentence: file, place and problem."""
        where = self.where(lang)
        if where:
            return t("store.at_place", lang=lang, file=self.file, place=where, what=self.what(lang))
        return t("store.in_file", lang=lang, file=self.file, what=self.what(lang))

    def __str__(self) -> str:
        return self.text()


class WorkshopFileError(PraError):
    """A workshop file that cannot be loaded; ``problems`` lists every reason found.

    The message is the first problem, plus how many more there are.
    """

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        if not problems:
            raise ValueError("a WorkshopFileError needs at least one problem")
        self.problems: tuple[FileProblem, ...] = tuple(problems)
        first = self.problems[0]
        super().__init__("store.invalid", file=first.file, count=len(self.problems))

    @property
    def file(self) -> str:
        return self.problems[0].file

    def message(self, lang: Language | None = None) -> str:
        first = self.problems[0].text(lang)
        if len(self.problems) == 1:
            return first
        return t("store.more", lang=lang, first=first, count=len(self.problems) - 1)

    def lines(self, lang: Language | None = None) -> list[str]:
        """Every problem, one sentence each."""
        return [p.text(lang) for p in self.problems]


def texts(problems: Iterable[FileProblem], lang: Language | None = None) -> list[str]:
    return [p.text(lang) for p in problems]

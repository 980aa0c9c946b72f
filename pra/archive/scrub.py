"""Participants' names and phone numbers typed into free text, replaced by their codes.

Facilitators are asked to write roles, not names, in problems, reasons, notes
and rules, but a name can slip in ("usul Bu Rohani"). Before a workshop goes
into a pseudonymised archive, every text of the file except the participant
register is searched, and each name or number found is replaced in the text as
it is written; everything around it is kept byte for byte.

- Names are matched in a folded copy of the text (:mod:`pra.model.folding`:
  case, accents, composed or decomposed letters, ``ß``/``ss``, ``İ``/``i`` and
  runs of white space or line breaks do not matter), as whole words.
- A name of two or more words is replaced wherever it is found. A one-word name
  ("Untung", "Jaya") is also an ordinary word, so it is replaced only where it
  is written as a name: capitalised, or after a title (Bu, Pak, Mbak …), and not
  inside a name of the workshop's groups, institutions, resources, ideas or
  places ("Kelompok Jaya Bersama") nor right after a word that starts such a
  name (Kelompok, Toko, Desa …).
- Phone numbers are found by their digits (:mod:`pra.archive.phones`): a
  participant's number in any writing becomes their code, any other Indonesian
  mobile number becomes :data:`PHONE_MARK`.
- A lender or grant giver of kind ``other`` (no institution's word in its name,
  :mod:`pra.archive.lender_kinds`: possibly a person, "Haji Darto Sumolang") is
  looked for like a participant, without the titles its name starts with
  ("Darto Sumolang"), and becomes :data:`LENDER_MARK`; an institution's name
  (BMM, Koperasi …) is kept, and so are the category words of an ``informal``
  one (rentenir, lintah darat, toke, bank keliling, bank emok …), only the rest of its
  name is looked for ("Juragan Darto" → "Darto", "Bank Emok Bu Sumiati" → "Sumiati"). The ``lender`` and ``giver`` fields themselves are
  written as their kind by ``pra.archive.package.pseudonymised_json``.

A code never makes a text longer than the model allows: where it would, the
codes of that text are written short (``P7`` for ``W1a2b3c4d-P07``), and if that is
still too long the end of the text is cut (``…``). Nicknames, other spellings
and first names alone of longer names are not recognised; the README says so.

The usual case costs one look at the workshop's folded JSON text: only a
workshop in which a name or a number appears is rewritten and validated again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final

from pydantic import ValidationError

from pra.archive.phones import find_phones, registered_keys
from pra.model import Workshop
from pra.model.folding import Folded, fold, quick_fold
from pra.model.titles import TITLES, without_titles

PHONE_MARK: Final = "[telp]"
"""What a mobile number that is not a participant's becomes."""
LENDER_MARK: Final = "[other]"
"""What the name of a lender or giver of kind ``other`` (possibly a person) becomes in free text."""
_SOURCE_NAME_KEYS: Final = frozenset({"lender", "giver"})
"""A funding source's name fields: written as its kind in the copy, never searched."""


NAME_STARTS: Final = frozenset(
    [
        "kelompok",
        "kube",
        "koperasi",
        "kop",
        "toko",
        "warung",
        "usaha",
        "ud",
        "cv",
        "pt",
        "desa",
        "kelurahan",
        "kecamatan",
        "kabupaten",
        "kota",
        "kampung",
        "dusun",
        "jalan",
        "jl",
        "gang",
        "gg",
        "pasar",
        "masjid",
        "musala",
        "mushola",
        "gereja",
        "pura",
        "sekolah",
        "sd",
        "smp",
        "sma",
        "smk",
        "madrasah",
        "yayasan",
        "lembaga",
        "paguyuban",
        "arisan",
        "majelis",
        "posyandu",
        "puskesmas",
        "bank",
        "bumdes",
        "rt",
        "rw",
        "dinas",
        "kantor",
        "sanggar",
        "taman",
        "perumahan",
        "blok",
    ]
)
"""Words that start the name of a group, an institution or a place (``Kelompok Jaya``)."""

_ID_SUFFIXES = ("id", "_id", "_ids")
_ID_KEYS = frozenset({"a", "b", "winner", "depends_on"})
"""Keys whose values are ids or lists of ids, never free text."""
_WORD_BEFORE: Final = re.compile(r"(\w+)\.? ?$")
_SHORT: Final = re.compile(r"^([^\d]*)0+(?=\d)")
_SPACES: Final = re.compile(r"\s+")


def _is_id_key(key: str) -> bool:
    return key in _ID_KEYS or key.endswith(_ID_SUFFIXES)


def short_code(code: str) -> str:
    """``code`` without its workshop's part and the zeros that pad its number
    (``W1a2b3c4d-P07`` → ``P7``, ``P0012`` → ``P12``): the text it stands in belongs
    to that workshop."""
    return _SHORT.sub(r"\1", code.rpartition("-")[2])


@dataclass(frozen=True)
class Finder:
    """What to look for in one workshop: names, phone numbers and the names that protect words."""

    names: Mapping[str, int]
    """Folded name → index of its participant in the register (the first holder wins); an
    index past the register is a lender's (:func:`person_lenders`)."""
    phones: Mapping[str, int]
    """Phone key → index of its participant."""
    phrases: tuple[str, ...]
    """Folded names of the workshop's groups, institutions, places …"""
    every_word: bool = False
    """Replace one-word names everywhere, as words too (in a sentence about the file)."""

    @classmethod
    def for_people(cls, register: Sequence[tuple[str, str | None]]) -> Finder:
        """A finder for names and phones as a raw file writes them, replacing every occurrence."""
        names: dict[str, int] = {}
        phones: dict[str, int] = {}
        for i, (name, phone) in enumerate(register):
            key = fold(name).strip()
            if key:
                names.setdefault(key, i)
            if phone:
                phones.setdefault(phone, i)
        return cls(names, registered_keys(phones), (), every_word=True)

    @classmethod
    def of(cls, ws: Workshop) -> Finder:
        names: dict[str, int] = {}
        phones: dict[str, int] = {}
        for i, p in enumerate(ws.participants):
            key = fold(p.name).strip()
            if key:
                names.setdefault(key, i)
            if p.phone:
                phones.setdefault(p.phone, i)
        for j, name in enumerate(person_lenders(ws), start=len(ws.participants)):
            key = without_titles(fold(name).strip())
            if key:
                names.setdefault(key, j)
        place = ws.info.place
        texts = [
            *(g.name for g in ws.groups),
            *(g.business for g in ws.groups),
            *(x.name for x in ws.institutions),
            *(r.name for r in ws.resources),
            *(idea.name for idea in ws.ideas),
            place.province,
            place.city,
            place.district,
            place.village,
            ws.info.venue,
            ws.info.partner,
        ]
        phrases = {fold(text).strip() for text in texts if text}
        return cls(names, registered_keys(phones), tuple(sorted(phrases - {""})))

    @cached_property
    def _names(self) -> re.Pattern[str] | None:
        if not self.names:
            return None
        alternatives = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    @cached_property
    def _phrases(self) -> re.Pattern[str] | None:
        if not self.phrases:
            return None
        alternatives = "|".join(re.escape(n) for n in sorted(self.phrases, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def may_hold(self, text: str) -> bool:
        """Whether ``text`` may hold a name or a number: a cheap first look, never a false no.

        Each word of each name is looked for on its own, so a name split by a
        line break (written ``\\n`` in JSON) is still seen.
        """
        folded = text.lower() if text.isascii() else quick_fold(text)
        if any(word in folded for word in self._words):
            return True
        return any(True for _ in find_phones(text, self.phones))

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(word for name in self.names for word in name.split())

    def spans(self, text: str) -> list[tuple[int, int, int | None]]:
        """``(start, end, participant index or None for another phone)`` in ``text``, in order."""
        found = list(find_phones(text, self.phones))
        if self._names is not None and self._may_name(text):
            folded = Folded.of(text)
            protected = self._protected(folded.text)
            for match in self._names.finditer(folded.text):
                span = folded.span(match.start(), match.end())
                if span is None:
                    continue
                key = match.group()
                if (
                    " " not in key
                    and not self.every_word
                    and not self._written_as_name(
                        text, folded.text, match.start(), match.end(), span[0], protected
                    )
                ):
                    continue
                found.append((span[0], span[1], self.names[key]))
        found.sort(key=lambda s: (s[0], -s[1]))
        kept: list[tuple[int, int, int | None]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        return kept

    def _may_name(self, text: str) -> bool:
        """Whether a name may be in ``text``: exact for ASCII text, whose folded copy is
        its lower case with white space runs made one space (folding it with offsets,
        :meth:`Folded.of`, is most of an archive's time); other text is always folded."""
        if not text.isascii():
            return True
        assert self._names is not None
        return self._names.search(_SPACES.sub(" ", text.lower())) is not None

    def _protected(self, folded: str) -> list[tuple[int, int]]:
        if self._phrases is None:
            return []
        return [m.span() for m in self._phrases.finditer(folded)]

    @staticmethod
    def _written_as_name(
        text: str,
        folded: str,
        start: int,
        end: int,
        original_start: int,
        protected: Sequence[tuple[int, int]],
    ) -> bool:
        """A one-word name at folded ``[start, end)``: written as a person's name here?"""
        before = _WORD_BEFORE.search(folded, max(0, start - 40), start)
        word = before.group(1) if before else ""
        if word in TITLES:
            return True
        if word in NAME_STARTS:
            return False
        if any(a <= start and end <= b for a, b in protected):
            return False
        return text[original_start].isupper()


def person_lenders(ws: Workshop) -> list[str]:
    """The names of the lenders and grant givers of kind ``other`` (possibly persons), and
    what an ``informal`` one's name holds besides its category words (``Juragan Darto``)."""
    from pra.archive.lender_kinds import personal_part
    from pra.model.funding import Grant, LenderLoan

    names = []
    for g in ws.groups:
        for s in g.capital.sources:
            name = (
                s.lender if isinstance(s, LenderLoan) else s.giver if isinstance(s, Grant) else ""
            )
            if person := personal_part(name):
                names.append(person)
    return names


def _replace(text: str, spans: Sequence[tuple[int, int, int | None]], codes: Sequence[str]) -> str:
    parts: list[str] = []
    last = 0
    for start, end, owner in spans:
        parts += [text[last:start], PHONE_MARK if owner is None else codes[owner]]
        last = end
    parts.append(text[last:])
    return "".join(parts)


Path = tuple[str | int, ...]


Found = dict[Path, tuple[str, list[tuple[int, int, int | None]]]]
"""Place of a text in the dumped workshop → the text and what is to be replaced in it."""


def _personal_texts(ws: Workshop, finder: Finder) -> Found:
    """Every text of ``ws`` outside the register that holds a name or a number, by place."""
    found: Found = {}
    if not finder.may_hold(ws.model_dump_json(exclude={"participants"})):
        return found

    def walk(value: Any, path: Path) -> None:
        if isinstance(value, str):
            spans = finder.spans(value)
            if spans:
                found[path] = (value, spans)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*path, i))
        elif isinstance(value, dict):
            for k, v in value.items():
                if not _is_id_key(k) and k not in _SOURCE_NAME_KEYS:
                    walk(v, (*path, k))

    for key, value in ws.model_dump(mode="json", exclude={"participants"}).items():
        walk(value, (key,))
    return found


def replace_found(
    data: Any, finder: Finder, codes: Sequence[str], skip: frozenset[str] = frozenset()
) -> None:
    """Replace in the dumped workshop ``data``, in place, each name ``finder`` finds by its
    code (``codes[index]``); other phone numbers are left to :func:`without_names`. Texts
    are searched as :func:`without_names` searches them, top-level keys in ``skip`` not."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            spans = [s for s in finder.spans(value) if s[2] is not None]
            return _replace(value, spans, codes) if spans else value
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {
                k: v if _is_id_key(k) or k in _SOURCE_NAME_KEYS else walk(v)
                for k, v in value.items()
            }
        return value

    for key in list(data):
        if key not in skip:
            data[key] = walk(data[key])


def holds_personal_text(ws: Workshop) -> bool:
    """Whether :func:`without_names` would change anything in ``ws``."""
    return bool(_personal_texts(ws, Finder.of(ws)))


def without_names(ws: Workshop, codes: Mapping[str, str]) -> Workshop:
    """``ws`` with participants' names and phone numbers in free text replaced by their codes
    (and the names of lenders that may be persons by :data:`LENDER_MARK`).

    The register itself is left alone (the writer leaves names out of the
    tables and the copy). Returns ``ws`` itself when no name appears anywhere.
    A text the codes would make longer than its limit gets short codes
    (:func:`short_code`), then is cut; raises ``pydantic.ValidationError`` only
    if the result is invalid for another reason.
    """
    found = _personal_texts(ws, Finder.of(ws))
    if not found:
        return ws
    lenders = [LENDER_MARK] * len(person_lenders(ws))
    full = [codes[p.id] for p in ws.participants] + lenders
    data = ws.model_dump(mode="json")
    for path, (original, spans) in found.items():
        _set(data, path, _replace(original, spans, full))
    try:
        return Workshop.model_validate(data)
    except ValidationError as error:
        too_long = _too_long(error, found)
        if not too_long:
            raise
    short = [short_code(codes[p.id]) for p in ws.participants] + lenders
    for path, limit in too_long.items():
        original, spans = found[path]
        value = _replace(original, spans, short)
        _set(data, path, value if len(value) <= limit else value[: limit - 1] + "…")
    return Workshop.model_validate(data)


def _too_long(error: ValidationError, found: Mapping[Path, object]) -> dict[Path, int]:
    """The replaced texts the error finds too long → their limit."""
    limits: dict[Path, int] = {}
    for entry in error.errors(include_url=False):
        if entry.get("type") != "string_too_long":
            continue
        path = tuple(entry.get("loc", ()))
        limit = (entry.get("ctx") or {}).get("max_length")
        if path in found and isinstance(limit, int):
            limits[path] = limit
    return limits


def _set(data: Any, path: Path, value: str) -> None:
    node = data
    for segment in path[:-1]:
        node = node[segment]
    node[path[-1]] = value

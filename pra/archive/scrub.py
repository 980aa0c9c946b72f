"""Participants' names and phone numbers typed into free text, replaced by their codes.

Facilitators are asked to write roles, not names, in problems, reasons, notes
and rules, but a name can slip in ("usul Bu Rohani"). Before a workshop goes
into a pseudonymised archive, every text of the file except the participant
register is searched, and each participant's name or phone number found is
replaced by that participant's code. What is caught:

* **a name as registered**, whatever its case, its Unicode form (a name typed
  with decomposed accents, ``ß`` or ``İ`` is found: texts and names are
  compared in NFC, case-insensitively character by character, on a copy, and
  the replacement is made in the original text), and with any run of white
  space (a double space, a line break) between its words;
* **a one-word name** (``Untung``, ``Jaya``) only where it is written as a
  name: starting with a capital letter, and not inside the name of a group,
  an idea, an institution or resource, the workshop's place, venue, partner or
  title — so "tidak tahu untung atau rugi" and "Kelompok Jaya Bersama" stay;
* **a phone number** by its digits, in any common Indonesian writing:
  ``0812…``, ``62812…``, ``+62 812…``, ``(+62) 812…``, ``(0812) …``, with
  spaces, dashes, dots or parentheses between the digits, and glued to a
  label (``Telp0812-…``).

Not caught: nicknames, first names alone of a two-word name, misspellings,
numbers written in words or without their 0/62 prefix. A code that would make
a text longer than the model allows shortens that text (ending in "…")
instead of dropping the file.

The usual case costs one look at the workshop's JSON text: only a workshop in
which a name or number may appear is rewritten and validated again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from pydantic import ValidationError

from pra.model import Workshop

_ID_SUFFIXES = ("id", "_id", "_ids")
_ID_KEYS = frozenset({"a", "b", "winner", "depends_on"})
"""Keys whose values are ids or lists of ids, never free text."""
_SEPARATORS: Final = r"[\s.\-()/]*"
"""What may stand between the digits of a phone number."""
_PREFIX: Final = (
    r"(?:(?:\(\s*)?(?:\+\s*)?62(?:\s*\))?" + _SEPARATORS + r"(?:\(0\)" + _SEPARATORS + r")?|\(?0)"
)
"""Before the national number: 0, 62 or +62 (also ``(0…``, ``(+62)``, ``+62 (0)``)."""
_ELLIPSIS: Final = "…"
_SHORTEST_NUMBER: Final = 6
"""Digits a registered number needs (after its prefix) to be looked for at all."""


def _is_id_key(key: str) -> bool:
    return key in _ID_KEYS or key.endswith(_ID_SUFFIXES)


def _key(text: str) -> str:
    """How names are compared: NFC, case-folded, white space runs as one space."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def national_number(phone: str) -> str:
    """The digits of an Indonesian number after its 0, 62 or +62 (``'81234567890'``)."""
    digits = "".join(c for c in phone if c.isdigit())
    for prefix in ("62", "0"):
        if digits.startswith(prefix):
            return digits[len(prefix) :].lstrip("0")
    return digits


@dataclass(frozen=True, slots=True)
class _Person:
    words: tuple[str, ...]
    """The name's words in NFC, as registered (matched case-insensitively, character by character)."""
    code: str

    @property
    def one_word(self) -> bool:
        return len(self.words) == 1


def _words_pattern(names: Iterable[tuple[str, ...]]) -> str:
    """Alternatives for names given by their words, longest first, any white space between words."""
    ordered = sorted(names, key=lambda words: len(" ".join(words)), reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in words) for words in ordered)


def _protected(ws: Workshop) -> list[str]:
    """Proper names a one-word participant name may be part of without being that person."""
    info = ws.info
    names = [info.title, info.venue, info.partner, *info.place.model_dump().values()]
    names += [g.name for g in ws.groups] + [g.business for g in ws.groups]
    names += [i.name for i in ws.ideas] + [i.name for i in ws.institutions]
    names += [r.name for r in ws.resources]
    return [n for n in names if isinstance(n, str) and n.strip()]


def _nfc_with_map(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` in NFC, with each NFC character's original start and end; ``None`` if already NFC.

    Normalised one base character with its marks at a time, so every match on
    the copy maps back to whole characters of the original.
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    begin = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = unicodedata.normalize("NFC", text[begin:i])
        out.append(piece)
        starts.extend([begin] * len(piece))
        ends.extend([i] * len(piece))
        begin = i
    copy = "".join(out)
    if copy != unicodedata.normalize("NFC", text):
        return None  # compositions across base characters (Hangul): match on the text as it is
    return copy, starts, ends


def _overlaps(spans: Iterable[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b, _ in spans)


class _Scrubber:
    """The participants of one workshop, and how to find them in its texts."""

    def __init__(self, ws: Workshop, codes: Mapping[str, str]) -> None:
        people: dict[str, _Person] = {}
        phones: dict[str, str] = {}
        for p in ws.participants:
            key = _key(p.name)
            if key and key not in people:
                people[key] = _Person(
                    tuple(unicodedata.normalize("NFC", p.name).split()), codes[p.id]
                )
            number = national_number(p.phone) if p.phone else ""
            if len(number) >= _SHORTEST_NUMBER:
                phones.setdefault(number, codes[p.id])
        self.people = people
        self.phones = phones
        self.first_words = {_key(p.words[0]) for p in people.values()}
        self.names = (
            re.compile(
                r"(?<!\w)(?:" + _words_pattern(p.words for p in people.values()) + r")(?!\w)",
                re.IGNORECASE,
            )
            if people
            else None
        )
        self.numbers = (
            re.compile(
                r"(?<!\d)"
                + _PREFIX
                + "(?:"
                + "|".join(
                    _SEPARATORS.join(re.escape(d) for d in number)
                    for number in sorted(phones, key=len, reverse=True)
                )
                + r")(?!\d)"
            )
            if phones
            else None
        )
        protected = {tuple(unicodedata.normalize("NFC", n).split()) for n in _protected(ws)}
        self.protected = re.compile(_words_pattern(protected), re.IGNORECASE) if protected else None

    def may_hold(self, text: str) -> bool:
        """Whether ``text`` (a whole document) may hold a name or number: a cheap first look."""
        folded = _key(text)
        return any(word in folded for word in self.first_words) or (
            self.numbers is not None and self.numbers.search(text) is not None
        )

    def text(self, original: str) -> str:
        """``original`` with every name and number found replaced by its code."""
        mapped = _nfc_with_map(original)
        copy = mapped[0] if mapped else original
        spans: list[tuple[int, int, str]] = []
        if self.names is not None:
            guarded = [m.span() for m in self.protected.finditer(copy)] if self.protected else []
            for match in self.names.finditer(copy):
                person = self.people.get(_key(match.group(0)))
                if person is None:
                    continue
                if person.one_word and (
                    not match.group(0)[:1].isupper()
                    or any(a <= match.start() and match.end() <= b for a, b in guarded)
                ):
                    continue
                spans.append((match.start(), match.end(), person.code))
        if self.numbers is not None:
            for match in self.numbers.finditer(copy):
                code = self.phones.get(national_number(match.group(0)))
                if code is not None and not _overlaps(spans, match.start(), match.end()):
                    spans.append((match.start(), match.end(), code))
        if not spans:
            return original
        if mapped:
            _, starts, ends = mapped
            spans = [(starts[a], ends[b - 1], code) for a, b, code in spans]
        out: list[str] = []
        at = 0
        for a, b, code in sorted(spans):
            out += [original[at:a], code]
            at = b
        out.append(original[at:])
        return "".join(out)


def without_names(ws: Workshop, codes: Mapping[str, str]) -> Workshop:
    """``ws`` with participants' names and phone numbers in free text replaced by their codes.

    The register itself is left alone (the writer leaves names out of the
    tables and the copy). Returns ``ws`` itself when no name appears anywhere.
    A text a code would make too long is shortened to its limit (ending in
    "…"); raises ``pydantic.ValidationError`` only if the result is still invalid.
    """
    scrubber = _Scrubber(ws, codes)
    if scrubber.names is None and scrubber.numbers is None:
        return ws
    if not scrubber.may_hold(ws.model_dump_json(exclude={"participants"})):
        return ws

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return scrubber.text(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: v if _is_id_key(k) else walk(v) for k, v in value.items()}
        return value

    data = ws.model_dump(mode="json")
    cleaned = {k: v if k == "participants" else walk(v) for k, v in data.items()}
    if cleaned == data:
        return ws
    try:
        return Workshop.model_validate(cleaned)
    except ValidationError as error:
        if not _shorten(cleaned, error):
            raise
    return Workshop.model_validate(cleaned)


def _shorten(data: dict[str, Any], error: ValidationError) -> bool:
    """Cut every text the error says is too long to its limit; whether that was all that was wrong."""
    entries = error.errors()
    if any(e["type"] != "string_too_long" for e in entries):
        return False
    for entry in entries:
        *path, last = entry["loc"]
        node: Any = data
        for part in path:
            node = node[part]
        limit = int(entry["ctx"]["max_length"])
        node[last] = node[last][: limit - 1].rstrip() + _ELLIPSIS
    return True

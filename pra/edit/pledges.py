"""Edits of a group's pledges (janji hati): each member's own contribution (swadaya)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from pra.edit.amounts import DASH_ENDING
from pra.edit.base import build, find, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.capital import parse_rupiah
from pra.errors import PraError
from pra.i18n import LANGUAGES, t
from pra.model import Participant, Pledge, Workshop
from pra.model.groups import PledgeKind
from pra.model.titles import INITIAL_TITLES, TITLES, without_titles

KINDS: Final[tuple[PledgeKind, ...]] = ("money", "tool", "materials", "labour", "other")


def _member(ws: Workshop, group_id: str, participant_id: str) -> None:
    if participant_id not in group_of(ws, group_id).member_ids:
        raise PraError("edit.group.not_member")


def add_pledge(
    ws: Workshop,
    group_id: str,
    participant_id: str,
    *,
    kind: PledgeKind = "money",
    description: str = "",
    value: str = "",
) -> Workshop:
    """A member's pledge; ``value`` as typed (``"Rp 200.000"``; empty when it has none).

    A pledge that says neither what is given nor its value is refused.
    """
    _member(ws, group_id, participant_id)
    if not description.strip() and parse_rupiah(value) is None:
        raise _empty(ws, group_id, participant_id, first_name(ws, participant_id))
    pledge = build(
        Pledge,
        id=new_id_for(ws, "pl"),
        participant_id=participant_id,
        kind=kind,
        description=description,
        value=parse_rupiah(value),
    )
    return replace_group(ws, group_id, pledges=(*group_of(ws, group_id).pledges, pledge))


def update_pledge(ws: Workshop, group_id: str, pledge_id: str, **changes: Any) -> Workshop:
    """Change fields of a pledge; ``value`` may be given as typed text."""
    if isinstance(changes.get("value"), str):
        changes["value"] = parse_rupiah(changes["value"])
    if "participant_id" in changes:
        _member(ws, group_id, changes["participant_id"])
    pledges = _replace(group_of(ws, group_id).pledges, pledge_id, **changes)
    return replace_group(ws, group_id, pledges=pledges)


def toggle_kept(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    pledge = find(group_of(ws, group_id).pledges, pledge_id)
    return update_pledge(ws, group_id, pledge_id, kept=not pledge.kept)


def cycle_kind(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    """Money → tool → materials → labour → other → money."""
    pledge = find(group_of(ws, group_id).pledges, pledge_id)
    following = KINDS[(KINDS.index(pledge.kind) + 1) % len(KINDS)]
    return update_pledge(ws, group_id, pledge_id, kind=following)


def remove_pledge(ws: Workshop, group_id: str, pledge_id: str) -> Workshop:
    return replace_group(
        ws, group_id, pledges=remove_item(group_of(ws, group_id).pledges, pledge_id)
    )


def move_pledge(ws: Workshop, group_id: str, pledge_id: str, delta: int) -> Workshop:
    pledges = move_item(group_of(ws, group_id).pledges, pledge_id, delta)
    return replace_group(ws, group_id, pledges=pledges)


# Words that name a kind at the start of a pledge line, besides the kinds' own names
# in both catalogues (Uang, Alat, … / Money, Tool, …).
KIND_WORDS: Final[dict[str, PledgeKind]] = {
    "lain": "other",
    "barang": "tool",
    "tools": "tool",
    "labor": "labour",
    "material": "materials",
}
_VALUE = re.compile(
    r"(?:^|\s)((?:rp\.?\s*)?\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta))?)$", re.IGNORECASE
)
"""The value at the end of a pledge: ``200.000``, ``Rp 50.000``, ``50rb``, ``1,5jt``."""
_MONEY_WORD = r"\(?(?:rupiah|tunai|kontan|cash|idr)\)?[.,;]?"
_MONEY_AFTER = re.compile(rf"(?:\s+{_MONEY_WORD})+$", re.IGNORECASE)
"""Words that say an amount is money, after it: ``100.000 rupiah``, ``50rb (tunai)``."""
_MONEY_FIRST = re.compile(
    r"(?:rp\.?\s*\d[\d.,]*|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b"
    rf"|\d[\d.,]*(?=\s+{_MONEY_WORD}(?:\s|$)))",
    re.IGNORECASE,
)
"""An amount of money first in the pledge (``Rp 100.000``, ``100rb``, ``100 ribu``,
``50.000 rupiah``), not a quantity of a thing (``2 kg``)."""
_PERIOD = r"(?:hari|minggu|pekan|bulan|tahun|bln|mgg|thn|day|week|month|year)"
_EVERY = (
    rf"(?:(?:setiap|tiap|per|sekali|satu\s+kali)\s*(?:se)?{_PERIOD}|se{_PERIOD}|(?:every|each|an?|per)\s+{_PERIOD}"
    r"|once\s+a\s+\w+|(?:harian|mingguan|bulanan|tahunan|daily|weekly|monthly|yearly))"
)
_EVERY_AFTER = re.compile(
    r"(?:^|\s)(?P<amount>(?:rp\.?\s*)?\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta))?)"
    rf"(?:\s+{_MONEY_WORD})?[,;]?\s+(?P<every>{_EVERY}\b.*)$",
    re.IGNORECASE,
)
"""An amount paid again and again, as it is said: ``10.000 setiap bulan``, ``Rp 5.000 per
minggu``, ``10 ribu sebulan sekali``, ``20rb/bulan``: the amount is the value of one payment,
what follows it stays as what is given."""
_SLASH_PERIOD = re.compile(rf"(?<=[\d\w])\s*/\s*(?={_PERIOD}\b)", re.IGNORECASE)
"""``20rb/bulan``: read as ``20rb per bulan``."""
_SEPARATOR_LAST = ",;:-–—"
"""Separators typed before the value (``kompor gas 2 tungku, 300.000``): not part of what."""
_VALUE_WORD_LAST = re.compile(
    r"(?:^|\s)(?:senilai|seharga|sebesar|bernilai|nilai(?:nya)?|harga(?:nya)?|worth)\s*[=:]?$",
    re.IGNORECASE,
)
"""A word that only says a value follows (``beras 10 kg senilai 120.000``): not part of what."""


def _before_value(text: str) -> str:
    """What is given, typed before its value: without the separators and the word that only
    announce the value (``kompor gas 2 tungku, 300.000``, ``beras 10 kg senilai 120.000``)."""
    text = text.strip().rstrip(_SEPARATOR_LAST).strip()
    return _VALUE_WORD_LAST.sub("", text).strip().rstrip(_SEPARATOR_LAST).strip()


GOODS_UNITS: Final = frozenset(
    {
        # weight and volume
        "kg",
        "kilo",
        "kilogram",
        "gram",
        "gr",
        "g",
        "ons",
        "ton",
        "liter",
        "litre",
        "ltr",
        "l",
        "ml",
        "cc",
        # counted goods, as sold at a market or a shop
        "buah",
        "biji",
        "butir",
        "ekor",
        "bungkus",
        "karung",
        "sak",
        "kantong",
        "plastik",
        "ikat",
        "pak",
        "pack",
        "paket",
        "kotak",
        "dus",
        "kardus",
        "karton",
        "krat",
        "botol",
        "kaleng",
        "toples",
        "ember",
        "tabung",
        "galon",
        "jeriken",
        "lusin",
        "kodi",
        "rim",
        "lembar",
        "potong",
        "batang",
        "sisir",
        "tandan",
        "papan",
        "gulung",
        "roll",
        "bal",
        "set",
        "pasang",
        "unit",
        "piring",
        "gelas",
        "meter",
        "m",
        # English
        "piece",
        "pieces",
        "pcs",
        "bag",
        "bags",
        "sack",
        "sacks",
        "bottle",
        "bottles",
        "box",
        "boxes",
        "can",
        "cans",
        "dozen",
        "bunch",
        "bunches",
        "pair",
        "pairs",
        "sheet",
        "sheets",
    }
)
"""Unit words of goods. Only a quantity in one of them after what is given makes a pledge
materials without a kind word: ``menjaga warung 3 hari`` or ``iuran 2 bulan`` is labour or
money counted in days or months, not goods, and is asked for its kind."""
_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{3,}")
"""A number that reads as an amount of rupiah (``10.000``, ``5000``), not a count (``2``)."""
_QUANTITY_LAST = re.compile(r"\s\d[\d.,]*\s*([^\W\d_]+)\.?$")
"""A quantity after what is given, as it is said: ``minyak goreng 2 liter``, ``telur 1kg``
(a value in rupiah at the very end was taken off before)."""


def _goods_quantity_last(text: str) -> bool:
    """Whether ``text`` ends in a quantity of goods (``2 liter``, ``1kg``), not ``3 hari``."""
    match = _QUANTITY_LAST.search(text)
    return match is not None and match.group(1).casefold() in GOODS_UNITS


@dataclass(frozen=True, slots=True)
class PledgeLine:
    """One typed pledge, read: who, what kind, what, and its value as typed."""

    participant_id: str
    kind: PledgeKind
    description: str
    value: str
    every: str = ""
    """How often it is paid (``setiap bulan``) when said; ``value`` is then one payment's."""


def kind_of(word: str) -> PledgeKind | None:
    """The kind a word names (``"uang"``, ``"Tenaga"``, ``"tool"``), or ``None``."""
    word = word.casefold()
    for kind in KINDS:
        if any(word == t(f"pledge_kind.{kind}", lang=lang).casefold() for lang in LANGUAGES):
            return kind
    return KIND_WORDS.get(word)


def first_name(ws: Workshop, participant_id: str) -> str:
    person = ws.participant(participant_id)
    words = person.name.split() if person is not None else []
    return words[0] if words else t("tui.pledges.example_name")


def example_name(ws: Workshop, group_id: str) -> str:
    """The name a pledge's example sentence uses: the group's first member's first name
    (Palembang's "Rohani" was named in every workshop), or the catalogue's when it has none."""
    group = ws.group(group_id)
    members = group.member_ids if group is not None else ()
    return first_name(ws, members[0]) if members else t("tui.pledges.example_name")


def _named(people: list[Participant], wanted: str) -> list[Participant]:
    """Who ``wanted`` (folded) names: the one whose whole name it is, or else everyone whose
    name or a word of it starts with it."""
    exact = [p for p in people if p.name.casefold() == wanted]
    return exact or [
        p
        for p in people
        if p.name.casefold().startswith(wanted)
        or any(word.startswith(wanted) for word in p.name.casefold().split())
    ]


def labour_example(ws: Workshop, group_id: str, participant_id: str | None) -> str:
    """A labour pledge's words for this member of this group: ``tenaga`` and a skill the member
    has, one the group's business idea needs first ("tenaga menjahit" was the example in every
    group, a food group too), or neutral words when the member has no skill on record."""
    group = ws.group(group_id)
    idea = next((i for i in ws.ideas if group is not None and i.id == group.idea_id), None)
    needed = list(idea.skill_ids) if idea is not None else []
    held = [s for s in ws.skills if participant_id is not None and participant_id in s.holder_ids]
    held.sort(key=lambda s: needed.index(s.id) if s.id in needed else len(needed))
    if held:
        return t("edit.pledges.labour_skill", skill=held[0].name.casefold())
    return t("edit.pledges.labour_any")


def _empty(ws: Workshop, group_id: str, participant_id: str, who: str) -> PraError:
    """The refusal of an empty pledge, its example in this member's words."""
    return PraError(
        "edit.pledges.empty", who=who, labour=labour_example(ws, group_id, participant_id)
    )


def example_labour(ws: Workshop, group_id: str) -> str:
    """:func:`labour_example` for the member :func:`example_name` names."""
    group = ws.group(group_id)
    members = group.member_ids if group is not None else ()
    return labour_example(ws, group_id, members[0] if members else None)


def member_by_prefix(ws: Workshop, group_id: str, typed: str) -> str:
    """The member whose name (or a word of it) starts with ``typed``; refused when none or many.
    A name said with a title (``Bu Euis``, ``Pak Ujang``, ``Teh Neng``) that no member's name
    starts with is read without it (:mod:`pra.model.titles`; Sundanese ``Aa Dede`` and
    ``A Dede`` too, "A" only here: before a member's name, where it is no initial)."""
    group = group_of(ws, group_id)
    people = [p for m in group.member_ids if (p := ws.participant(m)) is not None]
    wanted = " ".join(typed.casefold().split())
    found = _named(people, wanted)
    bare = without_titles(wanted, TITLES | INITIAL_TITLES)
    if not found and bare and bare != wanted:
        found = _named(people, bare)
    if not found:
        members = ", ".join(p.name for p in people) or "–"
        raise PraError("edit.pledges.no_member", name=typed, group=group.name, members=members)
    if len(found) > 1:
        raise PraError("edit.pledges.many", name=typed, names=", ".join(p.name for p in found))
    return found[0].id


def parse_pledge(ws: Workshop, group_id: str, text: str) -> PledgeLine:
    """``"Rohani: uang 50.000"``, ``"Yusnaini: tenaga membuat kue"``,
    ``"Ros: alat Oven dan cetakan 200.000"``: a member (name or its start), a colon,
    the kind, what is given and, last, its value in rupiah (may be left out). Only a
    value (``"Masitoh: 100.000"``, ``"Ani: 100 ribu rupiah"``, ``"Ani: 50.000 (tunai)"``:
    words that say it is money may follow it) is money; a quantity without a kind word
    (``"Rohani: 2 kg tepung terigu"``) is materials, the quantity part of what. An amount
    of money first with other words after it (``"Ani: 100rb untuk modal"``) is refused,
    never read as a quantity. A quantity in a unit of goods after what (``"Rohani: minyak
    goreng 2 liter"``) is materials too; a count of anything else (``"Ani: menjaga warung
    3 hari"``) is asked for its kind. Anything it cannot read is refused with a sentence; a
    pledge with neither what nor value is refused as empty."""
    who, colon, rest = text.partition(":")
    if not colon or not who.strip():
        raise PraError("edit.pledges.no_colon", who=example_name(ws, group_id))
    participant_id = member_by_prefix(ws, group_id, who)
    rest = _SLASH_PERIOD.sub(" per ", DASH_ENDING.sub("", " ".join(rest.split())))
    value = every = ""
    recurring = _EVERY_AFTER.search(rest)
    if recurring:
        # "uang 10.000 setiap bulan": one payment's value, how often kept as what is given
        value, every = recurring.group("amount"), recurring.group("every").strip()
        parse_rupiah(value)
        rest = _before_value(rest[: recurring.start()])
    money_words = _MONEY_AFTER.search(rest)
    if not recurring and money_words and _VALUE.search(rest[: money_words.start()]):
        # "100.000 rupiah", "100rb tunai", "50.000 (tunai)": the amount is the value
        rest = rest[: money_words.start()]
    match = None if recurring else _VALUE.search(rest)
    if match:
        value = match.group(1)
        parse_rupiah(value)  # a number that is no amount is said now
        # "kompor gas 2 tungku, 300.000": the comma before the value is no part of what
        rest = _before_value(rest[: match.start()])
    first, _, what = rest.partition(" ")
    kind = kind_of(first) if first else None
    money_first = _MONEY_FIRST.match(rest) if kind is None else None
    if money_first:
        # money first and more words after it ("100rb untuk modal"): never a quantity of
        # materials worth nothing; the value goes last, after the kind and what
        raise PraError(
            "edit.pledges.money_first", amount=money_first.group(0).strip(), who=who.strip()
        )
    if kind is None and (first[:1].isdigit() or _goods_quantity_last(rest)):
        # a quantity of something ("2 kg tepung terigu", "minyak goreng 2 liter"): goods in
        # kind, the quantity kept
        kind, what = "materials", rest
    if kind is None:
        if first:
            raise PraError("edit.pledges.no_kind", word=first, who=who.strip())
        if not value:
            raise _empty(ws, group_id, participant_id, who.strip())
        kind = "money"
    if (
        kind == "money"
        and not value
        and (amount := _MONEY_FIRST.search(what) or _DIGITS.search(what))
    ):
        # "uang 10.000 untuk modal": never money without a value, left out of the total unsaid
        raise PraError(
            "edit.pledges.money_value_last", amount=amount.group(0).strip(), who=who.strip()
        )
    if not what.strip() and not value:
        raise _empty(ws, group_id, participant_id, who.strip())
    what = " ".join(part for part in (what.strip(), every) if part)
    return PledgeLine(participant_id, kind, what, value, every)


def add_pledge_line(ws: Workshop, group_id: str, text: str) -> Workshop:
    """Add the pledge one typed line describes (see :func:`parse_pledge`)."""
    line = parse_pledge(ws, group_id, text)
    return add_pledge(
        ws,
        group_id,
        line.participant_id,
        kind=line.kind,
        description=line.description,
        value=line.value,
    )

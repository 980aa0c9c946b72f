"""Edits of the participant register (peserta): fast entry, attendance, order.

Removing a person also removes every reference to them (ballots, skills,
memberships, pledges, responsibilities), so the document stays whole; undo
brings all of it back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from pra.edit.base import build, find, move_item, new_id_for, remove_item, replace_item, update
from pra.edit.followup_refs import without_person
from pra.errors import PraError
from pra.model import Participant, Workshop
from pra.model.people import NIK_DIGITS, Sex, name_key

# The words fast entry reads after a name (compared case-folded), in both languages:
# Indonesian P/L (perempuan/laki-laki), English F/M (female/male).
SEX_WORDS: Final[Mapping[str, Sex]] = {
    "p": "F",
    "perempuan": "F",
    "wanita": "F",
    "f": "F",
    "female": "F",
    "l": "M",
    "laki-laki": "M",
    "laki laki": "M",
    "pria": "M",
    "m": "M",
    "male": "M",
}
HEAD_WORDS: Final[frozenset[str]] = frozenset({"kk", "kepala keluarga", "head of household"})
_RT = re.compile(r"(?:rt\.?\s*)?(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One line of fast entry, read: the name and what was said about the person."""

    name: str
    sex: Sex | None = None
    rt: str = ""
    household_head: bool = False
    nik: str | None = None

    def fields(self) -> dict[str, Any]:
        """The participant's fields besides the name, for :func:`add_participant`."""
        fields: dict[str, Any] = {
            "sex": self.sex,
            "rt": self.rt,
            "household_head": self.household_head,
        }
        if self.nik is not None:
            fields["nik"] = self.nik
        return fields


_NIK_TOKEN = re.compile(r"(?:nik\s*:?\s*)?([0-9][0-9 .]{6,}[0-9])", re.IGNORECASE)
"""A number of 8 or more characters (digits, spaces and dots between them), ``NIK`` before it or not."""


def nik_of(token: str) -> str | None:
    """The NIK a token of fast entry gives (``1671 0452 0375 0001``), ``None`` if it is no NIK.

    A number too long to be an RT but not 16 digits is refused with a sentence:
    a NIK with a digit missing must not be printed on a plan.
    """
    found = _NIK_TOKEN.fullmatch(token.strip())
    if found is None:
        return None
    digits = "".join(c for c in found.group(1) if c.isdigit())
    if len(digits) != NIK_DIGITS:
        raise PraError("edit.people.bad_nik", token=token.strip(), count=len(digits))
    return digits


def split_nik(text: str) -> tuple[str, str | None]:
    """``"Rohani, 1671045203750001"`` → ``("Rohani", "1671045203750001")``: a NIK said last."""
    head, comma, last = text.rpartition(",")
    if not comma:
        return text, None
    nik = nik_of(last)
    return (head.strip(), nik) if nik is not None else (text, None)


def parse_person(text: str) -> PersonEntry:
    """``"Siti Aminah, P, 03, KK"`` → the name, sex, RT and head of household.

    After the name come, separated by commas and in any order: the sex (P/L,
    Perempuan/Laki-laki, or F/M), an RT number (``03``, ``RT 3``), ``KK``
    (head of household) and a NIK (16 digits, for the printed plan only). An academic title right after the name stays part of
    it (``"Ahmad, S.Pd."``: it holds a dot). Anything else is refused with a
    sentence naming it, never dropped or folded into the name.
    """
    head, *rest = [part.strip() for part in text.split(",")]
    name = [head]
    while rest and "." in rest[0] and _RT.fullmatch(rest[0]) is None:
        name.append(rest.pop(0))
    if not head:
        raise PraError("edit.people.no_name")
    sex: Sex | None = None
    rt = ""
    household = False
    nik: str | None = None
    for token in rest:
        word = " ".join(token.casefold().split())
        if not word:
            continue  # "Rohani, 05," or two commas: nothing was said
        number = _RT.fullmatch(word)
        said_nik = nik_of(token) if number is None else None
        if said_nik is not None:
            if nik is not None:
                raise PraError("edit.people.twice", token=token)
            nik = said_nik
        elif word in SEX_WORDS:
            if sex is not None:
                raise PraError("edit.people.twice", token=token)
            sex = SEX_WORDS[word]
        elif word in HEAD_WORDS:
            household = True
        elif number is not None:
            if rt:
                raise PraError("edit.people.twice", token=token)
            rt = number.group(1)
        else:
            raise PraError("edit.people.unknown", token=token)
    return PersonEntry(", ".join(name), sex, rt, household, nik)


def add_person(ws: Workshop, entry: PersonEntry) -> Workshop:
    """Add the person a line of fast entry describes."""
    return add_participant(ws, entry.name, **entry.fields())


def _refuse_same_name(ws: Workshop, name: str, participant_id: str | None = None) -> None:
    """Two people of one name cannot be told apart in votes, groups and pledges: refuse."""
    key = name_key(name)
    for person in ws.participants:
        if person.id != participant_id and name_key(person.name) == key:
            raise PraError("edit.people.same_name", name=person.name)


def add_participant(ws: Workshop, name: str, **fields: Any) -> Workshop:
    """Add a person; refused when someone of the same name is already registered."""
    _refuse_same_name(ws, name)
    person = build(Participant, id=new_id_for(ws, "p"), name=name, **fields)
    return update(ws, participants=(*ws.participants, person))


def update_participant(ws: Workshop, participant_id: str, **changes: Any) -> Workshop:
    if "name" in changes:
        _refuse_same_name(ws, changes["name"], participant_id)
    return update(ws, participants=replace_item(ws.participants, participant_id, **changes))


def toggle_present(ws: Workshop, participant_id: str) -> Workshop:
    person = find(ws.participants, participant_id)
    return update_participant(ws, participant_id, present=not person.present)


def toggle_household_head(ws: Workshop, participant_id: str) -> Workshop:
    person = find(ws.participants, participant_id)
    return update_participant(ws, participant_id, household_head=not person.household_head)


def cycle_sex(ws: Workshop, participant_id: str) -> Workshop:
    """Unknown → F → M → unknown: one key for a field most people answer at once."""
    person = find(ws.participants, participant_id)
    following = {None: "F", "F": "M", "M": None}[person.sex]
    return update_participant(ws, participant_id, sex=following)


def move_participant(ws: Workshop, participant_id: str, delta: int) -> Workshop:
    return update(ws, participants=move_item(ws.participants, participant_id, delta))


def remove_participant(ws: Workshop, participant_id: str) -> Workshop:
    pid = participant_id
    people = remove_item(ws.participants, pid)
    voting = ws.voting
    ballots = tuple(b for b in voting.dots.ballots if b.participant_id != pid)
    voting = voting.model_copy(update={"dots": voting.dots.model_copy(update={"ballots": ballots})})
    skills = tuple(
        s.model_copy(update={"holder_ids": tuple(h for h in s.holder_ids if h != pid)})
        for s in ws.skills
    )
    groups = []
    for g in ws.groups:
        changes: dict[str, Any] = {
            "member_ids": tuple(m for m in g.member_ids if m != pid),
            "pledges": tuple(p for p in g.pledges if p.participant_id != pid),
            "steps": tuple(
                s.model_copy(
                    update={"responsible_ids": tuple(r for r in s.responsible_ids if r != pid)}
                )
                for s in g.steps
            ),
            "capital": g.capital.model_copy(
                update={"first_round_ids": tuple(r for r in g.capital.first_round_ids if r != pid)}
            ),
            "followup": without_person(g.followup, pid),
            "analysis": g.analysis.without_member(pid),
        }
        for role, officer in g.officer_ids().items():
            if officer == pid:
                changes[f"{role}_id"] = None
        groups.append(g.model_copy(update=changes))
    return update(ws, participants=people, voting=voting, skills=skills, groups=tuple(groups))

"""The participant register (peserta): who is in the room.

Personal data is kept minimal on purpose: a name, sex, whether the person heads a
household (kepala keluarga, KK), the neighbourhood unit (RT) they live in, and an
optional phone number, and an optional NIK (identity number) that only the
printed plan shows. Researchers get pseudonymised exports; see ``pra archive``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from pra.model.base import Entity
from pra.model.strict import Flag
from pra.model.text import Name, RequiredName

Sex = Literal["F", "M"]

NIK_DIGITS: Final = 16


def _nik(value: str) -> str:
    if len(value) != NIK_DIGITS or not (value.isascii() and value.isdigit()):
        raise PydanticCustomError("nik", "a NIK is 16 digits")
    return value


Nik = Annotated[str, AfterValidator(_nik), Field(json_schema_extra={"pattern": "^[0-9]{16}$"})]
"""Nomor Induk Kependudukan: the 16 digits of an Indonesian identity card (KTP)."""


def name_key(name: str) -> str:
    """A name as two people typing it are the same person: NFC, one space, case folded.

    ``"Siti  Aminah"``, ``"siti aminah"`` and ``"SITI AMINAH"`` have one key.
    """
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def same_names(people: Iterable[Participant]) -> list[list[Participant]]:
    """The people who share a name (:func:`name_key`), two or more each, in register order.

    New entries with a name already registered are refused; an older file may hold
    them, and ``pra check`` warns about them.
    """
    by_key: dict[str, list[Participant]] = {}
    for person in people:
        by_key.setdefault(name_key(person.name), []).append(person)
    return [group for group in by_key.values() if len(group) > 1]


class Participant(Entity):
    """A person taking part in the workshop (peserta, anggota)."""

    name: RequiredName
    sex: Sex | None = None
    household_head: Flag = False
    """Kepala keluarga (KK): KUBE groups count households, not people."""
    rt: Name = ""
    """Rukun tetangga, the neighbourhood unit: groups form from people who live close."""
    phone: Name | None = None
    nik: Nik | None = None
    """Optional; printed on the group's plan only (a lender asks for it), never archived,
    counted or shown on the room's screen."""
    present: Flag = True
    """Attendance: the workshop record (berita acara) lists who attended."""

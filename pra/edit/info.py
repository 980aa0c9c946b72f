"""Edits of the preparation step (persiapan): place, date, the people running it."""

from __future__ import annotations

import datetime as dt
import re

from pra.edit.base import update
from pra.errors import PraError
from pra.model import Workshop

INFO_FIELDS = frozenset({"title", "venue", "mentor", "partner", "lurah"})
PLACE_FIELDS = frozenset({"province", "city", "district", "village", "rt", "rw"})


YEAR_MIN = 1900
"""Earlier years are refused: they are a year typed short (``25`` is not 2025)."""


def parse_date(text: str) -> dt.date | None:
    """A date typed the Indonesian way (``17-08-2025``, ``17/8/2025``) or ISO (``2025-08-17``).

    Empty text clears the date. The year must be written with 4 digits: a short
    year (``17-08-25``) is refused rather than stored as the year 25 or guessed
    as 2025 (``98`` could mean 1998 or 2098), and so is any year before 1900.
    """
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    parts = (
        (iso.group(3), iso.group(2), iso.group(1))
        if iso
        else tuple(part.strip() for part in re.split(r"[-/.]", text))
    )
    if len(parts) != 3 or not all(part.isdigit() and part.isascii() for part in parts):
        raise PraError("edit.bad_date", text=text)
    day, month, year = parts
    if len(year) != 4 or int(year) < YEAR_MIN:
        raise PraError("edit.year_digits", text=text)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise PraError("edit.bad_date", text=text) from None


def set_field(ws: Workshop, name: str, value: str) -> Workshop:
    """One text field of the preparation step, by name (``village``, ``mentor`` …).

    ``date`` is parsed; ``facilitators`` is a comma-separated list of names.
    """
    info = ws.info
    if name == "date":
        info = info.model_copy(update={"date": parse_date(value)})
    elif name == "facilitators":
        names = tuple(part.strip() for part in value.split(",") if part.strip())
        info = info.model_copy(update={"facilitators": names})
    elif name in INFO_FIELDS:
        info = info.model_copy(update={name: value.strip()})
    elif name in PLACE_FIELDS:
        info = info.model_copy(
            update={"place": info.place.model_copy(update={name: value.strip()})}
        )
    else:
        raise PraError("edit.bad_value", field=name)
    return update(ws, info=info)


def field_text(ws: Workshop, name: str) -> str:
    """The current value of a field as the form shows it (inverse of :func:`set_field`)."""
    info = ws.info
    if name == "date":
        return info.date.strftime("%d-%m-%Y") if info.date else ""
    if name == "facilitators":
        return ", ".join(info.facilitators)
    if name in INFO_FIELDS:
        return str(getattr(info, name))
    return str(getattr(info.place, name))

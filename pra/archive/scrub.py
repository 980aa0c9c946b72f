"""Participants' names and phone numbers typed into free text, replaced by their codes.

Facilitators are asked to write roles, not names, in problems, reasons, notes
and rules, but a name can slip in ("usul Bu Rohani"). Before a workshop goes
into a pseudonymised archive, every text of the file except the participant
register is searched for each participant's name and phone number *as
registered* (whole words, ignoring case); each one found is replaced by that
participant's code. Other spellings, nicknames or first names alone are not
recognised; the README says so.

The usual case costs one look at the workshop's JSON text: only a workshop in
which a name or number appears is rewritten and validated again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pra.model import Workshop

_ID_SUFFIXES = ("id", "_id", "_ids")
_ID_KEYS = frozenset({"a", "b", "winner", "depends_on"})
"""Keys whose values are ids or lists of ids, never free text."""


def _is_id_key(key: str) -> bool:
    return key in _ID_KEYS or key.endswith(_ID_SUFFIXES)


def personal_values(ws: Workshop, codes: Mapping[str, str]) -> dict[str, str]:
    """Each participant's name and phone (casefolded) → their code; the first holder wins."""
    found: dict[str, str] = {}
    for p in ws.participants:
        for value in (p.name, p.phone):
            if value and value.strip():
                found.setdefault(value.casefold(), codes[p.id])
    return found


def without_names(ws: Workshop, codes: Mapping[str, str]) -> Workshop:
    """``ws`` with participants' names and phone numbers in free text replaced by their codes.

    The register itself is left alone (the writer leaves names out of the
    tables and the copy). Returns ``ws`` itself when no name appears anywhere.
    Raises ``pydantic.ValidationError`` if a replacement makes the file invalid
    (a code longer than the room left in a short text).
    """
    values = personal_values(ws, codes)
    if not values:
        return ws
    text = ws.model_dump_json(exclude={"participants"}).casefold()
    if not any(value in text for value in values):
        return ws
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )

    def replace(match: re.Match[str]) -> str:
        found = match.group(0).casefold()
        return values.get(found) or next(
            (code for value, code in values.items() if value.lower() == found.lower()), "P?"
        )

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(replace, value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: v if _is_id_key(k) else walk(v) for k, v in value.items()}
        return value

    data = ws.model_dump(mode="json")
    cleaned = {k: v if k == "participants" else walk(v) for k, v in data.items()}
    if cleaned == data:
        return ws
    return Workshop.model_validate(cleaned)

"""What every record of the workshop document shares: immutability, strictness, ids."""

from __future__ import annotations

import secrets
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
"""A stable identifier. Votes, memberships and dependencies refer to ids, never to
positions or names, so reordering or renaming never breaks a reference."""


def new_id(prefix: str) -> str:
    """A fresh short id such as ``pb-3fa2c1d0`` (32 random bits; the prefix names the kind)."""
    return f"{prefix}-{secrets.token_hex(4)}"


class Record(BaseModel):
    """Base of every record: frozen (edits make new values), unknown fields refused.

    Frozen values make undo a list of old workshops and let the TUI publish a new
    value instead of mutating one in place.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=False,
        ser_json_inf_nan="strings",
    )


class Entity(Record):
    """A record other records may point at."""

    id: Id

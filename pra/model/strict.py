"""Numbers, yes/no values and dates exactly as a workshop file writes them.

Pydantic's lax mode would let a hand-edited or damaged file pass with values a
researcher never meant: ``"yes"``, ``"on"`` or ``1`` for true, ``"3"`` or ``3.0``
for a count, ``"2026-03-01T00:00:00"`` or a Unix timestamp for a date. The
model takes what :func:`pra.store.dumps` writes and nothing looser:

* yes/no values are JSON ``true``/``false`` (:data:`Flag`);
* counts, scores and other whole numbers are JSON integers (:data:`Whole`);
  rupiah are too (``pra.model.money.Rupiah``);
* dates are text ``YYYY-MM-DD`` and nothing else, or ``datetime.date`` values
  from Python (:data:`Date`), in 1990–2100 (:mod:`pra.model.bounds`).

The rules are the same for JSON and for Python data (a ``json.loads``'d
document, ``model_dump()`` output), so every way a file is validated agrees.
Python callers pass real values: tuples or lists, ``date`` objects or ISO
text, ``Decimal`` or numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Final

from pydantic import AfterValidator, BeforeValidator, Field, Strict, StrictBool
from pydantic_core import PydanticCustomError

from pra.model.bounds import DATE_MAX, DATE_MIN

Flag = StrictBool
"""A yes/no value: JSON ``true`` or ``false`` only."""

Whole = Annotated[int, Strict()]
"""A whole number: a JSON integer only (not ``"3"``, ``3.0`` or ``true``)."""

PositiveWhole = Annotated[int, Strict(), Field(gt=0)]
"""A whole number above zero (``PositiveInt``, strictly)."""

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value  # pydantic's date parser checks the calendar (no 2026-02-30)
    raise PydanticCustomError("date_format", "a date is written YYYY-MM-DD and nothing else")


def _plausible(value: dt.date) -> dt.date:
    if not DATE_MIN <= value <= DATE_MAX:
        raise PydanticCustomError(
            "date_range",
            "a date lies in {first_year}-{last_year}",
            {"first_year": DATE_MIN.year, "last_year": DATE_MAX.year},
        )
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    AfterValidator(_plausible),
    Field(
        json_schema_extra={
            "formatMinimum": DATE_MIN.isoformat(),
            "formatMaximum": DATE_MAX.isoformat(),
        }
    ),
]
"""A calendar date: ``"2003-08-17"`` in a file (no time, no timestamp), in 1990–2100."""

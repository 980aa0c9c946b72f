"""Money and percentages, exact.

Rupiah are whole, non-negative integers (``Rupiah``): no floats anywhere near
money. Percentages (``Percent``) are decimals such as ``1.5``; they are written to
JSON as plain numbers so the file stays readable, and read back as exact decimals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Final

from pydantic import BeforeValidator, Field, PlainSerializer, Strict, WithJsonSchema
from pydantic_core import PydanticCustomError

RUPIAH_MAX: Final = 10**13  # ten trillion: far above any group's plan, far below float trouble

Rupiah = Annotated[int, Strict(), Field(ge=0, le=RUPIAH_MAX)]
"""A whole, non-negative number of rupiah."""


def _number(value: Any) -> Any:
    """A percent is a JSON number: not text such as ``"1.5"``, which pydantic would read."""
    if isinstance(value, str):
        raise PydanticCustomError("number_type", "a percent is a number, without quotes")
    return value


def _percent_to_json(value: Decimal) -> int | float:
    """The canonical JSON of a percent: ``1`` for a whole one, ``1.5`` for a fraction.

    ``1.0``, ``1.00`` or ``1`` in a file all read as one percent and are written back as ``1``.
    """
    return int(value) if value == value.to_integral_value() else float(value)


Percent = Annotated[
    Decimal,
    Field(ge=0, le=100, max_digits=6, decimal_places=3, allow_inf_nan=False),
    BeforeValidator(_number),
    # int | float: return_type=float would turn a whole 1 back into 1.0
    PlainSerializer(_percent_to_json, return_type=int | float, when_used="json"),
    # what a file may hold: a number (pydantic's default schema for decimals also allows text)
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100}, mode="validation"),
]
"""A percentage between 0 and 100 with at most three decimals (``1.5`` means 1.5 %)."""

"""Text as it comes in from a keyboard, a paste from Word or an old file, made safe.

C0 control characters other than tab and newline are removed (they make Word
files unreadable); Word's line break (vertical tab) and page break (form feed),
carriage returns and Unicode line/paragraph separators become newlines; lone
surrogates and the non-characters U+FFFE/U+FFFF are removed (they cannot be
written as UTF-8 or XML).

Validation normally cleans; with the validation context ``{"strict_text": True}``
(used by ``pra check``) a dirty string is an error instead, so a file can be
reported before anything is changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Final

from pydantic import AfterValidator, Field, ValidationInfo
from pydantic_core import PydanticCustomError, PydanticKnownError

_NEWLINES: Final = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029\x85]")
_REMOVE: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_DIRTY: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_SPACES: Final = re.compile(r"\s+")

NAME_MAX: Final = 200
TEXT_MAX: Final = 20_000


def clean_text(value: str) -> str:
    """Multi-line text: keep tabs and newlines, normalise breaks, drop the unsafe."""
    if not _DIRTY.search(value):
        return value
    return _REMOVE.sub("", _NEWLINES.sub("\n", value))


def clean_line(value: str) -> str:
    """One-line text (a name, a title): cleaned, with all runs of white space as one space."""
    value = clean_text(value)
    if (
        "\n" in value
        or "\t" in value
        or "  " in value
        or value[:1].isspace()
        or value[-1:].isspace()
    ):
        value = _SPACES.sub(" ", value).strip()
    return value


_LINE_WORK: Final = re.compile(
    "[\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff\ufffe\uffff]|  |\\A\\s|\\s\\Z"
)
"""Anything :func:`clean_line` would change (dirt, tab, newline, runs of or outer white space)."""


def _make(
    cleaner: Callable[[str], str], *, max_length: int, required: bool = False
) -> AfterValidator:
    """One validator per text field: clean (or, with ``strict_text``, refuse dirt), then measure.

    The limits are checked here, after cleaning, with pydantic's own error
    types, rather than with ``Field(max_length=...)``, which pydantic would run
    as two more Python calls per string: loading a large workshop validates
    about a thousand strings. ``Field(json_schema_extra=...)`` keeps the limits
    in the JSON Schema. A clean string (the usual case) costs one ``isprintable``
    (C, no regex): printable text has no control, separator or surrogate
    character and no white space other than the plain space.
    """
    line = cleaner is clean_line
    work = _LINE_WORK if line else _DIRTY

    def validate(value: str, info: ValidationInfo) -> str:
        if value.isprintable():
            if line and ("  " in value or value[:1] == " " or value[-1:] == " "):
                value = cleaner(value)
        elif work.search(value) is not None:
            if _DIRTY.search(value) and info.context and info.context.get("strict_text"):
                raise PydanticCustomError("dirty_text", "text contains control characters")
            value = cleaner(value)
        if len(value) > max_length:
            raise PydanticKnownError("string_too_long", {"max_length": max_length})
        if required and not value:
            raise PydanticKnownError("string_too_short", {"min_length": 1})
        return value

    return AfterValidator(validate)


Name = Annotated[
    str, _make(clean_line, max_length=NAME_MAX), Field(json_schema_extra={"maxLength": NAME_MAX})
]
"""A short one-line text: a person's, group's or problem's name."""

RequiredName = Annotated[
    str,
    _make(clean_line, max_length=NAME_MAX, required=True),
    Field(json_schema_extra={"minLength": 1, "maxLength": NAME_MAX}),
]
"""A name that must not be empty (after cleaning)."""

Text = Annotated[
    str, _make(clean_text, max_length=TEXT_MAX), Field(json_schema_extra={"maxLength": TEXT_MAX})
]
"""Free multi-line text: notes, reasons, descriptions."""

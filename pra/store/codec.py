"""The workshop file format: canonical JSON out, bytes in with every failure said in words.

:func:`dumps` writes the canonical text (indent 2, UTF-8, trailing newline,
never a BOM, fields in model order), so saving the same workshop twice gives the
same bytes. :func:`parse` turns the bytes of a file into the raw document (a
dict), reporting what a broken file usually is: empty, a power cut's NUL bytes,
UTF-16 or Latin-1 instead of UTF-8, truncated or invalid JSON (with line and
column), NaN, absurd nesting.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Final

from pra.model import Workshop
from pra.store.problems import FileProblem, WorkshopFileError
from pra.store.reading import MAX_BYTES, too_large

BOM: Final = b"\xef\xbb\xbf"
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_CONSTANT: Final = re.compile(r"(?<![\w\"])(NaN|-?Infinity)(?![\w\"])")
# A JSON string (skipped) or a number token; group 1 is the digits of a whole number.
_TOKEN: Final = re.compile(r'"(?:[^"\\]|\\.)*"|-?(\d+)(\.\d+)?([eE][-+]?\d+)?')

# json.JSONDecodeError.msg (English, fixed by the json module) -> catalogue key
_JSON_REASONS: Final = (
    ("Expecting value", "store.json.value"),
    ("Expecting ',' delimiter", "store.json.comma"),
    ("Expecting ':' delimiter", "store.json.colon"),
    ("Expecting property name", "store.json.name"),
    ("Unterminated string", "store.json.string"),
    ("Invalid control character", "store.json.control"),
    ("Invalid \\uXXXX escape", "store.json.escape"),
    ("Invalid \\escape", "store.json.escape"),
    ("Extra data", "store.json.extra"),
)


def dumps(ws: Workshop) -> str:
    """The canonical text of a workshop file: what :func:`pra.store.save` writes."""
    return ws.model_dump_json(indent=2) + "\n"


def strip_bom(data: bytes) -> bytes:
    return data[len(BOM) :] if data.startswith(BOM) else data


def _line_col(data: bytes | str, pos: int) -> tuple[int, int]:
    newline: Any = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, pos) + 1
    return line, pos - (data.rfind(newline, 0, pos) + 1) + 1


class _Constant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Constant(name)


def decode(data: bytes, source: str) -> str:
    """The text of a file's bytes: BOM stripped, UTF-8 required, damage named."""
    if len(data) > MAX_BYTES:
        raise WorkshopFileError([too_large(source, len(data))])
    head = data[:2]
    if data.startswith(_UTF16_BOMS) or (len(head) == 2 and head.count(0) == 1):
        raise WorkshopFileError([FileProblem(source, "store.utf16")])
    data = strip_bom(data)
    if not data.strip():
        raise WorkshopFileError([FileProblem(source, "store.empty")])
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _line_col(data, nul)
        raise WorkshopFileError(
            [FileProblem(source, "store.nul_bytes", {"line": line, "column": column})]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_col(data, error.start)
        byte = data[error.start : error.start + 1].hex().upper()
        raise WorkshopFileError(
            [FileProblem(source, "store.not_utf8", {"line": line, "column": column, "byte": byte})]
        ) from None


def parse(data: bytes | str, source: str) -> Any:
    """The JSON value in ``data`` (bytes of a file, or its text)."""
    text = decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    if isinstance(data, str) and not text.strip():
        raise WorkshopFileError([FileProblem(source, "store.empty")])
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except _Constant as error:
        match = _CONSTANT.search(text)
        line, column = _line_col(text, match.start()) if match else (1, 1)
        problem = FileProblem(
            source, "store.json.constant", {"line": line, "column": column, "value": str(error)}
        )
    except json.JSONDecodeError as error:
        problem = _json_problem(text, error, source)
    except RecursionError:
        problem = FileProblem(source, "store.too_deep")
    except ValueError as error:  # Python refuses whole numbers over its digit limit (4,300)
        problem = _long_number(text, source) or FileProblem(
            source, "store.json.other", {"line": 1, "column": 1, "detail": str(error)}
        )
    raise WorkshopFileError([problem])


def _long_number(text: str, source: str) -> FileProblem | None:
    """The first whole number with more digits than Python converts, as a problem; else ``None``."""
    limit = sys.get_int_max_str_digits() or None
    if limit is None:
        return None
    for match in _TOKEN.finditer(text):
        digits = match.group(1)
        if digits is not None and len(digits) > limit and not match.group(2) and not match.group(3):
            line, column = _line_col(text, match.start())
            params = {"line": line, "column": column, "digits": len(digits), "limit": limit}
            return FileProblem(source, "store.json.number_too_long", params)
    return None


def _json_problem(text: str, error: json.JSONDecodeError, source: str) -> FileProblem:
    # An unterminated string can only mean the text ended inside it (a raw newline
    # inside a string is reported as a control character first).
    end = len(text.rstrip())
    if error.pos >= end or error.msg.startswith("Unterminated string"):
        line, column = _line_col(text, end)
        return FileProblem(source, "store.truncated", {"line": line, "column": column})
    params = {"line": error.lineno, "column": error.colno}
    if text[error.pos : error.pos + 1] in ("}", "]") and text[: error.pos].rstrip().endswith(","):
        comma = len(text[: error.pos].rstrip()) - 1
        line, column = _line_col(text, comma)
        return FileProblem(source, "store.json.trailing_comma", {"line": line, "column": column})
    reason = next((key for start, key in _JSON_REASONS if error.msg.startswith(start)), None)
    if reason is None:
        return FileProblem(source, "store.json.other", {**params, "detail": error.msg})
    return FileProblem(source, reason, params)

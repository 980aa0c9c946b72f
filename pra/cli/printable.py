"""Text from a file, made safe to print on one terminal line.

Problem sentences quote what a file holds (a name, a field name, a reason), and
a broken or hostile file can hold anything: a line break would split one
problem over two lines, an escape sequence would repaint the terminal. Control
characters (C0, DEL, C1) and the Unicode line and paragraph separators are
shown as escapes (``\\x1b``, ``\\r``, ``\\u2028``) instead.
"""

from __future__ import annotations

import re
from typing import Final

_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def one_line(text: str) -> str:
    """``text`` with every control character and line break written as an escape."""
    return _UNSAFE.sub(_escape, text)

"""Line breaking on screen: a no-break space never ends a line.

The money formatter writes ``Rp 1.500.000`` with a no-break space (U+00A0) so
that "Rp" never stands alone at the end of a line: Word honours it on paper.
Textual does not: every text it shows (``Content``, and Rich ``Text`` in
tables) is wrapped by Rich's ``divide_line``, which splits words with
``\\s``, and in Python ``\\s`` matches the no-break spaces too. So a long
sentence on the wall read "... butuh Rp" / "51.000 ...".

One mending for the whole app, instead of a different character in every
formatted amount (which would also differ from the printed plan): the pattern
Rich splits words with treats the no-break spaces as part of a word.
``tests/tui/test_wrapping.py`` proves it on a real screen, so an upgrade of Rich
that renames the pattern fails there instead of silently splitting amounts again.
"""

from __future__ import annotations

import re
from typing import Final

NO_BREAK: Final = "\u00a0\u2007\u202f"
"""NO-BREAK SPACE, FIGURE SPACE and NARROW NO-BREAK SPACE: Unicode's spaces that never break."""

WORD: Final = re.compile(rf"[^\S{NO_BREAK}]*(?:\S|[{NO_BREAK}])+[^\S{NO_BREAK}]*")
"""Rich's ``\\s*\\S+\\s*`` with the no-break spaces moved from the spaces into the word."""


def keep_no_break_spaces() -> None:
    """Make Rich (and so Textual) never break a line at a no-break space; idempotent."""
    from rich import _wrap

    _wrap.re_word = WORD


AMOUNT_SPACE: Final = re.compile(
    r"(?i)(?<![^\W\d_])(rp\.?)[ \t]+(?=\d)|(?<=\d)[ \t]+(?=(?:rb|ribu|jt|juta)(?![^\W\d_]))"
)
"""A space inside a typed amount: after ``Rp`` (``Rp 1.500``), or between a number and its
size (``1,5 rb``, ``2 juta``)."""


def keep_amounts(text: str) -> str:
    """``text`` with the spaces inside its amounts made no-break, so no line ends in ``Rp`` or
    ``1,5`` with ``1.500`` or ``rb`` on the next. What a facilitator types (a product, a step, a
    pledge) is written with ordinary spaces; a formatted amount has its no-break space already.
    """
    return AMOUNT_SPACE.sub(lambda m: (m.group(1) or "") + "\u00a0", text)

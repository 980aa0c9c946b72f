"""A person named in a mentor's or assessor's field, as two places that match such names agree.

A mentor field holds a name and, often, the institution in brackets after it (``Hendra
Saputra (Yayasan Bina Vitalis)``); people type the name alone, with a title (``Pak Hendra
Saputra``), in another case. The archive matches mentors this way (``pra.archive.mentors``,
``pra archive --mentor-key``), and so does ``pra report --mentor``.
"""

from __future__ import annotations

import re
from typing import Final

_BRACKETS: Final = re.compile(r"\s*\([^()]*\)\s*$")


def person_of(field: str) -> str:
    """The person's name in a mentor field, without the institution in brackets after it."""
    return _BRACKETS.sub("", field).strip()


def name_key(field: str) -> str:
    """A mentor field's person as names are matched: folded, without the institution in
    brackets after the name and the titles before it."""
    from pra.model.folding import fold
    from pra.model.titles import without_titles

    return without_titles(fold(person_of(field)).strip())

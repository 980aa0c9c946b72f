"""Emoji are left out of the printed plan: the fonts a plan is printed with have none.

Arial, its twin Liberation Sans and the fonts LibreOffice and Word fall back
on do not hold emoji, so a group named "Kue 🍰 Sedap" printed as "Kue □ Sedap"
with no warning. Shipping a colour emoji font would not help a plan opened on
another computer, so the export prints the text without them and says so in
its notes (see :func:`pra.export.files.export_workshop`). Symbols the plan
uses itself (×, ■, •, ★) are not emoji and stay.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

_PICTO: Final = "\U0001f000-\U0001faff"
"""Mahjong and playing cards up to the newest emoji: pictures, never letters."""
_MODIFIERS: Final = "\ufe0f\ufe0e\u20e3\U000e0020-\U000e007f"
"""Variation selectors, the keycap, and the tag letters of subdivision flags."""
_ONE: Final = (
    rf"(?:[{_PICTO}]|[\u2600-\u27bf\u2b00-\u2bff]\ufe0f|[0-9#*]\ufe0f?\u20e3)[{_MODIFIERS}]*"
)
_SEQUENCE: Final = rf"{_ONE}(?:\u200d{_ONE})*"
EMOJI: Final = re.compile(rf" (?:{_SEQUENCE})+(?=\s|$)|(?:{_SEQUENCE})+ ?")


def has_emoji(text: str) -> bool:
    return EMOJI.search(text) is not None


def any_emoji(value: object) -> bool:
    """Whether any text held in ``value`` (a model, and the records and lists inside it) has emoji."""
    if isinstance(value, str):
        return has_emoji(value)
    if isinstance(value, Mapping):
        return any(any_emoji(k) or any_emoji(v) for k, v in value.items())
    if isinstance(value, tuple | list):
        return any(any_emoji(v) for v in value)
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        return any(any_emoji(getattr(value, name)) for name in fields)
    return False


def without_emoji(text: str) -> str:
    """``text`` with every emoji (and the space that set it apart) left out."""
    return EMOJI.sub("", text) if has_emoji(text) else text

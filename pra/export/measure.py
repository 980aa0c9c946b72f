"""How wide a word prints, so that a column is never narrower than an amount or a name in it.

Word and LibreOffice break a line only at spaces (and hyphens); a word wider
than its column is cut wherever the column ends ("Rp 1.200.0" / "00",
"Darmawa" / "ti"). ``Rp`` and its amount are joined by a no-break space, so
the whole amount is one word. The widths are Arial's (LibreOffice prints with
its metric twin, Liberation Sans), in thousandths of an em; a character not
listed counts as a wide letter, so an estimate errs towards a wider column.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

_LOWER: Final = "556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500"
_UPPER: Final = "667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611"
_WIDTHS: Final = (
    dict(zip("abcdefghijklmnopqrstuvwxyz", map(int, _LOWER.split()), strict=True))
    | dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", map(int, _UPPER.split()), strict=True))
    | dict.fromkeys("0123456789$", 556)
    | dict.fromkeys(" \u00a0.,:;!|'", 278)
    | dict.fromkeys("/()[]-*", 333)
    | {"−": 584, "×": 584, "■": 604, "–": 556, "\u2060": 0}
)
_DEFAULT: Final = 667
BOLD_FACTOR: Final = 1.03
SAFETY: Final = 1.03
"""Rounding in the layout engines, and kerning that does not always narrow."""
_BREAKS: Final = re.compile(r"[ \t\n\u200b]+|-(?!\u2060)")
"""Where a line may break: at spaces, and after a hyphen not followed by a word joiner (``1-5``)."""
AMOUNT_WORD: Final = re.compile(r"\d[\d.,]*")


def word_twips(word: str, size_pt: float, *, bold: bool = False) -> int:
    """The printed width of ``word`` at ``size_pt`` points, in twips (1/20 pt)."""
    units = sum(_WIDTHS.get(ch, _DEFAULT) for ch in word)
    factor = SAFETY * (BOLD_FACTOR if bold else 1.0)
    return int(units * size_pt * 20 * factor / 1000) + 1


def words(text: str) -> list[str]:
    """The pieces of ``text`` a line may not be broken inside (a no-break space joins)."""
    return [w for w in _BREAKS.split(text) if w]


def widest_word(texts: Iterable[str], size_pt: float, *, bold: bool = False) -> int:
    """The widest word of ``texts``, in twips (0 when there is none)."""
    return max((widest_in(t, size_pt, bold=bold) for t in texts), default=0)


@functools.lru_cache(maxsize=8192)
def widest_in(text: str, size_pt: float, *, bold: bool = False, amounts: bool = False) -> int:
    """The widest word (with ``amounts``: the widest amount) of one ``text``, in twips.

    Remembered: a plan's tables repeat the same cells ("Rp 68.500", a date, a
    name) hundreds of times, and measuring them was a fifth of printing a plan.
    """
    pieces = words(text)
    if amounts:
        pieces = [w for w in pieces if AMOUNT_WORD.search(w)]
    return max((word_twips(w, size_pt, bold=bold) for w in pieces), default=0)


def fit_columns(widths: Sequence[int], needs: Sequence[int]) -> list[int]:
    """``widths`` changed so each column is at least its need, taken from the others' room.

    The total stays the same. Columns that have more room than they need give
    it up in proportion to that room; when the needs together exceed the
    total, each column gets its need scaled down (the table cannot do better).
    """
    total = sum(widths)
    if sum(needs) >= total:
        scale = total / (sum(needs) or 1)
        out = [int(n * scale) for n in needs]
        out[-1] += total - sum(out)
        return out
    out = [max(w, n) for w, n in zip(widths, needs, strict=True)]
    excess = sum(out) - total
    while excess > 0:
        room = [max(0, o - n) for o, n in zip(out, needs, strict=True)]
        spare = sum(room)
        taken = [min(r, -(-excess * r // spare)) for r in room]
        out = [o - t for o, t in zip(out, taken, strict=True)]
        excess -= sum(taken)
    if excess < 0:
        out[-1] -= excess
    return out


def style_size_pt(styles: Any, style_id: str, default: float = 10.5) -> float:
    """The font size of paragraph style ``style_id`` in the ``w:styles`` element, following basedOn."""
    from docx.oxml.ns import qn

    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        found = styles.xpath(f'w:style[@w:styleId="{style_id}"]')
        if not found:
            break
        el = found[0]
        size = el.find(f"{qn('w:rPr')}/{qn('w:sz')}")
        if size is not None and size.get(qn("w:val"), "").isdigit():
            return int(size.get(qn("w:val"))) / 2
        based = el.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else ""
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    if defaults is not None and defaults.get(qn("w:val"), "").isdigit():
        return int(defaults.get(qn("w:val"))) / 2
    return default

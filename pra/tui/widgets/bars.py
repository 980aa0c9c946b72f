"""A ranked bar chart drawn with block characters, with the count and rank as text.

Readable in black and white: the length of the bar, the number and the rank
carry the result, colour only decorates.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from pra.plan.ranking import RankedItem


def bar_lines(rows: Sequence[RankedItem], width: int = 24) -> list[str]:
    """Two lines per item: ``1. Modal usaha kurang`` then ``   ████████████ 17``.

    The name gets a whole line so that it is never cut; a name longer than the
    bar's line goes on over more lines, under its first word; ties are marked ``=``.
    """
    top = max((r.score for r in rows), default=0) or 1
    lines = []
    for r in rows:
        length = round(width * r.score / top)
        bar = "█" * length + "·" * (width - length)
        rank = f"{r.rank}{'=' if r.tied else '.'}"
        name = textwrap.fill(
            f"{rank:>3} {r.name}",
            width=width + 4,
            subsequent_indent="    ",
            break_on_hyphens=False,
        )
        lines.append(f"{name}\n    {bar} {r.score}")
    return lines

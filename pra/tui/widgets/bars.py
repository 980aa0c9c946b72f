"""A ranked bar chart drawn with block characters, with the count and rank as text.

Readable in black and white: the length of the bar, the number and the rank
carry the result, colour only decorates.
"""

from __future__ import annotations

from collections.abc import Sequence

from pra.plan.ranking import RankedItem


def bar_lines(rows: Sequence[RankedItem], width: int = 24, name_width: int = 24) -> list[str]:
    """One line per item: ``1. Modal usaha        ████████████ 17``; ties marked ``=``."""
    top = max((r.score for r in rows), default=0) or 1
    lines = []
    for r in rows:
        length = round(width * r.score / top)
        bar = "█" * length + "·" * (width - length)
        rank = f"{r.rank}{'=' if r.tied else '.'}"
        name = r.name if len(r.name) <= name_width else r.name[: name_width - 1] + "…"
        lines.append(f"{rank:>4} {name:<{name_width}} {bar} {r.score}")
    return lines

"""The PRA Venn ("chapati") diagram in text: the group at the centre, institutions around.

Close institutions sit near the centre, far ones near the edge; important ones
are drawn larger (a bigger box and capital letters). Sizes and distances are
also written in the table beside it, so nothing depends on the picture alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pra.model import Institution


def _label(inst: Institution) -> str:
    name = inst.name if len(inst.name) <= 14 else inst.name[:13] + "…"
    if inst.importance >= 5:
        return f"【{name.upper()}】"
    if inst.importance >= 4:
        return f"[ {name.upper()} ]"
    if inst.importance >= 3:
        return f"[{name}]"
    return f"({name})" if inst.importance == 2 else name.lower()


def venn_lines(
    institutions: Sequence[Institution], centre: str, width: int = 54, height: int = 15
) -> list[str]:
    """A ``width`` × ``height`` character picture of ``institutions`` around ``centre``."""
    grid = [[" "] * width for _ in range(height)]
    cx, cy = width // 2, height // 2
    rx, ry = width / 2 - 1, height / 2 - 0.5
    for ring in (1.0, 0.6):
        for step in range(120):
            angle = 2 * math.pi * step / 120
            x = round(cx + ring * rx * math.cos(angle))
            y = round(cy + ring * ry * math.sin(angle))
            if 0 <= x < width and 0 <= y < height:
                grid[y][x] = "·"

    def free(x: int, y: int, text: str) -> bool:
        return all(grid[y][x + i] in " ·" for i in range(-1, len(text) + 1) if 0 <= x + i < width)

    def put(x: int, y: int, text: str) -> None:
        """Write ``text`` centred on (x, y), moving it up or down a row to avoid another label."""
        x = max(0, min(width - len(text), x - len(text) // 2))
        for dy in (0, 1, -1, 2, -2, 3, -3):
            if 0 <= y + dy < height and free(x, y + dy, text):
                y += dy
                break
        for i, ch in enumerate(text):
            grid[y][x + i] = ch

    put(cx, cy, f"◉ {centre}")
    n = max(len(institutions), 1)
    for i, inst in enumerate(institutions):
        angle = 2 * math.pi * i / n - math.pi / 2
        distance = (6 - inst.closeness) / 5  # closeness 5 → 0.2, 1 → 1.0
        x = round(cx + distance * (rx - 6) * math.cos(angle))
        y = round(cy + distance * (ry - 1) * math.sin(angle))
        y = max(0, min(height - 1, y))
        put(x, y, _label(inst))
    return ["".join(row).rstrip() for row in grid]

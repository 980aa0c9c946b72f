"""The PRA Venn ("chapati") diagram in text: the group at the centre, institutions around.

Close institutions sit near the centre, far ones near the edge; important ones
are drawn larger (a bigger box and capital letters). Sizes and distances are
also written in the table beside it, so nothing depends on the picture alone.
Each label starts with the institution's number, the same as in the numbered list
beside it (:func:`name_lines`); a long name is never cut in the picture: it is
written whole over two lines or more ("KANTOR KELURAHAN" / "13 ILIR"), unless no picture
has room for it: then it ends with "…" and the list beside shows it whole.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Final

from pra.model import Institution

LINE_WIDTH: Final = 14
"""A name longer than this goes on to a second line of its label (a longer word keeps its line)."""


def label_of(inst: Institution, number: int | None = None, *, max_lines: int | None = None) -> str:
    """An institution's label: its ``number`` (in the list beside the picture), its whole
    name (over lines joined by ``\n`` when long; a word longer than a line is split), its
    importance shown by the brackets (around all its lines) and the case. Only a rated
    institution has one.

    With ``max_lines`` the name stops after that many lines with "…" (the list beside the
    picture still shows it whole); ``max_lines=0`` leaves only the number."""
    assert inst.importance is not None, "an institution not rated yet is not drawn"
    name = f"{number} {inst.name}" if number is not None else inst.name
    if max_lines == 0 and number is not None:
        name = str(number)
    if inst.importance >= 5:
        opening, closing, name = "[[ ", " ]]", name.upper()  # ASCII: a wide bracket shifts
    elif inst.importance >= 4:
        opening, closing, name = "[ ", " ]", name.upper()
    elif inst.importance >= 3:
        opening, closing = "[", "]"
    elif inst.importance == 2:
        opening, closing = "(", ")"
    else:
        opening, closing, name = "", "", name.lower()
    lines = textwrap.wrap(name, LINE_WIDTH, break_on_hyphens=False) or [""]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: LINE_WIDTH - 1] + "…"
    return opening + "\n".join(lines) + closing


SHORTER_LABELS: Final = (None, 3, 2, 1, 0)
"""The label forms tried in turn when the whole labels find no place in the tallest picture:
whole, then at most 3, 2 or 1 lines of the name, then the number alone (which always fits)."""


@dataclass(frozen=True, slots=True)
class Placed:
    """A label written from column ``x`` on row ``y`` (its further lines on the rows below,
    from the same column)."""

    x: int
    y: int
    text: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def cells(self) -> set[tuple[int, int]]:
        return {
            (self.x + i, self.y + j) for j, line in enumerate(self.lines) for i in range(len(line))
        }


GAP: Final = 2
"""Blank columns kept between a label and another label or a ring dot on the same row: with
one, two labels read as one ("(4 Karang [ 2 MAJELIS") and dots ran into words. A blank row
is kept above and below a label too (:func:`place_labels`)."""

RINGS = (1.0, 0.6)
"""The outer edge and the inner ring, as fractions of the picture's half-size."""


def ring_cells(width: int, height: int) -> frozenset[tuple[int, int]]:
    """The cells the two rings are drawn on."""
    cx, cy = width // 2, height // 2
    rx, ry = width / 2 - 1, height / 2 - 0.5
    cells: set[tuple[int, int]] = set()
    for ring in RINGS:
        steps = max(120, 4 * (width + height))  # a tall picture's ring drawn without gaps
        for step in range(steps):
            angle = 2 * math.pi * step / steps
            x = round(cx + ring * rx * math.cos(angle))
            y = round(cy + ring * ry * math.sin(angle))
            if 0 <= x < width and 0 <= y < height:
                cells.add((x, y))
    return frozenset(cells)


def ring_band(dx: float, dy: float, rx: float, ry: float) -> int:
    """Where a point ``(dx, dy)`` from the centre lies: 0 inside the inner ring, 1 between the
    rings, 2 outside the outer one (``rx``, ``ry``: the outer ring's half-sizes)."""
    radius = math.hypot(dx / rx, dy / ry)
    return sum(radius >= ring for ring in sorted(RINGS))


def _band_around(cx: float, cy: float, rx: float, ry: float, x: float, y: float) -> int:
    return ring_band(x - cx, y - cy, rx, ry)


def place_labels(
    texts: Sequence[str],
    targets: Sequence[tuple[float, float]],
    width: int,
    height: int,
    *,
    blocked: frozenset[tuple[int, int]] = frozenset(),
    order: Sequence[int] | None = None,
    band: Callable[[float, float], int] | None = None,
) -> tuple[Placed, ...] | None:
    """Each text (its lines one below the other) as near its target ``(x, y)`` (its first
    line's centre) as it can go.

    No label covers a ``blocked`` cell (the rings, the centre) or comes within
    :data:`GAP` columns of one on its rows or touches one on the row above or below it;
    none overlaps another, comes within :data:`GAP` columns of it or touches it from above
    or below; and all stay inside the picture. With ``band`` (which ring a point lies in),
    each label's first-line centre lies in its target's band: a far institution is never
    drawn inside the inner ring because room ran out between the rings. Labels are placed in
    ``order`` (default: as given), each taking the free place nearest its target, a row
    counting as much as two columns.
    ``None`` when some label finds no place (the caller makes the picture taller).
    """
    taken: set[tuple[int, int]] = set()
    placed: dict[int, Placed] = {}
    for k in order if order is not None else range(len(texts)):
        text, (tx, ty) = texts[k], targets[k]
        lines = text.split("\n")
        size = max(len(line) for line in lines)
        best: tuple[float, int, int] | None = None
        wanted = band(tx, ty) if band is not None else None
        for y in range(height - len(lines) + 1):
            for x in range(width - size + 1):
                if band is not None and band(x + size / 2, y) != wanted:
                    continue
                near = {
                    (x + i, y + j)
                    for j, line in enumerate(lines)
                    for i in range(-GAP, len(line) + GAP)
                }
                # and the row above and the row below, over the label's width: a ring's dots
                # right under a name ran into it, and a label under another read as one
                near |= {
                    (x + i, y + j)
                    for j, line in ((-1, lines[0]), (len(lines), lines[-1]))
                    for i in range(len(line))
                }
                if near & blocked or near & taken:
                    continue
                cost = ((x + size / 2 - tx) / 2) ** 2 + (y - ty) ** 2
                if best is None or cost < best[0]:
                    best = (cost, x, y)
        if best is None:
            return None
        placed[k] = Placed(best[1], best[2], text)
        taken |= placed[k].cells()
    return tuple(placed[k] for k in range(len(texts)))


@dataclass(frozen=True, slots=True)
class VennLayout:
    """Where everything goes: the picture's size, the ring cells, the centre and the labels
    (one per rated institution, in the institutions' order)."""

    width: int
    height: int
    rings: frozenset[tuple[int, int]]
    centre: Placed
    labels: tuple[Placed, ...]


def venn_layout(
    institutions: Sequence[Institution], centre: str, width: int = 54, height: int = 15
) -> VennLayout:
    """Place ``institutions`` around ``centre`` in ``width`` columns and ``height`` rows, or as
    many more rows as it takes: every rated institution is placed, no label overlaps another
    or crosses a ring. One not rated yet is left out of the picture (where it would sit says
    nothing the room has said); the list beside names it as not rated (:func:`name_lines`).
    A label that finds no place in any picture tried is shortened (:data:`SHORTER_LABELS`)."""
    numbered = [(k + 1, inst) for k, inst in enumerate(institutions) if inst.rated]
    rated = [inst for _, inst in numbered]
    for max_lines in SHORTER_LABELS:
        texts = [label_of(inst, number, max_lines=max_lines) for number, inst in numbered]
        found = _try_heights(rated, texts, centre, width, height)
        if found is not None:
            return found
    raise AssertionError("not reached: a number alone always finds a place")


def _try_heights(
    institutions: Sequence[Institution],
    texts: Sequence[str],
    centre: str,
    width: int,
    height: int,
) -> VennLayout | None:
    """The layout of ``texts`` in the first picture height from ``height`` (two rows more
    at each try) where every label finds a place; ``None`` when none does."""
    n = max(len(institutions), 1)
    # the closest (and then the most important) first: they have the least room, inside
    order = sorted(
        range(len(institutions)),
        key=lambda k: (-(institutions[k].closeness or 0), -(institutions[k].importance or 0), k),
    )
    for rows in range(height, height + 4 * len(institutions) + 2, 2):
        cx, cy = width // 2, rows // 2
        rx, ry = width / 2 - 1, rows / 2 - 0.5
        rings = ring_cells(width, rows)
        middle = f"◉ {centre}"
        centre_at = Placed(max(0, cx - len(middle) // 2), cy, middle[:width])
        blocked = rings | centre_at.cells()
        targets = []
        for i, inst in enumerate(institutions):
            angle = 2 * math.pi * i / n - math.pi / 2
            assert inst.closeness is not None  # rated
            distance = (6 - inst.closeness) / 5  # closeness 5 → 0.2, 1 → 1.0
            targets.append(
                (
                    cx + distance * (rx - 6) * math.cos(angle),
                    cy + distance * (ry - 1) * math.sin(angle),
                )
            )
        labels = place_labels(
            texts,
            targets,
            width,
            rows,
            blocked=blocked,
            order=order,
            band=partial(_band_around, cx, cy, rx, ry),
        )
        if labels is not None:
            return VennLayout(width, rows, rings, centre_at, labels)
    return None


def venn_lines(
    institutions: Sequence[Institution], centre: str, width: int = 54, height: int = 15
) -> list[str]:
    """The diagram as lines of text (see :func:`venn_layout`)."""
    layout = venn_layout(institutions, centre, width, height)
    grid = [[" "] * layout.width for _ in range(layout.height)]
    for x, y in layout.rings:
        grid[y][x] = "·"
    for label in (layout.centre, *layout.labels):
        for j, line in enumerate(label.lines):
            for i, ch in enumerate(line):
                grid[label.y + j][label.x + i] = ch
    return ["".join(row).rstrip() for row in grid]


def name_lines(institutions: Sequence[Institution], unrated: str) -> list[str]:
    """The list beside the picture: each institution's number and its whole name, and
    ``(unrated)`` (the catalogue's words) after one not rated yet: it is not in the picture."""
    return [
        f"{k + 1} {inst.name}" + ("" if inst.rated else f" ({unrated})")
        for k, inst in enumerate(institutions)
    ]

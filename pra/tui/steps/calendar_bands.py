"""The calendar grid at a projector's width: narrow period columns, in bands when they do not fit.

A period column is three or four cells wide and carries no padding, so a step that runs
for several periods draws one unbroken bar (``■■■■■■■■■``). Each column is
headed on two lines: with weeks, the month where a week starts a new month
over the week's number; with months, the year (at January and at a band's
start) over the month's short name. When the periods do not all fit beside
the step titles, they are split into bands of equal size (M1–M13 then M14–M26)
drawn one under the other, each with its own header: every period is on
screen at once, nothing scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pra.plan.formatting import format_month_name
from pra.plan.periods import Period

PERIOD_WIDTH = 3
"""The fewest cells of a period column: two characters of a label and a space before the next."""


@dataclass(frozen=True, slots=True)
class PeriodHead:
    """A period column's two header lines."""

    top: str
    bottom: str


def _top(period: Period, before: Period | None) -> str:
    """The month's name over a week that starts a month, the year over January."""
    if period.start is None:
        return ""
    if period.unit == "month":
        return str(period.start.year) if period.start.month == 1 else ""
    if before is None or before.start is None or before.start.month != period.start.month:
        return format_month_name(period.start)
    return ""


def _bottom(period: Period) -> str:
    if period.start is None or period.unit == "week":
        return str(period.index + 1)
    return format_month_name(period.start)


def _band_top(period: Period) -> str:
    """What a band's first column names: its week's month, or its month's year."""
    if period.start is None:
        return ""
    return format_month_name(period.start) if period.unit == "week" else str(period.start.year)


def period_heads(periods: Sequence[Period], band_starts: frozenset[int]) -> list[PeriodHead]:
    """The header of each period; a band's first column names its month (or year) when it can."""
    heads = [
        PeriodHead(_top(p, periods[i - 1] if i else None), _bottom(p))
        for i, p in enumerate(periods)
    ]
    # a band's first column names its month (year) too, unless the next column does at once
    for i in sorted(band_starts):
        if i >= len(periods) or heads[i].top:
            continue
        following = heads[i + 1].top if i + 1 < len(heads) and i + 1 not in band_starts else ""
        if not following:
            heads[i] = PeriodHead(_band_top(periods[i]), heads[i].bottom)
    return heads


def column_width(heads: Sequence[PeriodHead]) -> int:
    """Wide enough for every label with a space after it (a top line may fill its column).

    Three cells for weeks (up to 99), four for months (``Sep``, ``2003``).
    """
    bottom = max((len(h.bottom) + 1 for h in heads), default=PERIOD_WIDTH)
    top = max((len(h.top) for h in heads), default=0)
    return max(PERIOD_WIDTH, bottom, top)


def bands(count: int, room: int, width: int) -> list[range]:
    """Split ``count`` periods into bands of equal size, each at most ``room // width`` wide.

    ``room`` is what the step titles and the people column leave. A room too
    small for even one column still gives bands of one period.
    """
    if count <= 0:
        return [range(0)]
    per = max(1, room // width)
    n = -(-count // per)
    size = -(-count // n)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]

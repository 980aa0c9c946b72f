"""Ranking with ties as ties: the shared rule behind every ranked list in a plan.

Equal scores share a rank and the next rank skips ("1, 2, 2, 4", the standard
competition ranking), so a tie is visible on the wall and is never broken
silently by the order items happened to be typed in. Within a rank, items keep
their document order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RankedItem:
    """One item of a ranked list: a problem, a business idea …

    ``score`` is what was counted (dots, pairwise wins, weighted matrix points);
    ``share`` is ``score`` as a fraction of all scores (0 when nothing was counted).
    """

    item_id: str
    name: str
    score: int
    rank: int
    tied: bool
    share: float


def rank(items: Sequence[tuple[str, str, int]]) -> tuple[RankedItem, ...]:
    """``(id, name, score)`` triples ranked by score, highest first, ties sharing a rank."""
    order = sorted(range(len(items)), key=lambda i: (-items[i][2], i))
    total = sum(score for _, _, score in items)
    counts: dict[int, int] = {}
    for _, _, score in items:
        counts[score] = counts.get(score, 0) + 1
    ranked: list[RankedItem] = []
    current_rank = 0
    previous: int | None = None
    for position, i in enumerate(order, start=1):
        item_id, name, score = items[i]
        if score != previous:
            current_rank, previous = position, score
        ranked.append(
            RankedItem(
                item_id=item_id,
                name=name,
                score=score,
                rank=current_rank,
                tied=counts[score] > 1,
                share=score / total if total else 0.0,
            )
        )
    return tuple(ranked)


def top_ids(ranked: Sequence[RankedItem]) -> tuple[str, ...]:
    """The ids ranked first with a score above zero: one id, several when tied, none when empty."""
    return tuple(r.item_id for r in ranked if r.rank == 1 and r.score > 0)

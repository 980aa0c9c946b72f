"""Pairwise ranking (perbandingan berpasangan): what is left to compare, wins, and cycles.

Every pair of problems is compared once and the room names the more pressing
one; the number of wins ranks the problems. The order of the pairs spreads the
items evenly (a round-robin: in each round every problem appears at most once),
so the room never compares the same problem five times in a row and tires of
it. Choices can be intransitive (A over B, B over C, C over A); such a set is
found as a cycle in the preference graph and named, so the facilitator can ask
the room to look at those problems again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pra.model import PairChoice, Problem, Workshop
from pra.plan.notice import Notice
from pra.plan.ranking import RankedItem, rank


@dataclass(frozen=True, slots=True)
class PairwiseResult:
    """Wins, the ranking, the pairs still open, and intransitive cycles (item ids, in order)."""

    rows: tuple[RankedItem, ...]
    remaining: tuple[tuple[str, str], ...]
    compared: int
    total_pairs: int
    cycles: tuple[tuple[str, ...], ...]
    warnings: tuple[Notice, ...]


def round_robin_pairs(ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """All pairs of ``ids`` in rounds where each item appears at most once (the circle method)."""
    items: list[str | None] = list(ids)
    if len(items) % 2:
        items.append(None)
    n = len(items)
    pairs: list[tuple[str, str]] = []
    for _ in range(n - 1):
        for i in range(n // 2):
            a, b = items[i], items[n - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b))
        items = [items[0], items[-1], *items[1:-1]]
    return tuple(pairs)


def pairs_to_compare(ids: Sequence[str], done: Sequence[PairChoice]) -> tuple[tuple[str, str], ...]:
    """The pairs of ``ids`` not yet compared, in the evenly spread order of :func:`round_robin_pairs`."""
    seen = {frozenset((c.a, c.b)) for c in done}
    return tuple(p for p in round_robin_pairs(ids) if frozenset(p) not in seen)


def preference_cycles(
    ids: Sequence[str], choices: Sequence[PairChoice]
) -> tuple[tuple[str, ...], ...]:
    """One cycle per intransitive set of items (a strongly connected part of the preference graph).

    The shortest cycle of each set is given (three items when there is one),
    starting at the item listed first, so the sentence is as short as the
    contradiction allows and always the same.
    """
    import networkx as nx

    order = {ref: i for i, ref in enumerate(ids)}
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    for c in choices:
        loser = c.b if c.winner == c.a else c.a
        if c.winner in order and loser in order and c.winner != loser:
            graph.add_edge(c.winner, loser)
    cycles: list[tuple[str, ...]] = []
    for part in nx.strongly_connected_components(graph):
        if len(part) < 2:
            continue
        start = min(part, key=order.__getitem__)
        sub = graph.subgraph(part)
        best: list[str] | None = None
        for succ in sorted(sub.successors(start), key=order.__getitem__):
            path = nx.shortest_path(sub, succ, start)
            if best is None or len(path) < len(best):
                best = path
        assert best is not None  # a strongly connected part of 2+ nodes has an edge out of start
        cycles.append((start, *best[:-1]))
    return tuple(sorted(cycles, key=lambda c: order[c[0]]))


def pairwise_result(problems: Sequence[Problem], choices: Sequence[PairChoice]) -> PairwiseResult:
    """Wins per problem, the ranking (ties as ties), open pairs and named cycles."""
    ids = [p.id for p in problems]
    names = {p.id: p.title for p in problems}
    wins = dict.fromkeys(ids, 0)
    valid = [c for c in choices if c.a in wins and c.b in wins and c.winner in (c.a, c.b)]
    for c in valid:
        wins[c.winner] += 1
    rows = rank([(p.id, p.title, wins[p.id]) for p in problems])
    remaining = pairs_to_compare(ids, valid)
    n = len(ids)
    cycles = preference_cycles(ids, valid) if len(valid) >= 3 else ()
    warnings = tuple(
        Notice("plan.pairwise.cycle", {"problems": " → ".join(names[r] for r in (*c, c[0]))})
        for c in cycles
    )
    return PairwiseResult(
        rows=rows,
        remaining=remaining,
        compared=len({frozenset((c.a, c.b)) for c in valid}),
        total_pairs=n * (n - 1) // 2,
        cycles=cycles,
        warnings=warnings,
    )


def break_ties(rows: Sequence[RankedItem], choices: Sequence[PairChoice]) -> tuple[RankedItem, ...]:
    """Re-rank items tied on dots by their pairwise wins *among themselves* (the PRA tie-breaker).

    Scores stay the dots; only ranks and the ``tied`` flag change. Items still
    level after the comparisons (or not compared yet) stay tied: a tie is never
    broken by the order items were typed in.
    """
    result: list[RankedItem] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j].rank == rows[i].rank:
            j += 1
        tied = rows[i:j]
        ids = {r.item_id for r in tied}
        wins = dict.fromkeys(ids, 0)
        for c in choices:
            if c.a in ids and c.b in ids and c.winner in (c.a, c.b) and c.a != c.b:
                wins[c.winner] += 1
        for r in rank([(r.item_id, r.name, wins[r.item_id]) for r in tied]):
            original = next(x for x in tied if x.item_id == r.item_id)
            result.append(
                RankedItem(
                    original.item_id,
                    original.name,
                    original.score,
                    original.rank + r.rank - 1,
                    r.tied,
                    original.share,
                )
            )
        i = j
    return tuple(result)


def workshop_pairwise(ws: Workshop) -> PairwiseResult:
    """:func:`pairwise_result` for the workshop's problems and recorded comparisons."""
    return pairwise_result(ws.problems, ws.voting.pairwise)

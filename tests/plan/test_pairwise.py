from __future__ import annotations

from itertools import combinations

from pra.model import PairChoice, ProblemVoting, Workshop
from pra.plan.pairwise import (
    break_ties,
    pairs_to_compare,
    pairwise_result,
    round_robin_pairs,
    workshop_pairwise,
)
from pra.plan.ranking import rank

from .factory import problems


def test_round_robin_covers_every_pair_once_and_spreads_items() -> None:
    ids = [f"m{i}" for i in range(6)]
    pairs = round_robin_pairs(ids)
    assert len(pairs) == 15
    assert {frozenset(p) for p in pairs} == {frozenset(p) for p in combinations(ids, 2)}
    for start in range(0, 15, 3):  # each round of 3 pairs uses every item once
        round_items = [x for p in pairs[start : start + 3] for x in p]
        assert sorted(round_items) == ids


def test_odd_number_of_items_and_trivial_cases() -> None:
    pairs = round_robin_pairs(["a", "b", "c"])
    assert len(pairs) == 3
    assert {frozenset(p) for p in pairs} == {frozenset(p) for p in combinations("abc", 2)}
    assert round_robin_pairs(["a"]) == ()
    assert round_robin_pairs([]) == ()


def test_done_pairs_are_skipped_whatever_their_order() -> None:
    left = pairs_to_compare(["a", "b", "c"], [PairChoice(a="b", b="a", winner="a")])
    assert frozenset(("a", "b")) not in {frozenset(p) for p in left}
    assert len(left) == 2


def test_wins_rank_the_problems() -> None:
    ps = problems("Modal", "Perumahan", "Kesehatan")
    choices = [
        PairChoice(a="m0", b="m1", winner="m0"),
        PairChoice(a="m0", b="m2", winner="m0"),
        PairChoice(a="m1", b="m2", winner="m2"),
    ]
    result = pairwise_result(ps, choices)
    assert [(r.name, r.score, r.rank) for r in result.rows] == [
        ("Modal", 2, 1),
        ("Kesehatan", 1, 2),
        ("Perumahan", 0, 3),
    ]
    assert result.remaining == ()
    assert (result.compared, result.total_pairs) == (3, 3)
    assert result.cycles == () and result.warnings == ()


def test_intransitive_choices_are_named_as_a_cycle() -> None:
    ps = problems("Modal", "Perumahan", "Kesehatan")
    choices = (
        PairChoice(a="m0", b="m1", winner="m0"),
        PairChoice(a="m1", b="m2", winner="m1"),
        PairChoice(a="m2", b="m0", winner="m2"),
    )
    ws = Workshop(id="ws", problems=ps, voting=ProblemVoting(method="pairwise", pairwise=choices))
    result = workshop_pairwise(ws)
    assert result.cycles == (("m0", "m1", "m2"),)
    assert [r.rank for r in result.rows] == [1, 1, 1]
    assert result.warnings[0].text("en") == (
        "Circular choices: Modal → Perumahan → Kesehatan → Modal. Discuss these problems again."
    )


def test_shortest_cycle_is_reported_in_a_larger_intransitive_set() -> None:
    ps = problems("A", "B", "C", "D")
    beats = [("m0", "m1"), ("m1", "m2"), ("m2", "m3"), ("m3", "m0"), ("m2", "m0"), ("m1", "m3")]
    result = pairwise_result(ps, [PairChoice(a=w, b=lo, winner=w) for w, lo in beats])
    assert len(result.cycles) == 1
    assert len(result.cycles[0]) == 3
    assert result.cycles[0][0] == "m0"


def test_empty_and_partial() -> None:
    empty = pairwise_result((), ())
    assert empty.rows == () and empty.remaining == () and empty.total_pairs == 0
    one = pairwise_result(problems("A"), ())
    assert one.total_pairs == 0 and one.rows[0].score == 0
    open_ = pairwise_result(problems("A", "B", "C", "D"), ())
    assert len(open_.remaining) == 6


def test_dot_ties_are_broken_only_by_comparisons_among_the_tied() -> None:
    rows = rank([("a", "A", 5), ("b", "B", 5), ("c", "C", 5), ("d", "D", 2), ("e", "E", 2)])
    choices = [
        PairChoice(a="a", b="b", winner="b"),
        PairChoice(a="b", b="c", winner="b"),
        PairChoice(a="a", b="d", winner="d"),  # not among the tied: ignored
    ]
    broken = break_ties(rows, choices)
    assert [(r.item_id, r.score, r.rank, r.tied) for r in broken] == [
        ("b", 5, 1, False),
        ("a", 5, 2, True),  # a and c were not compared: still tied
        ("c", 5, 2, True),
        ("d", 2, 4, True),
        ("e", 2, 4, True),
    ]
    assert break_ties((), choices) == ()

from __future__ import annotations

import pytest

from pra.model import DotVoting, Problem, Workshop
from pra.plan.ranking import rank
from pra.plan.votes import dot_tally, tally_dots

from .factory import ballots, people, problems, voted


def test_ranking_keeps_ties_as_ties() -> None:
    ranked = rank([("a", "A", 3), ("b", "B", 5), ("c", "C", 3), ("d", "D", 1)])
    assert [(r.item_id, r.rank, r.tied) for r in ranked] == [
        ("b", 1, False),
        ("a", 2, True),
        ("c", 2, True),
        ("d", 4, False),
    ]
    assert sum(r.share for r in ranked) == pytest.approx(1.0)


def test_surabaya_like_tally_ranks_capital_first() -> None:
    ws = voted(
        4,
        ["Modal", "Perumahan", "Kesehatan"],
        {
            "p00": {"m0": 2, "m1": 1},
            "p01": {"m0": 3},
            "p02": {"m2": 2},
            "p03": {"m0": 1, "m1": 1},
        },
    )
    tally = dot_tally(ws)
    assert [(r.name, r.score, r.rank) for r in tally.rows] == [
        ("Modal", 6, 1),
        ("Perumahan", 2, 2),
        ("Kesehatan", 2, 2),
    ]
    assert tally.rows[1].tied and tally.rows[2].tied and not tally.rows[0].tied
    assert tally.dots_cast == 10
    assert tally.dots_available == 12
    assert tally.rows[0].share == pytest.approx(0.6)
    assert tally.top_ids == ("m0",)
    assert [(d.participant_id, d.left) for d in tally.dots_left] == [("p02", 1), ("p03", 1)]
    assert [w.key for w in tally.warnings] == ["plan.votes.dots_left"]


def test_tie_at_the_top_is_reported_not_broken() -> None:
    ws = voted(2, ["A", "B"], {"p00": {"m0": 3}, "p01": {"m1": 3}})
    tally = dot_tally(ws)
    assert tally.top_ids == ("m0", "m1")
    assert {r.rank for r in tally.rows} == {1}


def test_empty_inputs() -> None:
    tally = dot_tally(Workshop(id="ws"))
    assert tally.rows == ()
    assert tally.dots_cast == 0 and tally.dots_available == 0
    assert tally.top_ids == ()
    assert tally.warnings == ()


def test_problems_without_votes_are_listed_with_zero() -> None:
    ws = voted(1, ["A", "B"], {})
    tally = dot_tally(ws)
    assert [(r.score, r.rank, r.share) for r in tally.rows] == [(0, 1, 0.0), (0, 1, 0.0)]
    assert tally.top_ids == ()
    assert [(d.participant_id, d.used, d.left) for d in tally.dots_left] == [("p00", 0, 3)]


def test_single_participant() -> None:
    ws = voted(1, ["A", "B"], {"p00": {"m1": 3}})
    tally = dot_tally(ws)
    assert tally.top_ids == ("m1",)
    assert tally.dots_left == ()
    assert tally.rows[0].share == 1.0


def test_cap_and_limit_breaches_are_found_in_unchecked_votes() -> None:
    # A DotVoting on its own is not integrity-checked: the tally still reports breaches.
    vote = DotVoting(
        dots_per_person=3,
        cap_per_item=2,
        ballots=ballots({"p00": {"m0": 3}, "p01": {"m0": 2, "m1": 2}}),
    )
    tally = tally_dots(problems("A", "B"), vote, people(2))
    assert [(c.participant_id, c.problem_id, c.dots, c.cap) for c in tally.cap_violations] == [
        ("p00", "m0", 3, 2)
    ]
    assert [(o.participant_id, o.used, o.limit) for o in tally.over_limit] == [("p01", 4, 3)]
    assert {w.key for w in tally.warnings} == {
        "plan.votes.cap_exceeded",
        "plan.votes.too_many_dots",
    }


def test_totals_only_mode() -> None:
    vote = DotVoting(source="totals", totals={"m0": 17, "m1": 5, "zz": 9})
    tally = tally_dots(problems("Modal", "Perumahan"), vote, people(20))
    assert tally.source == "totals"
    assert [(r.item_id, r.score) for r in tally.rows] == [("m0", 17), ("m1", 5)]
    assert tally.dots_cast == 22  # the unknown id is ignored, not invented as a row
    assert tally.dots_left == () and tally.cap_violations == ()
    over = tally_dots(problems("Modal"), DotVoting(source="totals", totals={"m0": 7}), people(2))
    assert [w.key for w in over.warnings] == ["plan.votes.totals_over_room"]


def test_absent_participants_hold_no_dots() -> None:
    ps = (*people(2), people(3)[2].model_copy(update={"present": False}))
    tally = tally_dots((Problem(id="m0", title="A"),), DotVoting(), ps)
    assert tally.dots_available == 6
    assert len(tally.dots_left) == 2


def test_thirty_participants() -> None:
    rows = {f"p{i:02d}": {f"m{i % 3}": 3} for i in range(30)}
    tally = dot_tally(voted(30, ["A", "B", "C"], rows))
    assert [r.score for r in tally.rows] == [30, 30, 30]
    assert tally.top_ids == ("m0", "m1", "m2")

from __future__ import annotations

from pra.model import DotVoting
from pra.plan.robustness import dot_robustness, top_problem_robustness

from .factory import problems, voted


def test_clear_winner_holds() -> None:
    ws = voted(3, ["A", "B"], {"p00": {"m0": 3}, "p01": {"m0": 3}, "p02": {"m1": 2}})
    r = top_problem_robustness(ws)
    assert r.status == "holds"
    assert r.top_ids == ("m0",)
    assert r.note.text("en") == (
        'The top problem, "A", stays on top whichever single ballot is removed.'
    )


def test_narrow_winner_depends_on_one_ballot_and_names_no_one() -> None:
    ws = voted(3, ["A", "B"], {"p00": {"m0": 3}, "p01": {"m1": 2}, "p02": {"m0": 1}})
    r = top_problem_robustness(ws)
    assert r.status == "depends"
    assert r.fragile_ballots == 1  # only removing p00's ballot changes the top
    text = r.note.text("id")
    assert "bergantung pada satu suara" in text
    assert "Orang" not in text and "p00" not in text


def test_tied_and_empty() -> None:
    assert top_problem_robustness(voted(2, ["A", "B"], {})).status == "no_votes"
    tied = top_problem_robustness(voted(2, ["A", "B"], {"p00": {"m0": 1}, "p01": {"m1": 1}}))
    assert tied.status == "tied"
    assert tied.top_ids == ("m0", "m1")
    assert tied.note.text("en") == "The top problem is still tied: A, B."


def test_single_ballot_always_depends() -> None:
    r = top_problem_robustness(voted(1, ["A"], {"p00": {"m0": 2}}))
    assert (r.status, r.fragile_ballots) == ("depends", 1)


def test_totals_mode_compares_lead_with_one_ballot() -> None:
    ps = problems("Modal", "Perumahan")
    far = dot_robustness(ps, DotVoting(source="totals", totals={"m0": 17, "m1": 5}))
    assert far.status == "holds"
    near = dot_robustness(ps, DotVoting(source="totals", totals={"m0": 8, "m1": 5}))
    assert near.status == "may_depend"
    capped = dot_robustness(
        ps, DotVoting(source="totals", cap_per_item=1, totals={"m0": 8, "m1": 6})
    )
    assert capped.status == "holds"  # one ballot moves at most one dot

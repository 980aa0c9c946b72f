"""The integrity rules, as behaviour: break one thing, get exactly one clear finding.

Each finding carries a catalogue key (the sentence a user reads), its parameters
and the place in the document, so these tests check all three.
"""

from __future__ import annotations

from typing import Any

import pytest

from pra.i18n import t
from pra.model import Workshop, check
from tests.model.build import Data, base, findings, group, keys


def test_the_base_workshop_is_valid() -> None:
    ws = Workshop.model_validate(base())
    assert check(ws) == []
    assert findings(base()) == []


# --- unique ids ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "record"),
    [
        (("participants",), {"id": "ws", "name": "Eka"}),
        (("problems",), {"id": "p1", "title": "Air bersih"}),
        (("criteria",), {"id": "n1", "name": "Pasar"}),
        (("groups", 0, "steps"), {"id": "p1", "title": "Promosi"}),
        (("groups", 0, "success"), {"id": "g1", "text": "sehat"}),
        (("groups", 0, "swot", "strengths"), {"id": "sw1", "text": "pesaing"}),
        (("groups", 0, "pledges"), {"id": "g1", "participant_id": "p2"}),
        (("groups", 0, "capital", "budget"), {"id": "s2", "item": "Benang"}),
        (("groups", 0, "capital", "deductions"), {"id": "d1", "label": "Saham", "amount": 5000}),
        (
            ("groups", 0, "calendar", "blackouts"),
            {"id": "ws", "label": "Panen", "start": "2024-07-01", "end": "2024-07-31"},
        ),
    ],
)
def test_an_id_used_twice_anywhere_is_reported_once_at_its_second_use(
    path: tuple[Any, ...], record: Data
) -> None:
    data = base()
    node: Any = data
    for part in path:
        node = node[part]
    node.append(record)
    found = findings(data)
    assert [(f.key, dict(f.params)) for f in found] == [
        ("integrity.duplicate_id", {"id": record["id"]})
    ]
    assert found[0].loc == (*path, len(node) - 1, "id")


def test_the_workshop_id_is_in_the_same_id_space() -> None:
    data = base()
    data["problems"].append({"id": "ws", "title": "Sampah"})
    assert keys(data) == ["integrity.duplicate_id"]


# --- every reference resolves -------------------------------------------------------------------


def _set(data: Data, path: tuple[Any, ...], value: Any) -> None:
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


@pytest.mark.parametrize(
    ("path", "value", "key", "loc"),
    [
        (
            ("skills", 0, "holder_ids"),
            ["p1", "ghost"],
            "no_participant",
            ("skills", 0, "holder_ids", 1),
        ),
        (("needs", 0, "problem_ids"), ["ghost"], "no_problem", ("needs", 0, "problem_ids", 0)),
        (("ideas", 0, "skill_ids"), ["ghost"], "no_skill", ("ideas", 0, "skill_ids", 0)),
        (("ideas", 0, "scores"), {"ghost": 3}, "no_criterion", ("ideas", 0, "scores", "ghost")),
        (
            ("voting", "dots", "ballots", 0, "participant_id"),
            "ghost",
            "no_participant",
            ("voting", "dots", "ballots", 0, "participant_id"),
        ),
        (
            ("voting", "dots", "ballots", 0, "dots"),
            {"ghost": 1},
            "no_problem",
            ("voting", "dots", "ballots", 0, "dots", "ghost"),
        ),
        (("voting", "priority_id"), "ghost", "no_problem", ("voting", "priority_id")),
        (("groups", 0, "idea_id"), "ghost", "no_idea", ("groups", 0, "idea_id")),
        (
            ("groups", 0, "pledges", 0, "participant_id"),
            "ghost",
            "no_participant",
            ("groups", 0, "pledges", 0, "participant_id"),
        ),
        (
            ("groups", 0, "steps", 0, "responsible_ids"),
            ["ghost"],
            "no_participant",
            ("groups", 0, "steps", 0, "responsible_ids", 0),
        ),
        (
            ("groups", 0, "steps", 1, "depends_on"),
            ["ghost"],
            "no_step",
            ("groups", 0, "steps", 1, "depends_on", 0),
        ),
        (
            ("groups", 0, "capital", "first_round_ids"),
            ["p1", "p4"],
            "not_member",
            ("groups", 0, "capital", "first_round_ids", 1),
        ),
    ],
)
def test_a_reference_to_nothing_is_reported_where_it_is(
    path: tuple[Any, ...], value: Any, key: str, loc: tuple[Any, ...]
) -> None:
    data = base()
    _set(data, path, value)
    found = findings(data)
    assert [(f.key, f.loc) for f in found] == [(f"integrity.{key}", loc)]
    ref = "ghost" if key != "not_member" else "p4"
    assert found[0].params == {"ref": ref}


def test_a_member_who_is_not_a_participant_is_reported() -> None:
    data = base()
    group(data)["member_ids"].append("ghost")
    found = findings(data)
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        ("integrity.no_participant", ("groups", 0, "member_ids", 3), {"ref": "ghost"})
    ]


def test_a_participant_in_two_groups_is_reported_with_the_first_group() -> None:
    data = base()
    data["groups"].append({"id": "g2", "name": "Kelompok Dua", "member_ids": ["p4", "p2"]})
    found = findings(data)
    assert [(f.key, f.loc) for f in found] == [
        ("integrity.member_twice", ("groups", 1, "member_ids", 1))
    ]
    assert found[0].params == {"ref": "p2", "group": "Kelompok Uji"}


@pytest.mark.parametrize("role", ["chair", "secretary", "treasurer"])
def test_an_officer_must_be_a_member(role: str) -> None:
    data = base()
    group(data)[f"{role}_id"] = "p4"  # a participant, but not in this group
    found = findings(data)
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        ("integrity.officer_not_member", ("groups", 0, f"{role}_id"), {"ref": "p4"})
    ]


def test_references_are_by_id_so_reordering_breaks_nothing() -> None:
    data = base()
    for name in ("participants", "problems"):
        data[name].reverse()
    group(data)["steps"].reverse()
    assert findings(data) == []


# --- dots within the agreed limits -------------------------------------------------------------


def test_more_dots_than_a_person_has_is_reported() -> None:
    data = base()
    data["voting"]["dots"]["ballots"][0]["dots"] = {"m1": 2, "m2": 1, "m3": 1}
    found = findings(data)
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        (
            "integrity.too_many_dots",
            ("voting", "dots", "ballots", 0, "dots"),
            {"dots": 4, "limit": 3},
        )
    ]


def test_exactly_the_dots_a_person_has_is_fine() -> None:
    data = base()
    data["voting"]["dots"]["ballots"][1]["dots"] = {"m1": 1, "m2": 1, "m3": 1}
    assert findings(data) == []


def test_more_dots_on_one_problem_than_the_cap_is_reported() -> None:
    data = base()
    data["voting"]["dots"]["ballots"][0]["dots"] = {"m1": 3}
    found = findings(data)
    assert [(f.key, dict(f.params)) for f in found] == [
        ("integrity.over_cap", {"dots": 3, "cap": 2})
    ]
    assert found[0].loc == ("voting", "dots", "ballots", 0, "dots", "m1")


def test_without_a_cap_all_dots_may_go_on_one_problem() -> None:
    data = base()
    data["voting"]["dots"]["cap_per_item"] = None
    data["voting"]["dots"]["ballots"][0]["dots"] = {"m1": 3}
    assert findings(data) == []


def test_a_second_ballot_from_one_person_is_reported() -> None:
    data = base()
    data["voting"]["dots"]["ballots"].append({"participant_id": "p1", "dots": {"m3": 1}})
    found = findings(data)
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        (
            "integrity.second_ballot",
            ("voting", "dots", "ballots", 2, "participant_id"),
            {"ref": "p1"},
        )
    ]


def _totals(data: Data, totals: dict[str, int]) -> Data:
    dots = data["voting"]["dots"]
    dots.update(source="totals", ballots=[], totals=totals, cap_per_item=None)
    return data


def test_paper_totals_up_to_the_rooms_dots_are_fine() -> None:
    # 4 participants x 3 dots = 12 dots in the room
    assert findings(_totals(base(), {"m1": 6, "m2": 4, "m3": 2})) == []


def test_paper_totals_over_the_rooms_dots_are_reported() -> None:
    found = findings(_totals(base(), {"m1": 7, "m2": 4, "m3": 2}))
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        ("integrity.totals_over_room", ("voting", "dots", "totals"), {"dots": 13, "limit": 12})
    ]


def test_paper_totals_over_the_cap_times_the_room_are_reported() -> None:
    # 4 participants, at most 1 dot each on one problem: 5 dots on m1 cannot be
    data = _totals(base(), {"m1": 5, "m2": 4})
    data["voting"]["dots"]["cap_per_item"] = 1
    found = findings(data)
    assert [(f.key, f.loc, dict(f.params)) for f in found] == [
        ("integrity.over_cap", ("voting", "dots", "totals", "m1"), {"dots": 5, "cap": 4})
    ]
    data["voting"]["dots"]["totals"]["m1"] = 4
    assert findings(data) == []


def test_paper_totals_for_a_missing_problem_are_reported() -> None:
    found = findings(_totals(base(), {"m1": 1, "ghost": 1}))
    assert [(f.key, f.loc) for f in found] == [
        ("integrity.no_problem", ("voting", "dots", "totals", "ghost"))
    ]


def test_the_surabaya_paper_vote_is_within_the_room() -> None:
    from tests.model.test_examples import example_data

    data = example_data("surabaya")
    dots = data["voting"]["dots"]
    assert dots["source"] == "totals"
    assert findings(data) == []
    room = dots["dots_per_person"] * len(data["participants"])
    smallest = min(dots["totals"], key=dots["totals"].__getitem__)
    dots["totals"][smallest] += room - sum(dots["totals"].values()) + 1
    assert keys(data) == ["integrity.totals_over_room"]


# --- pairwise ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "key"),
    [
        ({"a": "m2", "b": "m2", "winner": "m2"}, "integrity.pair_with_itself"),
        ({"a": "m2", "b": "m3", "winner": "m1"}, "integrity.winner_not_in_pair"),
        ({"a": "m2", "b": "m1", "winner": "m2"}, "integrity.pair_twice"),
        ({"a": "m2", "b": "ghost", "winner": "m2"}, "integrity.no_problem"),
    ],
)
def test_pairwise_rules(choice: dict[str, str], key: str) -> None:
    data = base()
    data["voting"]["pairwise"].append(choice)
    found = findings(data)
    assert [f.key for f in found] == [key]
    assert found[0].loc[:3] == ("voting", "pairwise", 2)


def test_the_pair_twice_rule_ignores_the_order_within_the_pair() -> None:
    data = base()
    data["voting"]["pairwise"].append({"a": "m3", "b": "m2", "winner": "m2"})
    assert findings(data) == []
    data["voting"]["pairwise"].append({"a": "m2", "b": "m3", "winner": "m3"})
    assert keys(data) == ["integrity.pair_twice"]


# --- steps: no cycle ---------------------------------------------------------------------------


def test_a_step_depending_on_itself_is_reported_and_is_not_a_cycle() -> None:
    data = base()
    group(data)["steps"][1]["depends_on"] = ["s1", "s2"]
    found = findings(data)
    assert [(f.key, f.loc) for f in found] == [
        ("integrity.depends_on_itself", ("groups", 0, "steps", 1, "depends_on", 1))
    ]


def test_a_cycle_names_every_step_in_it_in_order() -> None:
    data = base()
    group(data)["steps"][0]["depends_on"] = ["s3"]  # s1 -> s3 -> s1 (and s3 -> s2 -> s1)
    found = findings(data)
    assert [f.key for f in found] == ["integrity.step_cycle"]
    names = str(found[0].params["steps"]).split(" → ")
    assert names[0] == names[-1]
    assert set(names) <= {"Beli mesin", "Latihan", "Jual"}
    assert len(names) >= 3
    assert found[0].loc[:3] == ("groups", 0, "steps")
    sentence = t(found[0].key, lang="id", **found[0].params)
    assert "Beli mesin" in sentence and "Jual" in sentence


def test_a_long_cycle_is_found_without_recursion_limits() -> None:
    from pra.model.integrity import find_cycle

    n = 5000  # more than a group may hold (pra.model.bounds): the search itself
    chain = {f"x{i}": [f"x{i - 1}"] if i else [] for i in range(n)}
    assert find_cycle(chain) == []
    chain["x0"] = [f"x{n - 1}"]
    assert len(find_cycle(chain)) == n


def test_a_cycle_through_a_group_of_many_steps_is_named() -> None:
    n = 100
    data = base()
    steps = [
        {"id": f"x{i}", "title": f"Langkah {i}", "depends_on": [f"x{i - 1}"] if i else []}
        for i in range(n)
    ]
    group(data)["steps"] = steps
    assert findings(data) == []
    steps[0]["depends_on"] = [f"x{n - 1}"]
    found = findings(data)
    assert [f.key for f in found] == ["integrity.step_cycle"]
    assert str(found[0].params["steps"]).count(" → ") == n


def test_a_cycle_in_a_real_group_names_its_real_steps() -> None:
    from tests.model.test_examples import example_data

    data = example_data("palembang")
    steps = group(data)["steps"]
    last, first = steps[-1], steps[0]
    assert last["depends_on"], "the example's last step depends on an earlier one"
    first["depends_on"] = [last["id"]]
    found = findings(data)
    assert [f.key for f in found] == ["integrity.step_cycle"]
    text = str(found[0].params["steps"])
    assert first["title"] in text and last["title"] in text


def test_dependencies_across_groups_do_not_resolve() -> None:
    data = base()
    data["groups"].append(
        {"id": "g2", "name": "Kelompok Dua", "steps": [{"id": "t1", "title": "Mulai"}]}
    )
    group(data)["steps"][0]["depends_on"] = ["t1"]
    assert keys(data) == ["integrity.no_step"]


# --- several problems at once ------------------------------------------------------------------


def test_every_problem_of_a_document_is_reported_in_document_order() -> None:
    data = base()
    data["participants"][3]["id"] = "p1"
    data["voting"]["priority_id"] = "ghost"
    group(data)["steps"][0]["depends_on"] = ["s3"]
    group(data)["chair_id"] = "p9"
    assert keys(data) == [
        "integrity.duplicate_id",
        "integrity.no_problem",
        "integrity.officer_not_member",
        "integrity.step_cycle",
    ]


def test_every_finding_key_has_a_sentence_in_both_languages() -> None:
    import re
    from pathlib import Path

    import pra.model.integrity as integrity
    from pra.i18n import catalogue

    used = set(re.findall(r'"(integrity\.[a-z_]+)"', Path(integrity.__file__).read_text("utf-8")))
    assert len(used) >= 15
    for lang in ("id", "en"):
        assert used <= set(catalogue(lang)), used - set(catalogue(lang))

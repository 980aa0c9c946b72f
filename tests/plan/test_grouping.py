from __future__ import annotations

from collections.abc import Sequence

import pytest

from pra.model import BusinessGroup, BusinessIdea, Institution, Participant, Skill, Workshop
from pra.plan.grouping import suggest_groups
from pra.plan.potential_map import (
    group_institutions,
    group_skills,
    neighbouring,
    potential_graph,
    rt_number,
)

NBSP = "\u00a0"


def person(i: int, rt: str, present: bool = True) -> Participant:
    return Participant(id=f"p{i:02d}", name=f"Orang {i}", rt=rt, present=present)


def workshop(
    ps: Sequence[Participant],
    skills: dict[str, Sequence[int]],
    ideas: dict[str, Sequence[str]],
    groups: Sequence[BusinessGroup] = (),
) -> Workshop:
    skill_ids = {name: f"sk-{i}" for i, name in enumerate(skills)}
    return Workshop(
        id="ws",
        participants=tuple(ps),
        skills=tuple(
            Skill(id=skill_ids[name], name=name, holder_ids=tuple(f"p{i:02d}" for i in who))
            for name, who in skills.items()
        ),
        ideas=tuple(
            BusinessIdea(id=f"id-{i}", name=name, skill_ids=tuple(skill_ids[s] for s in needs))
            for i, (name, needs) in enumerate(ideas.items())
        ),
        groups=tuple(groups),
    )


def surabaya_like() -> Workshop:
    """Tailors in RT 10/11, cake makers in RT 13, builders spread out; one absent; one without skills."""
    ps = [person(i, rt) for i, rt in enumerate(["10"] * 4 + ["11"] * 3 + ["13"] * 6 + ["02"] * 3)]
    ps.append(person(16, "10", present=False))
    ps.append(person(17, "12"))
    return workshop(
        ps,
        {
            "menjahit": [0, 1, 2, 3, 4, 5, 6, 16],
            "membuat kue": [2, 7, 8, 9, 10, 11, 12],
            "bangunan": [13, 14, 15],
        },
        {
            "Penjahit": ["menjahit"],
            "Kue": ["membuat kue"],
            "Pertukangan": ["bangunan"],
        },
    )


def test_groups_follow_skills_and_neighbourhood() -> None:
    s = suggest_groups(surabaya_like())
    by_idea = {g.idea_name: g for g in s.groups}
    assert set(by_idea) == {"Penjahit", "Kue"}
    assert by_idea["Penjahit"].member_ids == ("p00", "p01", "p02", "p03", "p04", "p05", "p06")
    assert by_idea["Penjahit"].explanation.text("id") == "RT 10, 11; menjahit"
    assert by_idea["Kue"].member_ids == ("p07", "p08", "p09", "p10", "p11", "p12")
    assert by_idea["Kue"].explanation.text("en") == "RT 13; membuat kue"
    # three builders are too few for a KUBE: the idea is set aside, they are left over
    assert [w.text("id") for w in s.warnings] == [
        'Usaha "Pertukangan" belum diusulkan: baru 3 peserta yang cocok,'
        " sedangkan KUBE paling sedikit 5 rumah tangga."
    ]
    assert s.leftover_ids == ("p13", "p14", "p15", "p17")


def test_people_of_a_set_aside_idea_are_matched_again() -> None:
    ws = workshop(
        [person(i, "01") for i in range(9)],
        {"menjahit": range(5), "membuat kue": [5, 6, 7, 8], "berdagang": [5, 6, 7, 8]},
        {"Kue": ["membuat kue"], "Warung": ["berdagang"]},
    )
    s = suggest_groups(ws, min_size=5)
    # the four cake makers also trade; on the tie they go to Kue, listed first, so nobody is
    # left for Warung (four have its skill: not "nobody has it"); Kue then has only four and
    # is set aside too
    assert s.groups == ()
    assert [w.key for w in s.warnings] == ["plan.grouping.none_free", "plan.grouping.too_few"]
    assert s.warnings[0].params["count"] == 4
    assert s.leftover_ids == tuple(f"p{i:02d}" for i in range(9))
    ws2 = workshop(
        [person(i, "01") for i in range(9)],
        {"membuat kue": [0, 1, 2, 3, 4], "berdagang": [3, 4, 5, 6, 7]},
        {"Kue": ["membuat kue"], "Warung": ["berdagang", "membuat kue"]},
    )
    s2 = suggest_groups(ws2, ["id-0", "id-1"], min_size=3)
    # p03 and p04 hold both skills and fit "Warung" best; Kue keeps three
    assert [(g.idea_name, g.member_ids) for g in s2.groups] == [
        ("Kue", ("p00", "p01", "p02")),
        ("Warung", ("p03", "p04", "p05", "p06", "p07")),
    ]
    assert s2.leftover_ids == ("p08",)


def test_nobody_is_placed_twice_and_absent_people_are_not_placed() -> None:
    s = suggest_groups(surabaya_like())
    placed = [m for g in s.groups for m in g.member_ids]
    assert len(placed) == len(set(placed))
    assert "p16" not in placed and "p16" not in s.leftover_ids


def test_person_with_two_fitting_skills_goes_to_the_better_fit_then_the_first_idea() -> None:
    ws = workshop(
        [person(i, "01") for i in range(6)],
        {"menjahit": [0, 1, 2, 3, 4, 5], "membuat kue": [0, 5]},
        {"Kue": ["membuat kue", "menjahit"], "Penjahit": ["menjahit"]},
    )
    s = suggest_groups(ws, ["id-1", "id-0"], min_size=2)
    by_idea = {g.idea_id: g for g in s.groups}
    assert by_idea["id-0"].member_ids == ("p00", "p05")  # they hold both of its skills
    assert by_idea["id-1"].member_ids == ("p01", "p02", "p03", "p04")


def test_large_idea_is_split_along_rts() -> None:
    ps = [person(i, f"{1 + i // 5:02d}") for i in range(30)]
    ws = workshop(ps, {"menjahit": range(30)}, {"Penjahit": ["menjahit"]})
    s = suggest_groups(ws)
    assert [len(g.member_ids) for g in s.groups] == [10, 10, 10]
    assert [g.rts for g in s.groups] == [("01", "02"), ("03", "04"), ("05", "06")]
    assert [g.number for g in s.groups] == [1, 2, 3]


def test_too_many_for_one_group_but_too_few_for_two() -> None:
    ws = workshop(
        [person(i, "05" if i < 8 else "09") for i in range(11)],
        {"menjahit": range(11)},
        {"Penjahit": ["menjahit"]},
    )
    s = suggest_groups(ws, min_size=6, max_size=10)
    assert len(s.groups) == 1 and len(s.groups[0].member_ids) == 10
    assert s.leftover_ids == ("p10",)  # the farthest from the main RT, listed last
    assert s.groups[0].rts == ("05", "09")


def test_empty_single_and_unskilled() -> None:
    assert suggest_groups(Workshop(id="ws")).groups == ()
    ws1 = workshop([person(0, "01")], {"menjahit": [0]}, {"Jahit": ["menjahit"]})
    one = suggest_groups(ws1)
    assert one.groups == () and one.leftover_ids == ("p00",)
    assert [w.key for w in one.warnings] == ["plan.grouping.too_few"]
    alone = suggest_groups(ws1, min_size=1)
    assert [g.member_ids for g in alone.groups] == [("p00",)]
    with pytest.raises(ValueError):
        suggest_groups(ws1, min_size=6, max_size=5)
    none = suggest_groups(
        workshop([person(0, "01")], {"menjahit": []}, {"Jahit": ["menjahit"], "Lain": []})
    )
    assert none.groups == () and none.leftover_ids == ("p00",)
    assert [w.key for w in none.warnings] == ["plan.grouping.no_skills", "plan.grouping.nobody"]


def test_members_of_existing_groups_are_left_alone() -> None:
    base = surabaya_like()
    ws = Workshop(
        id="ws",
        participants=base.participants,
        skills=base.skills,
        ideas=base.ideas,
        groups=(BusinessGroup(id="g", name="Sudah", member_ids=("p00", "p01")),),
    )
    s = suggest_groups(ws)
    placed = {m for g in s.groups for m in g.member_ids}
    assert not placed & {"p00", "p01"}


def test_deterministic() -> None:
    assert suggest_groups(surabaya_like()) == suggest_groups(surabaya_like())


def test_rt_helpers() -> None:
    assert rt_number("RT 07") == 7 and rt_number("") is None
    assert neighbouring("10", "11") and neighbouring("RT 3", "03")
    assert not neighbouring("10", "12") and not neighbouring("Blok A", "Blok B")


def test_potential_graph_and_group_views() -> None:
    ws = surabaya_like().model_copy(
        update={
            "institutions": (
                Institution(id="i1", name="arisan", importance=3, closeness=5),
                Institution(id="i2", name="posyandu", importance=5, closeness=2),
                Institution(id="i3", name="yasinan", importance=3, closeness=4),
            )
        }
    )
    g = potential_graph(ws)
    assert g.nodes["skill:sk-0"]["name"] == "menjahit"
    assert g.has_edge("participant:p02", "skill:sk-1")
    assert g.has_edge("rt:10", "rt:11") and not g.has_edge("rt:11", "rt:13")
    assert g.has_edge("idea:id-0", "skill:sk-0")
    group = BusinessGroup(id="g", name="G", member_ids=("p02", "p03", "p07"))
    skills = group_skills(ws, group)
    assert [(s.name, s.holder_ids) for s in skills] == [
        ("menjahit", ("p02", "p03")),
        ("membuat kue", ("p02", "p07")),
    ]
    assert [i.name for i in group_institutions(ws, group)] == ["posyandu", "arisan", "yasinan"]
    assert group_skills(ws, BusinessGroup(id="e", name="E")) == ()


def test_an_idea_a_group_already_carries_out_is_not_said_to_be_unproposed() -> None:
    """review10t finding 9: "Usaha "Menjahit pakaian" belum diusulkan …" while Kelompok Jaya
    Bersama has ``idea_id: idea-jahit``. The link is the idea's id, as the file holds it."""
    base = surabaya_like()
    tailors = ("p00", "p01", "p02", "p03", "p04", "p05", "p06")

    def with_group(idea_id: str | None) -> Workshop:
        group = BusinessGroup(id="g", name="Kelompok Jarum", member_ids=tailors, idea_id=idea_id)
        return base.model_copy(update={"groups": (group,)})

    unlinked = suggest_groups(with_group(None))
    assert ("plan.grouping.none_free", "Penjahit") in [
        (w.key, w.params["idea"]) for w in unlinked.warnings
    ]
    linked = suggest_groups(with_group("id-0"))  # Penjahit
    assert [w.params["idea"] for w in linked.warnings if w.params.get("idea") == "Penjahit"] == []
    assert [g.idea_name for g in linked.groups] == [g.idea_name for g in unlinked.groups]

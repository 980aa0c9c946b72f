"""Moving members between groups takes everything tied to the old group with it."""

from __future__ import annotations

import pytest

from pra.edit import groups
from pra.edit.base import revalidate
from pra.edit.steps import remove_step
from pra.errors import PraError
from pra.model import Workshop
from pra.resources import example_path

TRI_ASTHA = "g-tri-astha"


def yogyakarta() -> Workshop:
    return Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))


def test_first_round_borrower_can_leave_the_group() -> None:
    ws = yogyakarta()
    assert "p-04" in ws.groups[0].capital.first_round_ids
    moved = groups.assign_member(ws, "p-04", None)
    group = moved.groups[0]
    assert "p-04" not in group.member_ids
    assert "p-04" not in group.capital.first_round_ids
    assert len(group.capital.first_round_ids) == len(ws.groups[0].capital.first_round_ids) - 1


def test_first_round_borrower_can_move_to_another_group() -> None:
    ws = groups.add_group(yogyakarta(), "Kelompok Baru")
    new = ws.groups[-1].id
    moved = groups.assign_member(ws, "p-04", new)
    assert moved.group(new) is not None and moved.group(new).member_ids == ("p-04",)  # type: ignore[union-attr]
    assert "p-04" not in moved.groups[0].capital.first_round_ids


def test_accepting_a_suggestion_drops_borrowers_who_leave() -> None:
    ws = yogyakarta()
    keep = [m for m in ws.groups[0].member_ids if m != "p-04"]
    moved = groups.apply_membership(ws, {TRI_ASTHA: keep})
    assert moved.groups[0].member_ids == tuple(keep)
    assert "p-04" not in moved.groups[0].capital.first_round_ids


def test_refusal_names_people_not_ids() -> None:
    ws = yogyakarta()
    group = ws.groups[0]
    name = next(p.name for p in ws.participants if p.id == "p-04")
    members = tuple(m for m in group.member_ids if m != "p-04")
    broken = ws.model_copy(update={"groups": (group.model_copy(update={"member_ids": members}),)})
    with pytest.raises(PraError) as caught:
        revalidate(broken)
    text = str(caught.value)
    assert f'"{name}"' in text
    assert '"p-04"' not in text


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_moved_member_leaves_pledge_and_responsibilities_behind() -> None:
    ws = palembang()
    sedap, jaya = ws.groups
    assert any(p.participant_id == "p-01" for p in sedap.pledges)
    assert sum("p-01" in s.responsible_ids for s in sedap.steps) == 3
    moved = groups.assign_member(ws, "p-01", jaya.id)
    old, new = moved.groups
    assert "p-01" not in old.member_ids and new.member_ids[-1] == "p-01"
    assert all(p.participant_id != "p-01" for p in old.pledges)
    assert len(old.pledges) == len(sedap.pledges) - 1
    assert all("p-01" not in s.responsible_ids for s in old.steps)
    # the other members' responsibilities and the new group are untouched
    others = [tuple(r for r in s.responsible_ids if r != "p-01") for s in sedap.steps]
    assert [s.responsible_ids for s in old.steps] == others
    assert new.pledges == jaya.pledges and new.steps == jaya.steps
    # the old group's own contribution no longer counts her promise
    assert sum(p.value or 0 for p in old.pledges) < sum(p.value or 0 for p in sedap.pledges)


def test_accepting_a_suggestion_drops_pledges_of_those_who_leave() -> None:
    ws = palembang()
    sedap = ws.groups[0]
    keep = [m for m in sedap.member_ids if m != "p-02"]
    moved = groups.apply_membership(ws, {sedap.id: keep})
    assert all(p.participant_id != "p-02" for p in moved.groups[0].pledges)
    assert all("p-02" not in s.responsible_ids for s in moved.groups[0].steps)


def test_member_staying_keeps_everything() -> None:
    ws = palembang()
    sedap = ws.groups[0]
    again = groups.apply_membership(ws, {sedap.id: list(sedap.member_ids)})
    assert again.groups == ws.groups


def test_assigning_to_her_own_group_changes_nothing() -> None:
    ws = palembang()
    again = groups.assign_member(ws, "p-01", ws.groups[0].id)
    assert again.groups == ws.groups


def test_a_chair_back_in_the_group_he_left_gets_all_of_it_back() -> None:
    """Issue #12 (rev14): Enter round the groups took a chair's office, pledge and steps and
    gave none back when he came home; rejoin gives back the group as he left it."""
    from tests.edit.conftest import palembang

    ws = palembang()
    home = next(g for g in ws.groups if g.chair_id is not None and len(ws.groups) > 1)
    chair = home.chair_id
    assert chair is not None
    other = next(g for g in ws.groups if g.id != home.id)
    away = groups.assign_member(ws, chair, other.id)
    assert away.group(home.id).chair_id is None  # type: ignore[union-attr]
    back = groups.rejoin(away, chair, home)
    assert back is not None
    assert (back.role, back.role_holder, back.steps_gone) == ("chair", None, 0)
    assert back.workshop.group(home.id) == home
    assert chair not in back.workshop.group(other.id).member_ids  # type: ignore[union-attr]
    assert back.workshop == ws
    revalidate(back.workshop)


def test_rejoin_gives_back_what_is_still_free_after_unrelated_changes() -> None:
    """rev15-facil: any change to the group he left (another member's pledge, a success
    line) made him come back as a plain member, the group left without its ketua."""
    from tests.edit.conftest import palembang

    ws = palembang()
    home = ws.groups[-1]
    chair = home.chair_id
    assert chair is not None
    mine = [s.id for s in home.steps if chair in s.responsible_ids]
    away = groups.assign_member(ws, chair, ws.groups[0].id)
    changed = groups.update_group(away, home.id, name="Kelompok Lain")
    back = groups.rejoin(changed, chair, home)
    assert back is not None
    group = back.workshop.group(home.id)
    assert group is not None and group.name == "Kelompok Lain"
    assert group.chair_id == chair and back.role_holder is None
    assert group.pledges == home.pledges and group.steps == home.steps
    assert (back.pledges, back.steps) == (1, len(mine))
    revalidate(back.workshop)


def test_rejoin_leaves_a_taken_seat_and_deleted_steps_and_says_so() -> None:
    from tests.edit.conftest import palembang

    ws = palembang()
    home = ws.groups[-1]
    chair, secretary = home.chair_id, home.secretary_id
    assert chair is not None and secretary is not None
    mine = [s.id for s in home.steps if chair in s.responsible_ids]
    away = groups.assign_member(ws, chair, ws.groups[0].id)
    away = groups.set_officer(away, home.id, "chair", secretary)
    gone = mine[0]
    away = remove_step(away, home.id, gone)
    back = groups.rejoin(away, chair, home)
    assert back is not None
    group = back.workshop.group(home.id)
    assert group is not None
    assert group.chair_id == secretary and chair in group.member_ids
    assert (back.role, back.role_holder) == ("chair", secretary)
    assert (back.steps, back.steps_gone) == (len(mine) - 1, 1)
    assert [p for p in group.pledges if p.participant_id == chair]
    revalidate(back.workshop)

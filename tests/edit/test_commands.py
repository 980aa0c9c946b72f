"""Edit commands: pure, validated, and refusing with a catalogue sentence."""

from __future__ import annotations

import pytest

from pra.edit import base, groups, ideas, info, participants, potentials, problems, voting
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import palembang


def empty() -> Workshop:
    return Workshop(id="ws-test")


def test_next_id_is_deterministic_and_fresh() -> None:
    assert base.next_id([], "p") == "p-1"
    assert base.next_id(["p-1", "p-2", "p-4"], "p") == "p-3"


def test_add_participant_returns_new_value_and_keeps_old() -> None:
    ws = empty()
    new = participants.add_participant(ws, "  Ani  ")
    assert ws.participants == ()
    assert [p.name for p in new.participants] == ["Ani"]


def test_empty_name_is_refused_with_a_sentence() -> None:
    with pytest.raises(PraError) as caught:
        participants.add_participant(empty(), "   ")
    assert caught.value.key == "edit.invalid"


def test_removing_a_participant_removes_every_reference() -> None:
    ws = palembang()
    member = ws.groups[0].member_ids[0]
    new = participants.remove_participant(ws, member)
    assert new.participant(member) is None
    assert all(member not in g.member_ids for g in new.groups)
    assert all(b.participant_id != member for b in new.voting.dots.ballots)
    assert all(member not in s.holder_ids for s in new.skills)


def test_removing_a_problem_removes_its_votes_and_priority() -> None:
    ws = palembang()
    priority = ws.voting.priority_id
    assert priority is not None
    new = problems.remove_problem(ws, priority)
    assert new.voting.priority_id is None
    assert all(priority not in b.dots for b in new.voting.dots.ballots)


def test_dot_beyond_the_persons_dots_is_refused() -> None:
    ws = empty()
    ws = participants.add_participant(ws, "Ani")
    ws = problems.add_problem(ws, "Modal")
    ws = problems.add_problem(ws, "Rumah")
    ws = voting.set_dots_per_person(ws, 2)
    pid, (a, b) = ws.participants[0].id, [p.id for p in ws.problems]
    ws = voting.add_dot(voting.add_dot(ws, pid, a), pid, b)
    with pytest.raises(PraError) as caught:
        voting.add_dot(ws, pid, a)
    assert caught.value.key == "edit.dots_used_up"
    assert caught.value.params == {"name": "Ani", "limit": 2}


def test_dot_beyond_the_cap_per_problem_is_refused() -> None:
    ws = participants.add_participant(empty(), "Ani")
    ws = problems.add_problem(ws, "Modal")
    ws = voting.set_cap(ws, 1)
    pid, ref = ws.participants[0].id, ws.problems[0].id
    ws = voting.add_dot(ws, pid, ref)
    with pytest.raises(PraError) as caught:
        voting.add_dot(ws, pid, ref)
    assert caught.value.key == "edit.dots_cap"
    assert voting.remove_dot(ws, pid, ref).voting.dots.ballots == ()


def test_pairwise_answer_and_undo() -> None:
    ws = problems.add_problem(problems.add_problem(empty(), "A"), "B")
    a, b = (p.id for p in ws.problems)
    answered = voting.record_pair(ws, a, b, b)
    assert answered.voting.pairwise[0].winner == b
    assert voting.undo_last_pair(answered).voting.pairwise == ()
    with pytest.raises(PraError):
        voting.undo_last_pair(ws)


def test_dates_are_read_the_indonesian_way() -> None:
    ws = info.set_field(empty(), "date", "17-8-2025")
    assert info.field_text(ws, "date") == "17-08-2025"
    assert info.set_field(ws, "date", "2025-08-01").info.date is not None
    with pytest.raises(PraError) as caught:
        info.set_field(ws, "date", "31-02-2025")
    assert caught.value.key == "edit.bad_date"


def test_facilitators_and_place_fields() -> None:
    ws = info.set_field(empty(), "facilitators", "Ani, , Budi ")
    ws = info.set_field(ws, "village", "13 Ilir")
    assert ws.info.facilitators == ("Ani", "Budi")
    assert ws.info.place.village == "13 Ilir"


def test_skill_holders_toggle() -> None:
    ws = potentials.add_skill(participants.add_participant(empty(), "Ani"), "Menjahit")
    sid, pid = ws.skills[0].id, ws.participants[0].id
    ws = potentials.toggle_holder(ws, sid, pid)
    assert ws.skills[0].holder_ids == (pid,)
    assert potentials.toggle_holder(ws, sid, pid).skills[0].holder_ids == ()


def test_institution_ratings_stay_within_one_to_five() -> None:
    ws = potentials.add_institution(empty(), "Arisan", importance=5)
    iid = ws.institutions[0].id
    assert potentials.nudge_institution(ws, iid, "importance", 1).institutions[0].importance == 5


def test_matrix_score_and_criterion_removal() -> None:
    ws = ideas.add_criterion(ideas.add_idea(empty(), "Kue"), "Modal kecil")
    idea, crit = ws.ideas[0].id, ws.criteria[0].id
    ws = ideas.set_score(ws, idea, crit, 4)
    assert ws.ideas[0].scores == {crit: 4}
    assert ideas.remove_criterion(ws, crit).ideas[0].scores == {}
    with pytest.raises(PraError):
        ideas.set_score(ws, idea, crit, 6)


def test_member_moves_between_groups_and_loses_office() -> None:
    ws = participants.add_participant(empty(), "Ani")
    ws = groups.add_group(groups.add_group(ws, "Satu"), "Dua")
    pid, (g1, g2) = ws.participants[0].id, [g.id for g in ws.groups]
    ws = groups.set_officer(groups.assign_member(ws, pid, g1), g1, "chair", pid)
    assert ws.groups[0].chair_id == pid
    ws = groups.assign_member(ws, pid, g2)
    assert ws.groups[0].member_ids == () and ws.groups[0].chair_id is None
    assert ws.groups[1].member_ids == (pid,)


def test_officer_must_be_a_member() -> None:
    ws = groups.add_group(participants.add_participant(empty(), "Ani"), "Satu")
    with pytest.raises(PraError) as caught:
        groups.set_officer(ws, ws.groups[0].id, "chair", ws.participants[0].id)
    assert caught.value.key == "edit.officer_not_member"


def test_accepting_suggested_groups_creates_and_fills_them() -> None:
    ws = participants.add_participant(participants.add_participant(empty(), "Ani"), "Budi")
    a, b = (p.id for p in ws.participants)
    ws = groups.accept_groups(ws, [("Kue 1", None, [a]), ("Jahit 1", None, [b])])
    assert [(g.name, g.member_ids) for g in ws.groups] == [("Kue 1", (a,)), ("Jahit 1", (b,))]


def test_replace_group_revalidates() -> None:
    ws = groups.add_group(empty(), "Satu")
    with pytest.raises(PraError) as caught:
        base.replace_group(ws, ws.groups[0].id, member_ids=("nobody",))
    assert caught.value.key == "edit.invalid"
    with pytest.raises(PraError):
        base.replace_group(ws, "g-missing", name="x")


def test_fast_entry_reads_an_rt_after_a_comma() -> None:
    assert participants.parse_person("Rohani, 05") == participants.PersonEntry("Rohani", rt="05")
    assert participants.parse_person("  Budi ") == participants.PersonEntry("Budi")
    # an academic title right after the name stays part of it
    assert participants.parse_person("Haji Ahmad, S.Pd., 04").name == "Haji Ahmad, S.Pd."

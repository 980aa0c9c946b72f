"""Records are frozen and strict, ids are stable, and small and large groups both fit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from pra.model import (
    SCHEMA_VERSION,
    BusinessGroup,
    DotBallot,
    DotVoting,
    Id,
    Participant,
    Problem,
    ProblemVoting,
    Step,
    Workshop,
    check,
    new_id,
)
from pra.synthetic import maximal_workshop
from tests.model.build import base, findings, refused

ID = TypeAdapter(Id)


def test_records_are_frozen() -> None:
    ws = Workshop.model_validate(base())
    with pytest.raises(ValidationError):
        ws.id = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ws.participants[0].name = "Orang lain"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ws.groups[0].steps[0].cost = 1  # type: ignore[misc]
    assert isinstance(ws.participants, tuple)
    assert isinstance(ws.groups[0].member_ids, tuple)


def test_an_edit_is_a_new_value_and_the_old_one_is_unchanged() -> None:
    ws = Workshop.model_validate(base())
    before = ws.model_dump_json()
    renamed = ws.model_copy(
        update={"participants": (ws.participants[0].model_copy(update={"name": "Eka"}),)}
    )
    assert renamed.participants[0].name == "Eka"
    assert ws.model_dump_json() == before


def test_equal_documents_are_equal_values() -> None:
    assert Workshop.model_validate(base()) == Workshop.model_validate(base())


@pytest.mark.parametrize(
    "where",
    [(), ("participants", 0), ("groups", 0), ("groups", 0, "steps", 0), ("voting",)],
)
def test_unknown_fields_are_refused_everywhere(where: tuple[str | int, ...]) -> None:
    data = base()
    node: Any = data
    for part in where:
        node = node[part]
    node["nickname"] = "x"
    error = refused(data)
    assert [e["type"] for e in error.errors()] == ["extra_forbidden"]
    assert error.errors()[0]["loc"] == (*where, "nickname")


@pytest.mark.parametrize("version", [0, SCHEMA_VERSION + 1, 99])
def test_another_schema_version_is_refused(version: int) -> None:
    data = base()
    data["schema_version"] = version
    error = refused(data)
    assert error.errors()[0]["type"] == "schema_version"


def test_schema_version_is_written_first() -> None:
    ws = Workshop.model_validate(base())
    assert next(iter(ws.model_dump())) == "schema_version"
    assert ws.model_dump_json().startswith(f'{{"schema_version":{SCHEMA_VERSION},')


# --- ids ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["p", "pb", "g", "step"])
def test_new_ids_are_valid_ids_and_differ(prefix: str) -> None:
    made = {new_id(prefix) for _ in range(500)}
    assert len(made) == 500
    for value in made:
        assert ID.validate_python(value) == value
        assert re.fullmatch(rf"{prefix}-[0-9a-f]{{8}}", value)


@pytest.mark.parametrize(
    "bad", ["", "-p", ".p", "p 1", "p/1", "p\n", "p1\n", "ü", "a" * 65, "p:1", "p#1"]
)
def test_ids_are_short_plain_strings(bad: str) -> None:
    with pytest.raises(ValidationError):
        ID.validate_python(bad)


@pytest.mark.parametrize("good", ["p", "p-01", "prob.modal", "A_1", "9", "a" * 64])
def test_plain_ids_are_accepted(good: str) -> None:
    assert ID.validate_python(good) == good


def test_ids_survive_a_round_trip_unchanged() -> None:
    ws = maximal_workshop(participants=20, problems=8, groups=2, steps_per_group=6)
    again = Workshop.model_validate_json(ws.model_dump_json())
    assert [p.id for p in again.participants] == [p.id for p in ws.participants]
    assert [s.id for g in again.groups for s in g.steps] == [
        s.id for g in ws.groups for s in g.steps
    ]


def test_renaming_a_participant_keeps_every_reference() -> None:
    data = base()
    data["participants"][0]["name"] = "Nama Baru"
    ws = Workshop.model_validate(data)
    assert ws.groups[0].chair_id == "p1"
    assert ws.participant("p1") is not None
    assert ws.participant("p1").name == "Nama Baru"  # type: ignore[union-attr]


# --- sizes -------------------------------------------------------------------------------------


def _people(n: int) -> tuple[Participant, ...]:
    return tuple(Participant(id=f"p{i:02d}", name=f"Warga {i}") for i in range(n))


def test_a_group_of_thirty_members_is_valid() -> None:
    people = _people(30)
    ids = tuple(p.id for p in people)
    group = BusinessGroup(
        id="g1",
        name="Kelompok Besar",
        member_ids=ids,
        chair_id=ids[0],
        secretary_id=ids[1],
        treasurer_id=ids[29],
        steps=(Step(id="s1", title="Rapat", responsible_ids=ids),),
    )
    ws = Workshop(id="ws", participants=people, groups=(group,))
    assert len(ws.groups[0].member_ids) == 30
    assert check(ws) == []
    assert Workshop.model_validate_json(ws.model_dump_json()) == ws


def test_a_workshop_with_one_participant_is_valid() -> None:
    [person] = _people(1)
    ws = Workshop(
        id="ws",
        participants=(person,),
        problems=(Problem(id="m1", title="Modal"), Problem(id="m2", title="Rumah")),
        voting=ProblemVoting(
            dots=DotVoting(ballots=(DotBallot(participant_id=person.id, dots={"m1": 3}),)),
            priority_id="m1",
        ),
        groups=(
            BusinessGroup(id="g1", name="Sendiri", member_ids=(person.id,), chair_id=person.id),
        ),
    )
    assert check(ws) == []


def test_one_participant_has_the_dots_of_one_person_on_paper() -> None:
    data = base()
    data["participants"] = data["participants"][:1]
    data["voting"] = {"dots": {"source": "totals", "totals": {"m1": 3}}}
    data["skills"][0]["holder_ids"] = ["p1"]
    data["groups"] = []
    assert findings(data) == []
    data["voting"]["dots"]["totals"]["m2"] = 1
    assert [f.key for f in findings(data)] == ["integrity.totals_over_room"]


def test_an_empty_workshop_is_valid() -> None:
    ws = Workshop(id="ws")
    assert check(ws) == []
    assert Workshop.model_validate_json(ws.model_dump_json()) == ws


def test_step_and_blackout_dates_are_in_order() -> None:
    data = base()
    data["groups"][0]["steps"][0].update(start="2024-05-10", end="2024-05-01")
    refused(data)
    data = base()
    data["groups"][0]["steps"][0].update(end="2024-05-01")  # an end needs a start
    refused(data)
    data = base()
    data["groups"][0]["calendar"]["blackouts"][0].update(start="2024-05-10", end="2024-05-01")
    refused(data)

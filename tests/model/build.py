"""A small, complete workshop as JSON-ready data, and helpers to break it one rule at a time.

The integrity tests start from :func:`base` (valid: every kind of record and
every kind of reference is present), change one thing, and look at what the
model says. Working on plain data means the broken document goes through the
same validation a file goes through.
"""

from __future__ import annotations

import copy
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from pra.model import SCHEMA_VERSION, Finding, Workshop, findings_of

Data = dict[str, Any]


def base() -> Data:
    """A valid workshop touching every reference the model has."""
    return copy.deepcopy(_BASE)


_BASE: Data = {
    "schema_version": SCHEMA_VERSION,
    "id": "ws",
    "info": {"title": "Lokakarya uji", "place": {"city": "Kota Uji", "rt": "01", "rw": "02"}},
    "participants": [
        {"id": "p1", "name": "Ani Uji"},
        {"id": "p2", "name": "Budi Uji"},
        {"id": "p3", "name": "Citra Uji"},
        {"id": "p4", "name": "Dedi Uji"},
    ],
    "problems": [
        {"id": "m1", "title": "Modal", "category": "capital"},
        {"id": "m2", "title": "Pekerjaan", "category": "work"},
        {"id": "m3", "title": "Kesehatan", "category": "health"},
    ],
    "voting": {
        "method": "dots",
        "dots": {
            "dots_per_person": 3,
            "cap_per_item": 2,
            "source": "ballots",
            "ballots": [
                {"participant_id": "p1", "dots": {"m1": 2, "m2": 1}},
                {"participant_id": "p2", "dots": {"m1": 1, "m3": 1}},
            ],
        },
        "pairwise": [
            {"a": "m1", "b": "m2", "winner": "m1"},
            {"a": "m1", "b": "m3", "winner": "m3"},
        ],
        "priority_id": "m1",
    },
    "skills": [{"id": "k1", "name": "menjahit", "holder_ids": ["p1", "p2"]}],
    "institutions": [{"id": "i1", "name": "Posyandu"}],
    "resources": [{"id": "r1", "name": "Koperasi"}],
    "needs": [{"id": "n1", "text": "modal usaha", "problem_ids": ["m1"]}],
    "criteria": [{"id": "c1", "name": "Modal kecil", "weight": 2}],
    "ideas": [{"id": "u1", "name": "Jahit", "skill_ids": ["k1"], "scores": {"c1": 4}}],
    "groups": [
        {
            "id": "g1",
            "name": "Kelompok Uji",
            "idea_id": "u1",
            "member_ids": ["p1", "p2", "p3"],
            "chair_id": "p1",
            "secretary_id": "p2",
            "treasurer_id": "p3",
            "success": [{"id": "su1", "text": "tabungan"}],
            "swot": {"strengths": [{"id": "sw1", "text": "rajin"}]},
            "pledges": [{"id": "pl1", "participant_id": "p1", "kind": "money", "value": 50000}],
            "steps": [
                {"id": "s1", "title": "Beli mesin", "responsible_ids": ["p1"], "cost": 900000},
                {"id": "s2", "title": "Latihan", "depends_on": ["s1"]},
                {"id": "s3", "title": "Jual", "depends_on": ["s1", "s2"]},
            ],
            "calendar": {
                "blackouts": [
                    {"id": "b1", "label": "Lebaran", "start": "2024-04-08", "end": "2024-04-14"}
                ]
            },
            "capital": {
                "stimulus_per_member": 500000,
                "deductions": [{"id": "d1", "label": "Cadangan", "percent": 10}],
                "first_round_ids": ["p1", "p2"],
                "budget": [{"id": "bl1", "item": "Mesin jahit", "unit_price": 900000}],
            },
        }
    ],
}


def group(data: Data) -> Data:
    first: Data = data["groups"][0]
    return first


def findings(data: Data) -> list[Finding]:
    """The integrity findings validation reports for ``data`` (``[]`` when it is valid).

    A document that fails for another reason (a wrong type) is a test error:
    these tests are about the integrity rules.
    """
    try:
        Workshop.model_validate(data)
    except ValidationError as error:
        found = [f for entry in error.errors() for f in findings_of(entry)]
        assert found, f"not an integrity error: {error}"
        return found
    return []


def keys(data: Data) -> list[str]:
    return [f.key for f in findings(data)]


def refused(data: Data) -> ValidationError:
    """The validation error ``data`` must raise."""
    try:
        Workshop.model_validate(data)
    except ValidationError as error:
        return error
    raise AssertionError("the model accepted invalid data")


def record_classes(cls: type[BaseModel]) -> set[type[BaseModel]]:
    """``cls`` and every record class reachable from its fields (for tests that cover them all)."""
    seen: set[type[BaseModel]] = set()
    stack: list[Any] = [cls]
    while stack:
        annotation = stack.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                continue
            seen.add(annotation)
            stack.extend(field.annotation for field in annotation.model_fields.values())
        else:
            stack.extend(get_args(annotation))
    return seen

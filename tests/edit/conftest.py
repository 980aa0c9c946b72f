"""Fixtures for the group-step edit tests: the Palembang example and an empty group."""

from __future__ import annotations

import pytest

from pra.edit import groups, participants
from pra.model import Workshop
from pra.resources import example_path

SEDAP = "g-sedap-malam"


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


@pytest.fixture
def ws() -> Workshop:
    return palembang()


@pytest.fixture
def fresh() -> tuple[Workshop, str, list[str]]:
    """A workshop with one empty group of three members: (workshop, group id, member ids)."""
    w = Workshop(id="ws-test")
    for name in ("Ani", "Budi", "Citra", "Dewi"):
        w = participants.add_participant(w, name)
    w = groups.add_group(w, "Kelompok Uji")
    gid = w.groups[0].id
    members = [p.id for p in w.participants[:3]]
    for pid in members:
        w = groups.assign_member(w, pid, gid)
    return w, gid, members

"""Fixtures for the group-step edit tests: the Palembang example and an empty group."""

from __future__ import annotations

import pytest

from pra import i18n
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


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers shown in forms follow the language (``1,5`` in Indonesian): pin it."""
    i18n.set_language("id")

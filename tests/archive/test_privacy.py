"""No participant's name or phone number in any byte of a pseudonymised archive."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pra.archive.writer import ArchiveResult
from pra.model import Workshop

MENTORS = ("Agus Prasetyo", "Hendra Saputra", "Wahyu Nugroho")
"""The examples' mentors (pendamping): persons, pseudonymised like participants (#15)."""


def _personal(examples: dict[str, Workshop]) -> list[str]:
    values = [p.name for ws in examples.values() for p in ws.participants]
    values += [p.phone for ws in examples.values() for p in ws.participants if p.phone]
    mentors = {
        m.split(" (")[0]
        for ws in examples.values()
        for m in (ws.info.mentor, *(g.followup.mentor for g in ws.groups))
    }
    assert sorted(mentors) == list(MENTORS)
    return values + list(MENTORS)


def _archive_text(out: Path) -> str:
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(files) > 30
    return "\n".join(p.read_bytes().decode("utf-8") for p in files).casefold()


@pytest.mark.parametrize("made", ["archive", "keyed_archive"])
def test_no_name_or_phone_anywhere_in_a_pseudonymised_archive(
    made: str, request: pytest.FixtureRequest, examples: dict[str, Workshop]
) -> None:
    """Also with a steward's mentor key (#15): its codes stand for the names, never the key."""
    archive: ArchiveResult = request.getfixturevalue(made)
    personal = _personal(examples)
    assert len(personal) > 60 and any(any(c.isdigit() for c in v) for v in personal)
    text = _archive_text(archive.out)
    assert [v for v in personal if v.casefold() in text] == []
    if made == "keyed_archive":  # the key's codes are there, in place of the names
        assert "pd01 (yayasan bina vitalis)" in text and "pd02 (yayasan widya dharma)" in text
    # The phone digits alone do not appear either (no other formatting of the number).
    digits = [
        "".join(c for c in p.phone if c.isdigit())
        for ws in examples.values()
        for p in ws.participants
        if p.phone
    ]
    assert [d for d in digits if d in text] == []


def test_the_participants_table_has_codes_but_no_names(archive: ArchiveResult) -> None:
    lines = (archive.out / "data" / "participants.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "participant,workshop_id,position,sex,household_head,rt,present,has_phone"
    rows = [line.split(",")[:3] for line in lines[1:]]
    assert len(rows) == 62
    # each workshop's code is W and 8 hex digits of the SHA-256 of its id, then the register position
    assert rows[0] == ["W763072c3-P01", "ws-palembang", "1"]
    for code, workshop_id, position in rows:
        workshop = "W" + hashlib.sha256(workshop_id.encode()).hexdigest()[:8]
        assert code == f"{workshop}-P{int(position):02d}"
    assert len({code for code, _, _ in rows}) == 62


def test_with_names_includes_names_and_phones(
    named_archive: ArchiveResult, examples: dict[str, Workshop]
) -> None:
    text = _archive_text(named_archive.out)
    personal = _personal(examples)
    assert [v for v in personal if v.casefold() not in text] == []
    header = (named_archive.out / "data" / "participants.csv").read_text(encoding="utf-8")
    assert header.splitlines()[0].endswith(",participant_id,name,phone")


def test_codes_are_stable_across_runs(archive: ArchiveResult, named_archive: ArchiveResult) -> None:
    """Same input, same codes: both runs number the same participants the same way."""

    def lines(result: ArchiveResult, table: str) -> list[str]:
        return (result.out / "data" / f"{table}.csv").read_text(encoding="utf-8").splitlines()

    def first_column(result: ArchiveResult) -> list[str]:
        return [line.split(",")[0] for line in lines(result, "participants")]

    assert first_column(archive) == first_column(named_archive)
    for table in ("votes", "memberships", "pledges", "step_responsibles", "skill_holders"):
        assert lines(archive, table) == lines(named_archive, table)


def test_the_readme_says_how_personal_data_was_treated(archive: ArchiveResult) -> None:
    readme = (archive.out / "README.md").read_text(encoding="utf-8")
    assert "W1a2b3c4d-P01" in readme
    assert "### `participants`" in readme
    assert "has_phone" in readme

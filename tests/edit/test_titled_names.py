"""A member named with a title, as people say it (issue #12, rev14): ``Bu Rohani: uang
10.000`` or ``…, oleh Pak Rohani`` was refused ('"Bu Rohani" bukan anggota')."""

from __future__ import annotations

import pytest

from pra.edit.pledges import member_by_prefix, parse_pledge
from pra.edit.steps import parse_step_line
from pra.errors import PraError
from tests.edit.conftest import SEDAP, palembang


@pytest.mark.parametrize(
    "typed",
    [
        "Bu Rohani",
        "bu rohani",
        "Ibu Roh",
        "Bu. Rohani",
        "Teh Rohani",
        "Hj. Bu Rohani",
        "Aa Rohani",
        "A Rohani",
    ],
)
def test_a_title_before_a_member_name_is_read_as_the_member(typed: str) -> None:
    ws = palembang()
    rohani = next(p.id for p in ws.participants if p.name == "Rohani")
    assert member_by_prefix(ws, SEDAP, typed) == rohani
    assert parse_pledge(ws, SEDAP, f"{typed}: uang 10.000").participant_id == rohani
    line = parse_step_line(ws, SEDAP, f"Beli tepung, 1, 100.000, oleh {typed}")
    assert line.people == (rohani,)


def test_a_title_alone_or_before_no_member_is_still_refused_with_the_name_typed() -> None:
    ws = palembang()
    with pytest.raises(PraError) as caught:
        member_by_prefix(ws, SEDAP, "Bu Euis")
    assert "Bu Euis" in str(caught.value)
    with pytest.raises(PraError):
        member_by_prefix(ws, SEDAP, "Bu")


def test_sundanese_a_is_a_title_only_before_a_members_name() -> None:
    """rev15-facil: ``Aa Dede:`` / ``A Dede:`` were refused ('"Aa Dede" bukan anggota').
    "A" alone may be an initial: it is a title only in a member's line, never in the shared
    list that the archive's name search reads (``A. Rahman`` stays whole there)."""
    from pra.model.titles import TITLES, without_titles

    assert without_titles("aa dede") == "dede"
    assert without_titles("a. rahman") == "a. rahman"
    assert "a" not in TITLES
    ws = palembang()
    with pytest.raises(PraError) as caught:
        member_by_prefix(ws, SEDAP, "A Dede")
    assert "A Dede" in str(caught.value)

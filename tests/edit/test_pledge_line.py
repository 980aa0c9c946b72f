"""A pledge typed in one line: the member by the start of a name, the kind word, what, value."""

from __future__ import annotations

import pytest

from pra.edit import pledges
from pra.edit.pledges import PledgeLine, parse_pledge
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


def pid(ws: Workshop, name: str) -> str:
    return next(p.id for p in ws.participants if p.name == name)


@pytest.mark.parametrize(
    ("line", "member", "kind", "description", "value"),
    [
        ("Rohani: uang 50000", "Rohani", "money", "", "50000"),
        ("Rohani: tenaga menjahit", "Rohani", "labour", "menjahit", ""),
        (
            "roh: Alat Oven dan cetakan kue 200.000",
            "Rohani",
            "tool",
            "Oven dan cetakan kue",
            "200.000",
        ),
        (
            "Nurbaya: bahan Tepung terigu 5 kg 17.500",
            "Nurbaya",
            "materials",
            "Tepung terigu 5 kg",
            "17.500",
        ),
        ("Zubaidah: alat Kompor Rp 75.000", "Siti Zubaidah", "tool", "Kompor", "Rp 75.000"),
        ("Masitoh: 100.000", "Masitoh", "money", "", "100.000"),
        ("Syamsul: lainnya Mengantar kue", "Syamsul Bahri", "other", "Mengantar kue", ""),
        ("Herlina: money Cash 50,000", "Herlina", "money", "Cash", "50,000"),
        ("Aisyah: labour Wrapping", "Aisyah", "labour", "Wrapping", ""),
        # the form the notes show: who, a quantity and what, no kind word
        ("Rohani: 2 kg tepung terigu", "Rohani", "materials", "2 kg tepung terigu", ""),
        ("Nurbaya: 3 karung arang 45rb", "Nurbaya", "materials", "3 karung arang", "45rb"),
    ],
)
def test_a_line_reads_as_a_pledge(
    ws: Workshop, line: str, member: str, kind: str, description: str, value: str
) -> None:
    assert parse_pledge(ws, SEDAP, line) == PledgeLine(pid(ws, member), kind, description, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "key", "params"),
    [
        ("Rohani:", "edit.pledges.empty", {}),
        ("Rohani: tenaga", "edit.pledges.empty", {}),
        ("Rohani uang 50000", "edit.pledges.no_colon", {}),
        ("Rohani: sepeda 300.000", "edit.pledges.no_kind", {"word": "sepeda"}),
        ("R: uang 5000", "edit.pledges.many", {"name": "R", "names": "Rohani, Rusmini"}),
        ("Rosidah: uang 5000", "edit.pledges.no_member", {"name": "Rosidah"}),
        ("Rohani: uang 12.34.567", "edit.group.bad_money", {"text": "12.34.567"}),
    ],
)
def test_a_line_it_cannot_read_is_refused_with_a_sentence(
    ws: Workshop, line: str, key: str, params: dict[str, str]
) -> None:
    with pytest.raises(PraError) as caught:
        parse_pledge(ws, SEDAP, line)
    assert caught.value.key == key
    assert params.items() <= caught.value.params.items()
    assert caught.value.message("id") != key and caught.value.message("en") != key


def test_the_empty_pledge_is_said_in_both_languages(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        parse_pledge(ws, SEDAP, "Rohani:")
    assert caught.value.message("id").startswith("Janji hati kosong")
    assert caught.value.message("en").startswith("An empty pledge")


def test_the_form_refuses_an_empty_pledge_too(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        pledges.add_pledge(ws, SEDAP, pid(ws, "Rohani"), kind="money", description=" ", value="")
    assert caught.value.key == "edit.pledges.empty"


def test_the_line_adds_the_pledge(ws: Workshop) -> None:
    before = len(ws.group(SEDAP).pledges)  # type: ignore[union-attr]
    after = pledges.add_pledge_line(ws, SEDAP, "Rusmini: bahan Gula dan telur 50.000")
    group = after.group(SEDAP)
    assert group is not None and len(group.pledges) == before + 1
    new = group.pledges[-1]
    assert (new.participant_id, new.kind, new.description, new.value) == (
        pid(ws, "Rusmini"),
        "materials",
        "Gula dan telur",
        50000,
    )

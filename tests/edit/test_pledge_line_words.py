"""A pledge line's refusals name a member of the group being typed for, and the ",-"
ending of rupiah reads (rev14: Palembang's "Rohani" was named in every workshop, and
"Euis: uang 10.000,-" was refused as if the amount were in the middle)."""

from __future__ import annotations

import pytest

from pra.edit import pledges
from pra.edit.amounts import read_amount
from pra.edit.pledges import PledgeLine, parse_pledge
from pra.errors import PraError
from pra.i18n import LANGUAGES
from pra.model import Workshop
from tests.edit.conftest import SEDAP

JAYA = SEDAP.replace("sedap-malam", "jaya-bersama")
"""The group without Rohani: its first member is Zulkifli."""


def pid(ws: Workshop, name: str) -> str:
    return next(p.id for p in ws.participants if p.name == name)


@pytest.mark.parametrize(
    ("line", "key", "example"),
    [
        ("Zulkifli uang 5.000", "edit.pledges.no_colon", "Zulkifli:"),  # the first member
        ("Zul: menyumbang kompor 300.000", "edit.pledges.no_kind", "Zul:"),
        ("Zul: Rp 10.000 untuk modal", "edit.pledges.money_first", "Zul:"),
        ("Zul:  ", "edit.pledges.empty", "Zul:"),
    ],
)
def test_a_refusal_names_a_member_of_the_group_not_rohani(
    ws: Workshop, line: str, key: str, example: str
) -> None:
    group = ws.group(JAYA)
    assert group is not None and pid(ws, "Rohani") not in group.member_ids
    with pytest.raises(PraError) as caught:
        parse_pledge(ws, JAYA, line)
    assert caught.value.key == key
    for lang in LANGUAGES:
        said = caught.value.message(lang)
        assert "Rohani" not in said and example in said, said


def test_the_forms_empty_pledge_names_the_member_chosen(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        pledges.add_pledge(ws, JAYA, pid(ws, "Zulkifli"))
    assert caught.value.key == "edit.pledges.empty"
    assert "Zulkifli:" in caught.value.message("id")
    assert "Rohani" not in caught.value.message("id")


@pytest.mark.parametrize(
    ("line", "kind", "description", "value"),
    [
        ("Zul: uang 10.000,-", "money", "", "10.000"),
        ("Zul: Rp 10.000.-", "money", "", "Rp 10.000"),
        ("Zul: Rp 10.000,- setiap minggu", "money", "setiap minggu", "Rp 10.000"),
        ("Zul: bahan beras 10 kg 120.000,-", "materials", "beras 10 kg", "120.000"),
    ],
)
def test_the_rupiah_dash_ending_reads_as_the_amount(
    ws: Workshop, line: str, kind: str, description: str, value: str
) -> None:
    read = parse_pledge(ws, JAYA, line)
    every = "setiap minggu" if "setiap" in line else ""
    assert read == PledgeLine(pid(ws, "Zulkifli"), kind, description, value, every)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "rupiah"), [("10.000,-", 10_000), ("Rp 25.000.-", 25_000), ("Rp 5.000,--", 5_000)]
)
def test_every_money_field_reads_the_dash_ending(typed: str, rupiah: int) -> None:
    assert read_amount(typed) == rupiah

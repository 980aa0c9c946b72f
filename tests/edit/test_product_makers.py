"""A product line names the members who run it as their own business (#13): a trailing
``oleh NAMES``, read as a step's ``oleh`` (by the start of a member's name)."""

from __future__ import annotations

import pytest

from pra.edit.analysis import add_product_line, update_product_line
from pra.errors import PraError
from pra.model import Workshop
from pra.resources import example_path
from tests.edit.conftest import palembang

TA = "g-tri-astha"


def _ws() -> Workshop:
    return Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))


def _ids(ws: Workshop, *names: str) -> tuple[str, ...]:
    return tuple(next(p.id for p in ws.participants if p.name == n) for n in names)


def test_oleh_names_the_members_who_run_a_new_product() -> None:
    ws = _ws()
    out = add_product_line(ws, TA, "Tempe goreng, bungkus, 2.000, 1.200, 300, oleh Ngat dan Bu Sri")
    product = out.groups[0].analysis.products[-1]
    assert (product.name, product.unit, product.units_per_month) == ("Tempe goreng", "bungkus", 300)
    assert product.member_ids == _ids(ws, "Ngatini", "Sri Lestari")
    plain = add_product_line(ws, TA, "Oleh-oleh bakpia, kotak, 20.000, 12.000, 30")
    assert plain.groups[0].analysis.products[-1].name == "Oleh-oleh bakpia"
    assert plain.groups[0].analysis.products[-1].member_ids == ()


def test_a_changed_line_keeps_its_members_unless_oleh_names_them_again() -> None:
    ws = _ws()
    kept = update_product_line(ws, TA, "pr-ta-ayam", "Ayam kampung, ekor, 26.000, 14.000, 15")
    ayam = kept.groups[0].analysis.products[-1]
    assert (ayam.price, ayam.member_ids) == (26_000, _ids(ws, "Sumardi"))
    moved = update_product_line(
        ws, TA, "pr-ta-ayam", "Ayam kampung, ekor, 25.000, 14.000, 15, oleh Sumardi, Paijo"
    )
    assert moved.groups[0].analysis.products[-1].member_ids == _ids(ws, "Sumardi", "Paijo")


def test_a_name_that_is_no_member_or_none_is_refused_with_a_sentence() -> None:
    ws = _ws()
    with pytest.raises(PraError) as caught:
        add_product_line(ws, TA, "Bakso, mangkuk, 8.000, 5.000, 100, oleh Giyanto")
    assert "Giyanto" in caught.value.message() and "Sutrisno" in caught.value.message()
    with pytest.raises(PraError) as nobody:
        add_product_line(ws, TA, "Bakso, mangkuk, 8.000, 5.000, 100, oleh")
    assert 'setelah "oleh" tulis nama anggota' in nobody.value.message()


def test_members_named_after_the_five_parts_without_oleh_run_it() -> None:
    """rev17-facil: ``…, 100, Sumiyati`` was refused "paling banyak lima bagian", a sentence
    that never said the sixth part is who runs it, as the hint above the line does."""
    ws = _ws()
    out = add_product_line(ws, TA, "Tempe goreng, bungkus, 2.000, 1.200+300, 300, Ngat, Bu Sri")
    product = out.groups[0].analysis.products[-1]
    assert (product.name, product.units_per_month) == ("Tempe goreng", 300)
    assert product.member_ids == _ids(ws, "Ngatini", "Sri Lestari")
    no_unit = add_product_line(ws, TA, "Tempe goreng, 2.000, 1.200, 300, Ngatini")
    assert no_unit.groups[0].analysis.products[-1].member_ids == _ids(ws, "Ngatini")
    with pytest.raises(PraError) as caught:  # more than five numbers: refused, says "oleh"
        add_product_line(ws, TA, "Bakso, mangkuk, 8.000, 5.000, 100, 9")
    assert caught.value.key == "edit.analysis.too_many" and "oleh" in caught.value.message()


@pytest.mark.parametrize(
    ("sixth", "key", "said"),
    [
        ("Giyanto", "edit.pledges.no_member", '"Giyanto" bukan anggota'),
        ("Su", "edit.pledges.many", "Sutrisno, Suparman, Sumardi"),
        ("Ngat, Giyanto", "edit.pledges.no_member", '"Giyanto" bukan anggota'),
    ],
)
def test_a_sixth_part_that_is_a_name_but_no_one_member_says_why(
    sixth: str, key: str, said: str
) -> None:
    """rev18-facil: ``…, 300, Sit`` (two members) and ``…, 400, Andi`` (another group's) were
    refused "paling banyak lima bagian"; with "oleh" the real reason was said. A name (no
    number) as the sixth part gets the member-matching reason without "oleh" too."""
    with pytest.raises(PraError) as caught:
        add_product_line(_ws(), TA, f"Bakso, mangkuk, 8.000, 5.000, 100, {sixth}")
    assert caught.value.key == key
    assert said in caught.value.message()
    assert "lima bagian" not in caught.value.message()


def test_the_refusals_example_names_the_groups_own_members() -> None:
    """rev18-facil: the example "oleh Paijo, Wagiman" (Yogyakarta's) showed in Makassar."""
    ws = _ws()
    with pytest.raises(PraError) as caught:
        add_product_line(ws, TA, "Bakso, mangkuk, 8.000, 5.000, 100, 9")
    assert "mis. oleh Sutrisno, Sri." in caught.value.message()
    with pytest.raises(PraError) as nobody:
        add_product_line(ws, TA, "Bakso, mangkuk, 8.000, 5.000, 100, oleh")
    assert "mis. oleh Sutrisno, Sri." in nobody.value.message()
    other = palembang()
    group = other.groups[0]
    with pytest.raises(PraError) as elsewhere:
        add_product_line(other, group.id, "Pempek, buah, 5.000, 2.500, 200, 7")
    message = elsewhere.value.message()
    assert "Paijo" not in message and "Wagiman" not in message
    first = other.participant(group.member_ids[0])
    assert first is not None and f"mis. oleh {first.name.split()[0]}" in message

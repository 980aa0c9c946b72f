"""A budget (RAB) line typed in one line: item, quantity, unit, price (rev15-facil, step 11).

``Mesin jahit Butterfly, 1, unit, 1.500.000`` + Enter in the Barang field added
nothing and said nothing; every other step's line takes "a, b, c" or says why not.
"""

from __future__ import annotations

import pytest

from pra.edit.budget_line import BudgetEntry, parse_budget_line, with_fields
from pra.errors import PraError


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "Mesin jahit Butterfly, 1, unit, 1.500.000",
            ("Mesin jahit Butterfly", "1", "unit", "1.500.000"),
        ),
        ("Mesin jahit", ("Mesin jahit", "", "", "")),
        ("Kain katun, 10 meter, 25rb", ("Kain katun", "10", "meter", "25rb")),
        ("Benang, 5, gulung, 500", ("Benang", "5", "gulung", "500")),
        ("Oven, 2", ("Oven", "2", "", "")),
        ("Etalase, Rp 350.000", ("Etalase", "", "", "Rp 350.000")),
        ("Gerobak, 1,5jt", ("Gerobak", "", "", "1,5jt")),
        ("Buku kas, 0", ("Buku kas", "", "", "0")),
        # an item with commas or a number inside stays whole
        (
            "Buku kas, buku pinjaman, kartu anggota",
            ("Buku kas, buku pinjaman, kartu anggota", "", "", ""),
        ),
        ("Kabel roll 30 meter, 1, 250.000", ("Kabel roll 30 meter", "1", "", "250.000")),
    ],
)
def test_the_line_reads(text: str, entry: tuple[str, str, str, str]) -> None:
    assert parse_budget_line(text) == BudgetEntry(*entry)


@pytest.mark.parametrize(
    ("text", "key", "said"),
    [
        ("Kain, 2, meter, murah", "edit.budget.not_understood", "murah"),
        ("Mesin jahit, 1.500.000, 2", "edit.budget.not_understood", "2"),
        ("Mesin jahit, 1, unit, 1.500.000, bekas", "edit.budget.not_understood", "bekas"),
        ("1.500.000", "edit.budget.no_item", "1.500.000"),
        (", 1, unit", "edit.budget.no_item", ", 1, unit"),
    ],
)
def test_what_does_not_read_is_refused_with_a_sentence(text: str, key: str, said: str) -> None:
    with pytest.raises(PraError) as refused:
        parse_budget_line(text)
    assert refused.value.key == key
    assert f'"{said}"' in refused.value.message()
    assert "Mesin jahit, 1, unit, 1.500.000" in refused.value.message()  # the way to write it


def test_the_form_fields_complete_the_line_never_twice() -> None:
    line = parse_budget_line("Mesin jahit, 1, unit")
    assert with_fields(line, quantity="", unit="", price="1.500.000") == BudgetEntry(
        "Mesin jahit", "1", "unit", "1.500.000"
    )
    with pytest.raises(PraError) as refused:
        with_fields(line, quantity="2", unit="", price="1.500.000")
    assert refused.value.key == "edit.budget.twice"

"""Numbers typed as words in one-line entries (rev18-facil: ``Mixer roti, dua, unit, 350.000``
kept "Mixer roti, dua, unit" as the item and bought one; ``…, dua bulan, …`` lasted 1)."""

from __future__ import annotations

import pytest

from pra.edit import steps
from pra.edit.budget_line import BudgetEntry, parse_budget_line
from pra.edit.number_words import leading_number
from tests.edit.conftest import SEDAP, palembang


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("dua", (2, 1)),
        ("dua belas bulan", (12, 2)),
        ("dua puluh lima", (25, 3)),
        ("tiga puluh", (30, 2)),
        ("sepuluh meter", (10, 1)),
        ("Three", (3, 1)),
        ("kue lima", None),
    ],
)
def test_the_number_the_first_words_say(words: str, said: tuple[int, int] | None) -> None:
    assert leading_number(words.split()) == said


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Mixer roti, dua, unit, 350.000", ("Mixer roti", "2", "unit", "350.000")),
        ("Ember plastik, tiga buah, 25.000", ("Ember plastik", "3", "buah", "25.000")),
        ("Kain, dua puluh lima meter, 30.000", ("Kain", "25", "meter", "30.000")),
        # an item named with a number word stays as typed
        ("Kue lima rasa, 2, kotak, 40.000", ("Kue lima rasa", "2", "kotak", "40.000")),
    ],
)
def test_a_budget_quantity_in_words(text: str, entry: tuple[str, ...]) -> None:
    assert parse_budget_line(text) == BudgetEntry(*entry)


def test_a_step_duration_in_words() -> None:
    ws = palembang()
    unit = ws.group(SEDAP).calendar.unit  # type: ignore[union-attr]
    word = "minggu" if unit == "week" else "bulan"
    line = steps.parse_step_line(ws, SEDAP, f"Belajar menjahit, dua {word}, 200.000")
    assert (line.title, line.duration) == ("Belajar menjahit", f"2 {word}")
    line = steps.parse_step_line(ws, SEDAP, "Belajar membuat kue, tiga, 0")
    assert (line.title, line.duration) == ("Belajar membuat kue", "3")

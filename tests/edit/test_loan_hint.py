"""The lender loan's one-line entry accepts every form its own hint shows."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pra.edit import funding
from pra.i18n import t

PLACEHOLDERS = {
    "id": {"lembaga": "BMM", "pokok": "3.000.000", "tanggal": "1-9-2003"},
    "en": {"lender": "BMM", "principal": "3,000,000", "date": "1-9-2003"},
}
EXPECTED: dict[str, Any] = {
    "12 bulan": {"term_months": 12},
    "12 months": {"term_months": 12},
    "1,5%": {"rate_percent": Decimal("1.5")},
    "1.5%": {"rate_percent": Decimal("1.5")},
    "flat": {"method": "flat"},
    "menurun": {"method": "declining"},
    "declining": {"method": "declining"},
    "mingguan Senin": {"frequency": "weekly", "due_day": 1},
    "weekly Monday": {"frequency": "weekly", "due_day": 1},
    "bulanan tgl 5": {"frequency": "monthly", "due_day": 5},
    "monthly day 5": {"frequency": "monthly", "due_day": 5},
    "tenggang 1": {"grace_months": 1},
    "grace 1": {"grace_months": 1},
    "renteng": {"joint_liability": True},
    "joint": {"joint_liability": True},
    "1-9-2003": {"disbursed_on": dt.date(2003, 9, 1)},
}


def hint_examples(lang: str) -> list[str]:
    """Each form the hint shows for a loan, one part each: ``a/b`` and ``x / y`` are choices."""
    hint = t("tui.capital.sources.hint", lang)
    loan = re.search(r"(?:Pinjaman|Loan): (.+?) ·", hint)
    assert loan is not None, hint
    parts = [p.strip() for p in re.split(r",(?!\d)", loan.group(1))]
    forms = []
    for part in parts[2:]:  # the lender and the principal are the line's head
        for choice in re.split(r"\s*/\s*", part):
            forms.append(PLACEHOLDERS[lang].get(choice, choice))
    return forms


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_form_of_the_hint_parses_as_it_reads(lang: str) -> None:
    head = ", ".join(PLACEHOLDERS[lang][k] for k in list(PLACEHOLDERS[lang])[:2])
    forms = hint_examples(lang)
    # the hint shows these, in this order (a test of the hint as much as of the parser)
    assert len(forms) == 9
    for form in forms:
        fields = funding.parse_loan(f"{head}, {form}")
        assert fields["lender"] == "BMM" and fields["principal"] == 3_000_000
        assert {k: v for k, v in fields.items() if k not in ("lender", "principal")} == (
            EXPECTED[form]
        ), form
    # the whole hint as one line
    whole = funding.parse_loan(f"{head}, " + ", ".join(f.split(" / ")[0] for f in forms))
    assert whole["term_months"] == 12 and whole["grace_months"] == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_example_under_the_entry_parses(lang: str) -> None:
    example = t("tui.capital.sources.text_hint_loan", lang).split(" ", 1)[
        1
    ]  # after "mis." / "e.g."
    fields = funding.parse_loan(example)
    assert (fields["lender"], fields["principal"], fields["frequency"], fields["due_day"]) == (
        "BMM",
        3_000_000,
        "weekly",
        1,
    )


@pytest.mark.parametrize(
    ("part", "frequency", "day"),
    [
        ("mingguan senin", "weekly", 1),
        ("mingguan, Senin", "weekly", 1),
        ("setiap minggu hari Kamis", "weekly", 4),
        ("bulanan tanggal 5", "monthly", 5),
        ("bulanan tgl. 25", "monthly", 25),
        ("tiap bulan tgl 31", "monthly", 31),
        ("tgl 5", "monthly", 5),
        ("Jumat", "weekly", 5),
    ],
)
def test_frequency_and_day_in_one_part_or_two(part: str, frequency: str, day: int) -> None:
    fields = funding.parse_loan(f"BMM, 3.000.000, {part}")
    assert (fields["frequency"], fields["due_day"]) == (frequency, day)


WEEKDAY = st.sampled_from(funding.WEEKDAY_NAMES)


@given(
    weekly=st.booleans(),
    weekday=WEEKDAY,
    day=st.integers(1, 31),
    spelling=st.sampled_from(["tgl {}", "tgl. {}", "tanggal {}"]),
    joined=st.booleans(),
    upper=st.booleans(),
)
def test_any_frequency_and_day_parse_joined_or_apart(
    weekly: bool, weekday: str, day: int, spelling: str, joined: bool, upper: bool
) -> None:
    frequency = "mingguan" if weekly else "bulanan"
    when = weekday if weekly else spelling.format(day)
    text = f"{frequency} {when}" if joined else f"{frequency}, {when}"
    fields = funding.parse_loan(f"BMM, 1.000.000, {text.upper() if upper else text}")
    expected_day = funding.WEEKDAY_NAMES.index(weekday) + 1 if weekly else day
    assert (fields["frequency"], fields["due_day"]) == (
        "weekly" if weekly else "monthly",
        expected_day,
    )

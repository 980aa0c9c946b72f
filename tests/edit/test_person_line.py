"""Fast entry of a participant in one line: name, then sex, RT and KK in any order."""

from __future__ import annotations

import pytest

from pra import i18n
from pra.edit.participants import PersonEntry, add_person, parse_person
from pra.errors import PraError
from pra.model import Workshop


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("Siti Aminah, P, 03, KK", PersonEntry("Siti Aminah", "F", "03", True)),
        ("Siti Aminah, KK, 03, P", PersonEntry("Siti Aminah", "F", "03", True)),
        ("Syamsul Bahri, L, 05", PersonEntry("Syamsul Bahri", "M", "05", False)),
        ("Rohani, 05", PersonEntry("Rohani", None, "05", False)),
        ("Rohani", PersonEntry("Rohani")),
        ("Halimah, perempuan, RT 7, kk", PersonEntry("Halimah", "F", "7", True)),
        ("Ismail, Laki-laki", PersonEntry("Ismail", "M")),
        ("Ernawati, F, 07", PersonEntry("Ernawati", "F", "07")),
        ("M. Yunus, M, 06, KK", PersonEntry("M. Yunus", "M", "06", True)),
        ("Rohani, 05,", PersonEntry("Rohani", rt="05")),
        ("Haji Ahmad, S.Pd., L", PersonEntry("Haji Ahmad, S.Pd.", "M")),
        (
            "Siti Aminah, P, 03, KK, 1671 0452 0375 0001",
            PersonEntry("Siti Aminah", "F", "03", True, "1671045203750001"),
        ),
        (
            "Rohani, NIK 1671045203750001, 05",
            PersonEntry("Rohani", None, "05", nik="1671045203750001"),
        ),
    ],
)
def test_a_line_reads_as_a_person(line: str, entry: PersonEntry) -> None:
    assert parse_person(line) == entry


@pytest.mark.parametrize(
    ("line", "key", "token"),
    [
        ("Siti Aminah, X, 03", "edit.people.unknown", "X"),
        ("Haji Ahmad, Ketua RT", "edit.people.unknown", "Ketua RT"),
        ("Ani, Budi", "edit.people.unknown", "Budi"),
        ("Siti, P, 03, 0345", "edit.people.unknown", "0345"),
        ("Siti, P, L", "edit.people.twice", "L"),
        ("Siti, 03, 04", "edit.people.twice", "04"),
    ],
)
def test_a_word_not_understood_is_refused_naming_it(line: str, key: str, token: str) -> None:
    with pytest.raises(PraError) as caught:
        parse_person(line)
    assert (caught.value.key, caught.value.params) == (key, {"token": token})


def test_the_refusal_is_a_sentence_in_both_languages() -> None:
    with pytest.raises(PraError) as caught:
        parse_person("Siti Aminah, X, 03")
    assert caught.value.message("id").startswith('"X" tidak dikenal. Sesudah nama')
    assert caught.value.message("en").startswith('"X" is not understood. After the name')


def test_no_name_is_refused() -> None:
    with pytest.raises(PraError) as caught:
        parse_person(", P, 03")
    assert caught.value.key == "edit.people.no_name"


def test_the_hint_shows_the_one_line_form_in_both_languages() -> None:
    assert "Siti Aminah, P, 03, KK" in i18n.t("tui.people.new_hint", lang="id")
    assert "Siti Aminah, F, 03, KK" in i18n.t("tui.people.new_hint", lang="en")


def test_the_person_is_added_with_everything_the_line_said() -> None:
    ws = add_person(Workshop(id="ws-line"), parse_person("Siti Aminah, P, 03, KK"))
    [person] = ws.participants
    assert (person.name, person.sex, person.rt, person.household_head) == (
        "Siti Aminah",
        "F",
        "03",
        True,
    )


@pytest.mark.parametrize(
    ("line", "count"), [("Rohani, 167104520375001", 15), ("Rohani, 05, 1671.0452.0375.00012", 17)]
)
def test_a_nik_with_a_digit_too_few_or_too_many_is_refused(line: str, count: int) -> None:
    with pytest.raises(PraError) as caught:
        parse_person(line)
    assert caught.value.key == "edit.people.bad_nik"
    assert f"di sini {count}" in caught.value.message("id")


def test_a_nik_said_after_a_name_being_changed() -> None:
    from pra.edit.participants import split_nik

    assert split_nik("Rohani, 1671 0452 0375 0001") == ("Rohani", "1671045203750001")
    assert split_nik("Haji Ahmad, S.Pd.") == ("Haji Ahmad, S.Pd.", None)
    with pytest.raises(PraError):
        split_nik("Rohani, 16710452")


@pytest.mark.parametrize(
    "line",
    ["Siti Aminah", "siti aminah", "  SITI   Aminah ", "Siti Aminah, P, 03, KK", "Siti\tAminah, L"],
)
def test_a_name_already_registered_is_refused_with_a_sentence(line: str) -> None:
    i18n.set_language("id")
    ws = add_person(Workshop(id="ws-test"), parse_person("Siti Aminah, P, 03"))
    with pytest.raises(PraError) as refused:
        add_person(ws, parse_person(line))
    assert refused.value.message() == (
        "Siti Aminah sudah ada di daftar peserta. Untuk orang lain yang bernama sama, "
        "tambahkan pembeda pada namanya, misalnya Siti Aminah (Bu Guru)."
    )


def test_a_composed_and_a_decomposed_name_are_the_same_person() -> None:
    ws = add_person(Workshop(id="ws-test"), parse_person("Sité"))  # é as one code point
    with pytest.raises(PraError):
        add_person(ws, parse_person("Site\u0301"))  # e + combining acute


def test_renaming_to_another_persons_name_is_refused_but_to_ones_own_is_not() -> None:
    from pra.edit.participants import update_participant

    ws = add_person(Workshop(id="ws-test"), parse_person("Siti Aminah"))
    ws = add_person(ws, parse_person("Rohani"))
    rohani = ws.participants[1].id
    with pytest.raises(PraError):
        update_participant(ws, rohani, name="SITI AMINAH")
    assert update_participant(ws, rohani, name="ROHANI").participants[1].name == "ROHANI"

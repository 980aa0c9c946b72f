"""Text cleaning: what a paste from Word or an old file may carry is made safe on input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from pra.model import Participant, Problem, Workshop, WorkshopInfo
from pra.model.text import clean_line, clean_text

C0_REMOVED = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\v\f\r"]


@pytest.mark.parametrize("char", [*C0_REMOVED, "\x7f"])
def test_control_characters_are_removed_from_free_text(char: str) -> None:
    problem = Problem(id="m1", title="Modal", description=f"satu{char}dua")
    assert problem.description == "satudua"


@pytest.mark.parametrize("char", ["\v", "\f", "\r", "\r\n", "\u2028", "\u2029", "\x85"])
def test_word_line_and_page_breaks_become_newlines(char: str) -> None:
    assert Problem(id="m1", title="x", description=f"a{char}b").description == "a\nb"


def test_tab_and_newline_are_kept_in_free_text() -> None:
    text = "baris satu\n\tbaris dua"
    assert Problem(id="m1", title="x", description=text).description == text


def test_names_become_one_line_with_single_spaces() -> None:
    p = Participant(id="p1", name="  Ibu\vSiti \t Aminah\n")
    assert p.name == "Ibu Siti Aminah"


@pytest.mark.parametrize(
    "text",
    [
        "Warung 🍰 kue 👩‍👩‍👧",
        "مرحبا بكم",  # Arabic script, right to left
        "Ibu Nur ﷲ",
        "Pak Łukasz — naïve café",
        "日本語",
    ],
)
def test_emoji_and_other_scripts_are_kept(text: str) -> None:
    assert Participant(id="p1", name=text).name == text
    assert Problem(id="m1", title=text, description=text).description == text


def test_lone_surrogates_and_non_characters_are_removed() -> None:
    assert clean_text("a\ud800b\uffffc\ufffe") == "abc"


def test_a_name_of_only_control_characters_is_empty_and_refused() -> None:
    with pytest.raises(ValidationError):
        Participant(id="p1", name="\x00\x01\x1b")


def test_a_too_long_name_is_refused() -> None:
    with pytest.raises(ValidationError):
        Participant(id="p1", name="a" * 201)


def test_cleaning_applies_inside_lists_and_nested_records() -> None:
    info = WorkshopInfo(facilitators=("Bu\x00 Rina",), agreements=("a\fb",))
    assert info.facilitators == ("Bu Rina",)
    assert info.agreements == ("a\nb",)
    ws = Workshop.model_validate({"id": "ws", "notes": {"problems": "x\x07y\vz"}})
    assert ws.notes == {"problems": "xy\nz"}


def test_control_characters_in_a_file_are_cleaned_when_read() -> None:
    raw = '{"id": "ws", "participants": [{"id": "p1", "name": "Ani\\u0000\\u001b Uji"}]}'
    ws = Workshop.model_validate_json(raw)
    assert ws.participants[0].name == "Ani Uji"


def test_strict_text_reports_dirty_text_instead_of_cleaning_it() -> None:
    raw = '{"id": "ws", "participants": [{"id": "p1", "name": "Ani\\u0007"}]}'
    with pytest.raises(ValidationError) as caught:
        Workshop.model_validate_json(raw, context={"strict_text": True})
    [error] = caught.value.errors()
    assert error["type"] == "dirty_text"
    assert error["loc"] == ("participants", 0, "name")
    with pytest.raises(
        ValidationError
    ):  # a vertical tab is dirty too (cleaning makes it a newline)
        Workshop.model_validate_json(
            raw.replace("\\u0007", "\\u000b"), context={"strict_text": True}
        )
    tab = raw.replace("\\u0007", "\\tUji")  # tab and newline are not dirty
    ws = Workshop.model_validate_json(tab, context={"strict_text": True})
    assert ws.participants[0].name == "Ani Uji"


@given(st.text())
def test_clean_text_leaves_no_control_characters_and_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert all(c in "\t\n" or ord(c) >= 0x20 for c in cleaned)
    assert "\x7f" not in cleaned
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # never raises: no lone surrogates left


@given(st.text())
def test_clean_line_gives_one_trimmed_line(text: str) -> None:
    line = clean_line(text)
    assert "\n" not in line and "\t" not in line and "  " not in line
    assert line == line.strip()
    assert clean_line(line) == line

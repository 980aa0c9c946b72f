"""Pseudonyms that hold across spellings and do no harm (issue 14).

Every way a registered name or phone number is commonly written is replaced by
the participant's code; ordinary words and the names of groups are not; no
name reaches ``skipped.csv`` or the terminal; a code never drops a file.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from pra.archive.scrub import without_names
from pra.i18n import t
from pra.model import Workshop
from pra.model.text import NAME_MAX
from pra.store import load
from tests.model.build import base

PEOPLE = [
    ("p1", "Rohani Siregar", "0812-3456-7890"),
    ("p2", "Dédé Suryani", None),
    ("p3", "Suryani", None),
    ("p4", "Untung", None),
    ("p5", "Jaya", None),
    ("p6", "Ruß Meißner", None),
    ("p7", "İpek Yılmaz", None),
]
CODES = {pid: f"P{n:04d}" for n, (pid, _, _) in enumerate(PEOPLE, start=1)}


def _workshop(text: str, group_name: str = "Kelompok Uji") -> Workshop:
    data: dict[str, Any] = base()
    data["participants"] = [
        {"id": pid, "name": name} | ({"phone": phone} if phone else {})
        for pid, name, phone in PEOPLE
    ]
    group = data["groups"][0]
    group |= {"name": group_name, "member_ids": ["p1", "p2", "p3"], "chair_id": "p1"}
    group |= {"secretary_id": "p2", "treasurer_id": "p3"}
    group["pledges"][0]["participant_id"] = "p1"
    group["capital"]["first_round_ids"] = ["p1"]
    group["steps"][0]["responsible_ids"] = ["p1"]
    data["skills"][0]["holder_ids"] = ["p1"]
    data["voting"]["dots"]["ballots"] = []
    data["voting"]["dots"]["source"] = "totals"
    data["voting"]["dots"]["totals"] = {"m1": 2}
    data["problems"][0]["description"] = text
    return Workshop.model_validate(data)


def _scrubbed(text: str, group_name: str = "Kelompok Uji") -> str:
    clean = without_names(_workshop(text, group_name), CODES)
    description: str = clean.problems[0].description
    return description


NFD = unicodedata.normalize("NFD", "Dédé Suryani")

LEAKS = {
    "as registered": ("Usul Rohani Siregar.", "Usul P0001."),
    "any case": ("usul ROHANI siregar.", "usul P0001."),
    "double space": ("Usul Rohani  Siregar.", "Usul P0001."),
    "line break": ("Usul Rohani\nSiregar.", "Usul P0001."),
    "tab": ("Usul Rohani\tSiregar.", "Usul P0001."),
    "decomposed accents": (f"Kata {NFD} tadi.", "Kata P0002 tadi."),
    "composed accents": ("Kata Dédé Suryani tadi.", "Kata P0002 tadi."),
    "sharp s": ("Dari Ruß Meißner.", "Dari P0006."),
    "dotted capital I": ("Dari İpek Yılmaz.", "Dari P0007."),
    "phone as registered": ("Telepon 0812-3456-7890.", "Telepon P0001."),
    "phone digits only": ("Telepon 081234567890.", "Telepon P0001."),
    "phone spaced": ("Telepon 0812 3456 7890.", "Telepon P0001."),
    "phone dotted": ("Telepon 0812.3456.7890.", "Telepon P0001."),
    "phone +62 dashes": ("WA +62 812-3456-7890.", "WA P0001."),
    "phone 62 dashes": ("WA 62-812-3456-7890.", "WA P0001."),
    "phone +62 glued": ("WA +6281234567890.", "WA P0001."),
    # the code replaces the digits; the opening parenthesis before +62 stays
    "phone (+62)": ("WA (+62) 812 3456 7890.", "WA (P0001."),
    "phone (0812)": ("WA (0812) 3456-7890.", "WA P0001."),
    "phone glued to a label": ("Telp0812-3456-7890 siang.", "TelpP0001 siang."),
    "one-word name written as a name": ("Kata Untung, modal kurang.", "Kata P0004, modal kurang."),
    "one-word name at the start": ("Jaya setuju.", "P0005 setuju."),
}

KEPT = {
    "an ordinary word": "Tidak tahu untung atau rugi.",
    "a group's name": "Kelompok Jaya Bersama menjual kue.",
    "a near miss": "Bu Rohana setuju.",
    "an amount of money": "Modal Rp 812.345.678 terkumpul.",
    "a longer number holding the digits": "Nomor 908123456789012.",
}


@pytest.mark.parametrize("case", sorted(LEAKS))
def test_every_common_spelling_of_a_name_or_number_becomes_the_code(case: str) -> None:
    text, expected = LEAKS[case]
    assert _scrubbed(text, group_name="Kelompok Jaya Bersama") == expected


@pytest.mark.parametrize("case", sorted(KEPT))
def test_ordinary_words_group_names_and_other_numbers_are_kept(case: str) -> None:
    text = KEPT[case]
    assert _scrubbed(text, group_name="Kelompok Jaya Bersama") == text


def test_the_group_name_itself_is_kept() -> None:
    clean = without_names(_workshop("Jaya setuju.", "Kelompok Jaya Bersama"), CODES)
    assert clean.groups[0].name == "Kelompok Jaya Bersama"


def test_a_decomposed_name_gets_its_own_code_not_another_participants() -> None:
    assert _scrubbed(f"{NFD} dan Suryani.") == "P0002 dan P0003."


def test_a_code_never_pushes_a_text_over_its_limit() -> None:
    data: dict[str, Any] = json.loads(_workshop("x").model_dump_json())
    title = ("Jaya " * 40)[:NAME_MAX]  # 40 one-word names: each 4 letters, each code 5
    data["problems"][0]["title"] = title
    ws = Workshop.model_validate(data)
    clean = without_names(ws, CODES)
    # the codes in that text drop their leading zeros so that it fits (archive README: scrub_fit)
    assert len(clean.problems[0].title) <= NAME_MAX
    assert clean.problems[0].title.split() == ["P5"] * 40


def test_no_name_reaches_skipped_csv_or_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pra.cli import main

    good = _workshop("Usul Rohani Siregar.")
    bad: dict[str, Any] = json.loads(good.model_dump_json())
    bad["id"] = "ws-bad"
    bad["participants"][0]["phone"] = 6281234567890  # a number, not text
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.json").write_text(good.model_dump_json(), encoding="utf-8")
    (src / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["archive", str(src), "-o", str(out)]) == 0
    said = capsys.readouterr()
    skipped = (out / "data" / "skipped.csv").read_text(encoding="utf-8")
    assert "peserta 1" in skipped
    everything = (
        said.out
        + said.err
        + "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    )
    # the archive README's own examples ("Untung", "Jaya") are words, not this file's data
    everything = everything.replace(t("archive.readme.scrub_one_word"), "")
    for _, name, _ in PEOPLE:
        assert unicodedata.normalize("NFC", name).casefold() not in everything.casefold()
    assert "81234567890" not in everything
    assert load(src / "good.json").problems[0].description == "Usul Rohani Siregar."

"""File names made from group and workshop names stay readable and safe everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra.export.naming import MAX_NAME_BYTES, plan_stem, safe_stem, unique_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('KUW "Tri Astha"', "KUW 'Tri Astha'"),
        ("a/b\\c:d*e?f<g>h|i", "a_b_c_d_e_f_g_h_i"),
        ("  spasi   ganda\tdan\nbaris  ", "spasi ganda dan baris"),
        ("CON", "pra_CON"),
        ("nul.txt", "pra_nul.txt"),
        ("...", "pra"),
        ("", "pra"),
        ("Nur\u200bhayati", "Nurhayati"),
        ("عبد الله", "عبد الله"),
        ("Kue 🍰", "Kue 🍰"),
    ],
)
def test_safe_stem(text: str, expected: str) -> None:
    assert safe_stem(text) == expected


def test_long_names_are_cut_by_bytes_not_characters(tmp_path: Path) -> None:
    stem = safe_stem("مجموعة " * 100 + "🍰" * 100)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES
    (tmp_path / f"{stem}.docx").write_bytes(b"")  # the file system accepts it


def test_repeated_names_get_numbers() -> None:
    assert unique_names(["A", "a", "B", "A"]) == ["A", "a (2)", "B", "A (3)"]


def test_plan_stem() -> None:
    assert plan_stem("Rencana usaha", "Kelompok Sedap Malam", "PRA 13 Ilir") == (
        "Rencana usaha - Kelompok Sedap Malam - PRA 13 Ilir"
    )

"""A group's name already says "Kelompok …": the review sentences do not say it twice."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import pra.i18n
from pra.i18n import t

CATALOGUES = Path(pra.i18n.__file__).parent
PARAMS = {"group": "Kelompok Jahit", "who": "Masitoh", "step": "Beli kain", "steps": "1 → 2"}
PARAMS |= {"n": 3, "low": 5, "high": 10, "problem": "Anggaran melebihi bantuan."}
DOUBLED = re.compile(r"\b(kelompok|group)\W+kelompok\b", re.IGNORECASE)


def _findings(table: dict[str, object]) -> set[str]:
    """The review's sentences, without its screen's own (the ``[tui.review.view]`` table)."""
    return {k for k, v in table.items() if not isinstance(v, dict) or "plural" in v}


def _review_keys() -> list[str]:
    with (CATALOGUES / "id.toml").open("rb") as f:
        review = _findings(tomllib.load(f)["tui"]["review"])
    with (CATALOGUES / "en.toml").open("rb") as f:
        assert _findings(tomllib.load(f)["tui"]["review"]) == review
    return sorted(review)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_review_sentences_name_a_group_once(lang: str) -> None:
    checked = 0
    for key in _review_keys():
        text = t(f"tui.review.{key}", lang=lang, **PARAMS)
        assert not DOUBLED.search(text), text
        if "Kelompok Jahit" in text:
            checked += 1
    assert checked >= 8  # every sentence about one group was looked at

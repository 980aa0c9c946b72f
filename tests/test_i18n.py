"""Both catalogues say the same things: same keys, same parameters."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from pra import i18n

ROOT = Path(__file__).resolve().parents[1]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys() -> None:
    ind, eng = i18n.catalogue("id"), i18n.catalogue("en")
    assert sorted(set(ind) - set(eng)) == []
    assert sorted(set(eng) - set(ind)) == []


def test_catalogues_use_the_same_parameters() -> None:
    ind, eng = i18n.catalogue("id"), i18n.catalogue("en")
    differing = {k for k in ind if _fields(ind[k]) != _fields(eng.get(k, ""))}
    assert differing == set()


def test_every_key_written_in_code_exists() -> None:
    """Any string literal shaped like ``section.key`` of a catalogue section must be a key."""
    sections = {key.split(".")[0] for key in i18n.catalogue("id")}
    literal = re.compile(r"""["']([a-z_]+\.[A-Za-z0-9_.]+)["']""")
    used = {
        key
        for path in (ROOT / "pra").rglob("*.py")
        for key in literal.findall(path.read_text(encoding="utf-8"))
        if key.split(".")[0] in sections and not key.endswith(".")
    }
    assert used, "the scan found no catalogue keys in the code at all"
    assert sorted(used - set(i18n.catalogue("id"))) == []


def test_language_falls_back_to_indonesian_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_current", None)
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.get_language() == "id"
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.get_language() == "en"
    assert i18n.t("step.swot") == "SWOT analysis"
    assert i18n.t("step.swot", lang="id") == "Analisis SWOT"
    assert i18n.t("no.such.key") == "no.such.key"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("fr")  # type: ignore[arg-type]

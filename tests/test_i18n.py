"""Both catalogues say the same things: same keys, same parameters."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pra import i18n

ROOT = Path(__file__).resolve().parents[1]


def _fields(entry: i18n.Entry) -> set[str]:
    """The parameters a sentence takes (of a plural sentence: those of its ``other`` form)."""
    template = entry.forms["other"] if isinstance(entry, i18n.Plural) else entry
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys() -> None:
    ind, eng = i18n.catalogue("id"), i18n.catalogue("en")
    assert sorted(set(ind) - set(eng)) == []
    assert sorted(set(eng) - set(ind)) == []


def test_catalogues_use_the_same_parameters() -> None:
    ind, eng = i18n.catalogue("id"), i18n.catalogue("en")
    differing = {k for k in ind if _fields(ind[k]) != _fields(eng.get(k, ""))}
    assert differing == set()


def test_plural_sentences_take_only_their_parameters_and_are_decided_by_one() -> None:
    plurals = [
        (lang, key, entry)
        for lang in i18n.LANGUAGES
        for key, entry in i18n.catalogue(lang).items()
        if isinstance(entry, i18n.Plural)
    ]
    assert plurals, "no plural sentence found: the check below would check nothing"
    for lang, key, entry in plurals:
        assert entry.count in _fields(entry), (lang, key)
        for category, template in entry.forms.items():
            assert category in {"zero", "one", "two", "few", "many", "other"}, (lang, key)
            assert _fields(template) <= _fields(entry), (lang, key, category)


def test_english_counts_agree_with_their_number_and_indonesian_needs_no_plural() -> None:
    assert i18n.t("tui.pledges.unvalued", lang="en", n=1).startswith("1 pledge has ")
    assert i18n.t("tui.pledges.unvalued", lang="en", n=0).startswith("0 pledges have ")
    assert i18n.t("tui.pledges.unvalued", lang="en", n=2).startswith("2 pledges have ")
    assert i18n.t("export.label.loan_term", lang="en", months="1") == "Repayment term: 1 month"
    assert i18n.t("export.label.loan_term", lang="en", months="10") == "Repayment term: 10 months"
    one = i18n.t("tui.pledges.unvalued", lang="id", n=1)
    assert one == i18n.t("tui.pledges.unvalued", lang="id", n=2).replace("2", "1")


def test_plural_categories_are_cldr_s_from_babel_for_numbers_and_formatted_numbers() -> None:
    assert [i18n.plural_category("en", n) for n in (0, 1, 2, 1.0, 1.5)] == [
        "other",
        "one",
        "other",
        "one",
        "other",
    ]
    assert [i18n.plural_category("en", n) for n in ("1", "1,000", "10", "", None)] == [
        "one",
        "other",
        "other",
        "other",
        "other",
    ]
    assert {i18n.plural_category("id", n) for n in (0, 1, 2, "1")} == {"other"}


def test_the_catalogue_module_leaves_babel_unimported_until_a_plural_is_said() -> None:
    code = (
        "import sys; from pra import i18n; before = 'babel' in sys.modules;"
        " i18n.t('tui.pledges.unvalued', lang='en', n=1); print(before, 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.split() == ["False", "True"]


def test_a_plural_sentence_without_an_other_form_is_refused() -> None:
    with pytest.raises(ValueError, match="other"):
        i18n._flatten({"x": {"plural": "n", "one": "{n} thing"}})


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


def _tables(table: dict[str, object], prefix: str = "") -> list[str]:
    names = []
    for key, value in table.items():
        if isinstance(value, dict) and "plural" not in value:
            names += [f"{prefix}{key}", *_tables(value, f"{prefix}{key}.")]
    return names


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_sections_are_named_for_their_feature_not_for_a_fix(lang: str) -> None:
    """A sentence goes in its feature's section: no ``[<something>_fix]``, no ``[tui.vote_more]``
    beside ``[tui.vote]`` (a newcomer looking in ``[tui.vote]`` would not find it)."""
    text = (ROOT / "pra" / "i18n" / f"{lang}.toml").read_text(encoding="utf-8")
    names = _tables(tomllib.loads(text))
    after_a_fix = [n for n in names if any(part.endswith("_fix") for part in n.split("."))]
    beside_their_feature = [
        n for n in names for m in names if n.startswith(f"{m}_") and n.count(".") == m.count(".")
    ]
    assert after_a_fix == []
    assert beside_their_feature == []


def test_language_falls_back_to_indonesian_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.reset_language()
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

"""The pledge line's example and the empty-pledge refusal take their labour words from the
group: a skill its named member has (the one the group's business needs first), or neutral
words. rev15: "{name}: tenaga menjahit" was the example in every group, a food group too."""

from __future__ import annotations

import pytest

from pra import i18n
from pra.edit.pledges import PledgeLine, example_labour, parse_pledge
from pra.errors import PraError
from pra.model import Workshop
from pra.tui.steps.group_pledges import line_hint
from tests.edit.conftest import SEDAP

JAYA = "g-jaya-bersama"


def test_a_food_group_is_not_told_to_pledge_sewing(ws: Workshop) -> None:
    sedap, jaya = ws.group(SEDAP), ws.group(JAYA)
    assert sedap is not None and jaya is not None
    # Rohani (Sedap Malam's first member) bakes and trades; the kue idea needs baking first
    assert line_hint(ws, sedap) == "Rohani: uang 50.000 · Rohani: tenaga membuat kue, lalu Enter"
    assert "menjahit" in line_hint(ws, jaya)  # Zulkifli sews, in the sewing group
    with pytest.raises(PraError) as caught:
        parse_pledge(ws, SEDAP, "Rohani: tenaga")
    assert caught.value.key == "edit.pledges.empty"
    said = i18n.t(caught.value.key, **caught.value.params)
    assert "Rohani: tenaga membuat kue" in said and "menjahit" not in said


def test_a_member_without_a_skill_gets_neutral_words_in_both_languages(
    fresh: tuple[Workshop, str, list[str]],
) -> None:
    ws, group_id, _members = fresh
    group = ws.group(group_id)
    assert group is not None
    for lang in i18n.LANGUAGES:
        i18n.set_language(lang)
        try:
            hint = line_hint(ws, group)
            assert example_labour(ws, group_id) == i18n.t("edit.pledges.labour_any")
            assert i18n.t("edit.pledges.labour_any") in hint
            assert "menjahit" not in hint and "sewing" not in hint
        finally:
            i18n.set_language("id")


def test_the_example_is_a_line_the_step_takes(ws: Workshop) -> None:
    """What the hint shows, typed as it stands, is a labour pledge of that member."""
    for group in ws.groups:
        name = line_hint(ws, group).split(":")[0]
        line = parse_pledge(ws, group.id, f"{name}: {example_labour(ws, group.id)}")
        assert line.kind == "labour" and line.description
        assert line == PledgeLine(group.member_ids[0], "labour", line.description, "")

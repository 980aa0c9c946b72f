"""A group that words its business itself (#12): the plan prints its words and says which
business idea they came from (the scoring of ideas is that idea's)."""

from __future__ import annotations

from pathlib import Path

from .test_docx import text_of


def test_the_plan_says_which_idea_the_groups_own_words_came_from(
    example_exports: dict[str, list[Path]],
) -> None:
    text = text_of(example_exports["palembang"][0]).replace("\u00a0", " ")  # Sedap Malam
    assert "Membuat dan berdagang kue" in text
    assert 'Usaha "Membuat dan berdagang kue" berasal dari gagasan usaha "Dagang kue".' in text
    assert 'Dalam penilaian bersama, gagasan "Dagang kue"' in text

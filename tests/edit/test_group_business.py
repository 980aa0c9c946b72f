"""A group's business set in its own steps: an idea's name links the idea, other words do not."""

from __future__ import annotations

import pytest

from pra.edit.groups import set_business
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP


def test_an_ideas_name_links_that_idea(ws: Workshop) -> None:
    changed = set_business(ws, SEDAP, "  jualan   pempek ")
    group = changed.group(SEDAP)
    pempek = next(i for i in ws.ideas if i.name == "Jualan pempek")
    assert group is not None and (group.business, group.idea_id) == ("Jualan pempek", pempek.id)


def test_other_words_are_the_groups_own_business(ws: Workshop) -> None:
    group = set_business(ws, SEDAP, "Katering nasi kotak").group(SEDAP)
    assert group is not None and (group.business, group.idea_id) == ("Katering nasi kotak", None)


def test_an_empty_business_is_refused(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        set_business(ws, SEDAP, "  ")
    assert caught.value.key == "edit.groups.no_business"

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


def test_an_ideas_number_links_that_idea(ws: Workshop) -> None:
    """``3`` is the third idea of the workshop's list, as the group step numbers them."""
    group = set_business(ws, SEDAP, " 3 ").group(SEDAP)
    third = ws.ideas[2]
    assert group is not None and (group.business, group.idea_id) == (third.name, third.id)


def test_a_number_that_is_no_ideas_is_refused(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        set_business(ws, SEDAP, str(len(ws.ideas) + 1))
    assert caught.value.key == "edit.groups.no_idea_numbered"
    assert caught.value.params == {"n": len(ws.ideas) + 1, "last": len(ws.ideas)}
    with pytest.raises(PraError) as caught:
        set_business(ws, SEDAP, "0")
    assert caught.value.key == "edit.groups.no_idea_numbered"

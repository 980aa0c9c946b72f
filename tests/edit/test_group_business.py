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


def _linked(ws: Workshop, n: int, business: str) -> Workshop:
    """SEDAP linked to idea ``n`` (1-based) in the group's own words."""
    return set_business(ws, SEDAP, f"{n}: {business}")


def test_a_number_and_own_words_link_that_idea_in_those_words(ws: Workshop) -> None:
    """``3: Pempek kapal selam Bu Ani`` picks idea 3 and keeps the group's wording."""
    for typed in ("3: Pempek kapal selam Bu Ani", " 3 =  Pempek kapal selam  Bu Ani"):
        group = set_business(ws, SEDAP, typed).group(SEDAP)
        assert group is not None
        assert (group.business, group.idea_id) == ("Pempek kapal selam Bu Ani", ws.ideas[2].id)
    group = set_business(ws, SEDAP, "3:").group(SEDAP)
    assert group is not None and (group.business, group.idea_id) == (
        ws.ideas[2].name,
        ws.ideas[2].id,
    )
    with pytest.raises(PraError) as caught:
        set_business(ws, SEDAP, f"{len(ws.ideas) + 1}: Kue basah")
    assert caught.value.key == "edit.groups.no_idea_numbered"


def test_new_words_keeping_the_ideas_name_keep_the_link(ws: Workshop) -> None:
    """Rewording a linked business keeps its idea while the idea's name is still in it."""
    idea = ws.ideas[1]
    ws = _linked(ws, 2, f"{idea.name}, seragam sekolah dan permak")
    longer = f"{idea.name.lower()}, seragam sekolah dan permak serta baju muslim"
    group = set_business(ws, SEDAP, longer).group(SEDAP)
    assert group is not None and (group.business, group.idea_id) == (longer, idea.id)


def test_new_words_without_the_ideas_name_unlink(ws: Workshop) -> None:
    ws = _linked(ws, 2, f"{ws.ideas[1].name} dan permak")
    group = set_business(ws, SEDAP, "Katering nasi kotak").group(SEDAP)
    assert group is not None and (group.business, group.idea_id) == ("Katering nasi kotak", None)


def test_the_number_of_the_groups_own_idea_keeps_its_words(ws: Workshop) -> None:
    """Choosing again the idea a group has does not rewrite its wording; the name does."""
    idea = ws.ideas[2]
    ws = _linked(ws, 3, "Pempek kapal selam Bu Ani")
    group = set_business(ws, SEDAP, "3").group(SEDAP)
    assert group is not None and (group.business, group.idea_id) == (
        "Pempek kapal selam Bu Ani",
        idea.id,
    )
    group = set_business(ws, SEDAP, idea.name).group(SEDAP)
    assert group is not None and group.business == idea.name

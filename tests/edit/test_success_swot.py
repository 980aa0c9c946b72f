"""Success circle and SWOT edits: pure, validated, per group."""

from __future__ import annotations

import pytest

from pra.edit import success, swot
from pra.errors import PraError
from pra.model import Workshop
from tests.edit.conftest import SEDAP

Fresh = tuple[Workshop, str, list[str]]


def test_add_edit_move_remove_success_item(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws1 = success.add_success(ws, gid, "  Menabung ", "Rp 5.000 seminggu")
    ws1 = success.add_success(ws1, gid, "Anak sekolah")
    items = ws1.group(gid).success  # type: ignore[union-attr]
    assert [i.text for i in items] == ["Menabung", "Anak sekolah"]
    assert items[0].indicator == "Rp 5.000 seminggu"
    assert ws.groups[0].success == ()
    second = items[1].id
    moved = success.move_success(ws1, gid, second, -1)
    assert [i.text for i in moved.groups[0].success] == ["Anak sekolah", "Menabung"]
    edited = success.update_success(moved, gid, second, indicator="sampai SLTP")
    assert edited.groups[0].success[0].indicator == "sampai SLTP"
    assert edited.groups[0].success[0].text == "Anak sekolah"
    gone = success.remove_success(edited, gid, second)
    assert [i.text for i in gone.groups[0].success] == ["Menabung"]


def test_empty_success_text_is_refused(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    with pytest.raises(PraError) as caught:
        success.add_success(ws, gid, "   ")
    assert caught.value.key == "edit.invalid"


def test_success_in_unknown_group_is_refused(fresh: Fresh) -> None:
    ws, _, _ = fresh
    with pytest.raises(PraError) as caught:
        success.add_success(ws, "g-none", "Menabung")
    assert caught.value.key == "edit.no_group"


def test_swot_items_go_to_their_quadrant(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    for q in swot.QUADRANTS:
        ws = swot.add_item(ws, gid, q, f"isi {q}")
    s = ws.groups[0].swot
    assert [i.text for i in s.strengths] == ["isi strengths"]
    assert [i.text for i in s.threats] == ["isi threats"]
    with pytest.raises(PraError):
        swot.add_item(ws, gid, "dreams", "x")


def test_swot_edit_move_remove_and_change_quadrant(ws: Workshop) -> None:
    s = ws.group(SEDAP).swot  # type: ignore[union-attr]
    first, last = s.strengths[0].id, s.strengths[-1].id
    moved = swot.move_swot_item(ws, SEDAP, "strengths", last, -5)
    assert moved.group(SEDAP).swot.strengths[0].id == last  # type: ignore[union-attr]
    edited = swot.update_item(ws, SEDAP, "strengths", first, "Pandai membuat kue")
    assert edited.group(SEDAP).swot.strengths[0].text == "Pandai membuat kue"  # type: ignore[union-attr]
    with pytest.raises(PraError):
        swot.update_item(ws, SEDAP, "strengths", first, " ")
    gone = swot.remove_swot_item(ws, SEDAP, "strengths", first)
    assert len(gone.group(SEDAP).swot.strengths) == len(s.strengths) - 1  # type: ignore[union-attr]
    switched = swot.change_quadrant(ws, SEDAP, first, "opportunities")
    after = switched.group(SEDAP).swot  # type: ignore[union-attr]
    assert first not in [i.id for i in after.strengths]
    assert after.opportunities[-1].id == first
    assert swot.quadrant_of(switched, SEDAP, first) == "opportunities"


def test_a_risk_carries_its_mitigation_and_an_edit_of_its_text_keeps_it(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws1 = swot.add_item(ws, gid, "threats", "Harga tepung naik", "  Beli tepung  per karung ")
    ws1 = swot.add_item(ws1, gid, "weaknesses", "Modal kecil")
    threat = ws1.group(gid).swot.threats[0]  # type: ignore[union-attr]
    assert (threat.text, threat.mitigation) == ("Harga tepung naik", "Beli tepung per karung")
    assert ws1.group(gid).swot.weaknesses[0].mitigation == ""  # type: ignore[union-attr]
    # the text alone changes (mitigation None): the mitigation stays
    ws2 = swot.update_item(ws1, gid, "threats", threat.id, "Harga tepung dan gula naik")
    after = ws2.group(gid).swot.threats[0]  # type: ignore[union-attr]
    assert (after.text, after.mitigation) == (
        "Harga tepung dan gula naik",
        "Beli tepung per karung",
    )
    # an empty mitigation given clears it
    ws3 = swot.update_item(ws2, gid, "threats", threat.id, after.text, "")
    assert ws3.group(gid).swot.threats[0].mitigation == ""  # type: ignore[union-attr]
    # moving a weakness to the threats keeps its mitigation with it
    weak = ws1.group(gid).swot.weaknesses[0]  # type: ignore[union-attr]
    ws4 = swot.update_item(ws1, gid, "weaknesses", weak.id, weak.text, "Arisan modal")
    ws4 = swot.change_quadrant(ws4, gid, weak.id, "threats")
    assert ws4.group(gid).swot.threats[-1].mitigation == "Arisan modal"  # type: ignore[union-attr]

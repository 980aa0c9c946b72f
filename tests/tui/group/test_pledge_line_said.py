"""The pledge line's example and what its toast says, as logic (no app session).

rev13c: the line's example named Palembang's "Rohani" in every workshop; a pledge paid
again and again ("uang 10.000 setiap bulan") is counted once, and the toast says so.
"""

from __future__ import annotations

from pra import i18n
from pra.edit.groups import add_group
from pra.tui.steps.group_pledges import added_said, every_said, line_hint
from tests.tui.conftest import palembang
from tests.tui.group.conftest import JAYA, SEDAP


def test_the_example_names_a_member_of_the_group_shown() -> None:
    ws = palembang()
    for group_id in (SEDAP, JAYA):
        group = ws.group(group_id)
        assert group is not None
        first = ws.participant(group.member_ids[0])
        assert first is not None
        hint = line_hint(ws, group)
        assert hint.startswith(first.name.split()[0] + ":")
    jaya = ws.group(JAYA)
    assert jaya is not None and "Rohani" not in [
        p.name for m in jaya.member_ids if (p := ws.participant(m))
    ]
    assert "Rohani" not in line_hint(ws, jaya)


def test_a_group_without_members_has_the_catalogues_example_in_both_languages() -> None:
    ws = add_group(palembang(), "Kelompok Baru")
    empty = ws.groups[-1]
    assert not empty.member_ids
    for lang in i18n.LANGUAGES:
        i18n.set_language(lang)
        hint = line_hint(ws, empty)
        assert hint.startswith(i18n.t("tui.pledges.example_name") + ":"), hint
        assert "Rohani" not in hint
    i18n.set_language("id")


def test_a_recurring_pledge_is_said_to_count_one_payment() -> None:
    ws = palembang()
    said = added_said(ws, SEDAP, "Rohani: uang 10.000 setiap bulan")
    assert "Rp\xa010.000" in said and "satu kali bayar" in said
    assert "satu kali" not in added_said(ws, SEDAP, "Rohani: uang 10.000")


def test_a_recurring_pledge_has_a_sentence_of_its_own_for_enter() -> None:
    """rev14: the sentence was only in the undo label, seen after ^z; Enter toasts
    :func:`every_said` (its toast is checked in test_typing_safety's pledges case)."""
    ws = palembang()
    said = every_said(ws, SEDAP, "Rohani: uang 10.000 setiap bulan")
    assert said is not None and "Rp\xa010.000" in said and "satu kali bayar" in said
    assert "setiap bulan" in said
    assert every_said(ws, SEDAP, "Rohani: uang 10.000") is None
    assert every_said(ws, SEDAP, "Rohani: tenaga menjahit setiap minggu") is None
    assert every_said(ws, SEDAP, "Rohani uang") is None  # refused: the refusal says it

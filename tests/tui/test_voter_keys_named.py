"""Dot voting: Ctrl+Left goes to the previous voter and says so (issue #12, finding 10: it
was labelled "Pemilih berikut", the same as Ctrl+Right, in the notes (F1))."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from pra import i18n
from pra.tui.steps.problems import ProblemsView


def _voter_keys() -> dict[str, Binding]:
    return {
        b.action: b
        for b in Binding.make_bindings(ProblemsView.BINDINGS)
        if b.action.startswith("voter(")
    }


def test_ctrl_left_is_the_previous_voter_and_is_named_so() -> None:
    keys = _voter_keys()
    assert keys["voter(-1)"].key == "ctrl+left" and keys["voter(1)"].key == "ctrl+right"
    assert keys["voter(-1)"].description != keys["voter(1)"].description


@pytest.mark.parametrize(("lang", "word"), [("id", "sebelumnya"), ("en", "Previous")])
def test_the_previous_voter_label_says_previous(lang: str, word: str) -> None:
    i18n.set_language(lang)
    try:
        assert word in i18n.t("tui.vote.key_voter")
        assert "◀" in i18n.t("tui.vote.key_voter") and "▶" in i18n.t("tui.footer.voter")
    finally:
        i18n.set_language("id")

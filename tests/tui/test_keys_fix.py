"""The keys a hint or the footer names work where the focus is, and only those are shown."""

from __future__ import annotations

from textual.widgets import Input, Static

from pra.edit import groups, voting
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys, wait_for_step


def _shown(app: PraApp) -> set[str]:
    """The actions the footer shows now."""
    return {
        b.binding.action.split("(")[0]
        for b in app.screen.active_bindings.values()
        if b.binding.show and b.enabled
    }


async def test_hidden_results_are_revealed_by_the_key_the_hint_names() -> None:
    ws = voting.set_hidden(palembang(), True)
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6", "f6")
        field = app.screen.focused
        assert isinstance(field, Input) and field.id == "reason"
        head = str(app.screen.query_one("#results-head", Static).render())
        # the typing field has the focus: the hint names the key that does not type ("v" would)
        assert head == "Hasil disembunyikan selama pemungutan suara · Tekan F9 untuk menampilkan."
        await keys(pilot, "f9")
        assert not app.session.workshop.voting.results_hidden
        assert field.value == ""


async def test_the_suggestion_is_accepted_by_the_key_the_hint_names() -> None:
    ws: Workshop = palembang()
    for g in list(ws.groups):
        ws = groups.remove_group(ws, g.id)
    app = PraApp(make_session(ws), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6", "f6", "f6")
        field = app.screen.focused
        assert isinstance(field, Input) and field.id == "group-name"
        assert str(app.screen.query_one("#suggestion-head", Static).render()) == (
            "Saran pembagian kelompok (tekan F9 untuk menerima):"
        )
        assert str(app.screen.query_one("#no-groups-hint", Static).render()) == (
            "Belum ada kelompok. Ketik nama kelompok di atas, atau tekan F9 untuk menerima saran."
        )
        await keys(pilot, "f9")
        assert app.session.workshop.groups
        assert field.value == ""


async def test_potentials_footer_keeps_to_the_tab() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.POTENTIALS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        # each tab opens in its typing field (which takes the letters): tab to its table
        await keys(pilot, "tab")
        assert not {"nudge", "kind"} & _shown(app)  # skills
        await keys(pilot, "f6", "tab")
        assert "nudge" in _shown(app) and "kind" not in _shown(app)  # institutions
        await keys(pilot, "f6", "tab")
        assert "kind" in _shown(app) and "nudge" not in _shown(app)  # resources


async def test_ideas_footer_keeps_to_the_tab() -> None:
    ws: Workshop = palembang()
    for g in list(ws.groups):  # a suggestion with groups to accept (tests/tui/test_accept_hint.py)
        ws = groups.remove_group(ws, g.id)
    app = PraApp(make_session(ws), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "tab")
        assert "accept" not in _shown(app)  # needs
        await keys(pilot, "f6", "tab")
        assert "accept" not in _shown(app)  # ideas and criteria
        await keys(pilot, "f6")
        assert "accept" not in _shown(app)  # matrix (Enter scores, Delete clears)
        await keys(pilot, "f6", "tab")
        assert "accept" in _shown(app)  # groups: F9 accepts the suggestion


async def test_vote_footer_follows_the_voting_method() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        assert "voter" in _shown(app)  # Enter gives a dot: the settings line says so
        assert not {"pair", "undo_pair"} & _shown(app)
        app.session.apply(lambda ws: voting.set_method(ws, "pairwise"), label="pairwise")
        await pilot.pause()
        assert "pair" in _shown(app)
        # Backspace is named beside the question and in the notes (F1): the footer fits at
        # 100 columns (rev18-facil)
        assert not {"dot", "voter", "undo_pair"} & _shown(app)
        await keys(pilot, "f6")  # results: no voting keys
        assert not {"dot", "voter", "pair", "undo_pair"} & _shown(app)

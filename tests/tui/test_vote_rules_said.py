"""Changing how the vote counts after votes are cast is said aloud, with Ctrl+Z (issue #12).

Ctrl+O (method), Ctrl+↑/↓ (dots per person) and Ctrl+L (limit per problem) used
to change the rules silently: 60 dots cast, Ctrl+O, and Hasil showed every
problem "1=" with 0 and nobody knew why.
"""

from __future__ import annotations

from pytest import MonkeyPatch

from pra.model import PraStep
from tests.tui.conftest import SIZE, AppFactory
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until

UNDO = "^z membatalkan."


async def test_ctrl_o_after_sixty_dots_says_they_stop_counting(
    app_for: AppFactory, monkeypatch: MonkeyPatch
) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-table", what="votes")
        await keys(pilot, "ctrl+o")
        await wait_until(pilot, lambda: bool(notices), what="the change said")
        assert app.session.workshop.voting.method == "pairwise"
        assert notices[-1] == (
            "Cara memilih diganti: Berpasangan (A atau B?)."
            " 60 titik yang sudah diberikan tidak dihitung selama cara ini dipakai. " + UNDO
        )
        await keys(pilot, "ctrl+z")
        await wait_until(
            pilot, lambda: app.session.workshop.voting.method == "dots", what="dots back"
        )


async def test_dots_per_person_and_limit_changes_are_said(
    app_for: AppFactory, monkeypatch: MonkeyPatch
) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-table", what="votes")
        await keys(pilot, "ctrl+up")
        await wait_until(pilot, lambda: len(notices) == 1, what="dots per person said")
        assert app.session.workshop.voting.dots.dots_per_person == 4
        assert notices[-1] == "Titik per orang diubah: 3 → 4. " + UNDO
        await keys(pilot, "ctrl+l")
        await wait_until(pilot, lambda: len(notices) == 2, what="the limit said")
        assert app.session.workshop.voting.dots.cap_per_item == 3
        assert notices[-1] == "Batas titik per masalah diubah: 2 → 3. " + UNDO

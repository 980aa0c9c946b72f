"""Tables in a tab that is not open: filled once, not on every refresh, and wrapped when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.widgets import DataTable

from pra.model import PraStep
from tests.tui.conftest import AppFactory
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

LONG = (
    "Sampah rumah tangga dibuang ke sungai karena tidak ada tempat pembuangan "
    "sementara di dekat rumah warga RT 05"
)


async def test_a_table_in_a_closed_tab_waits_and_wraps_when_its_tab_opens(
    app_for: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, LONG, "enter", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-table", what="votes")
        table = app.screen.query_one("#problem-table", DataTable)
        asked: list[Callable[[], object]] = []
        ask = table.call_after_refresh

        def counted(callback: Callable[[], object], *args: Any, **kwargs: Any) -> bool:
            asked.append(callback)
            return ask(callback, *args, **kwargs)

        monkeypatch.setattr(table, "call_after_refresh", counted)
        # a change on the vote tab fills the closed list again; then, with nothing
        # happening, nothing more is asked of it (it was filled again after every
        # refresh for as long as its tab stayed closed, and the app never went idle)
        dots = app.session.workshop.voting.dots.dots_per_person
        await keys(pilot, "ctrl+up")
        await wait_until(
            pilot,
            lambda: app.session.workshop.voting.dots.dots_per_person == dots + 1,
            what="one dot more per person",
        )
        for _ in range(5):  # the views show the change (a loaded machine may take a while)
            await pilot.pause()
        asked.clear()
        for _ in range(5):
            await pilot.pause()
        assert asked == []
        # opened again, the list wraps the long title to its width: its last words are shown
        await keys(pilot, "f5")
        await wait_until(
            pilot,
            lambda: "pembuangan" in screen_text(app) and "warga RT 05" in screen_text(app),
            what="the whole long title in the list",
        )

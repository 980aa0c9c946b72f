"""Persiapan: no invisible Tab stop between the step list and "Judul lokakarya" (issue #12).

The form's scrolling area took the focus itself: Shift+Tab from the title (or Tab
from the step list) landed on it, nothing showed where the focus was, and the
keys typed next went nowhere.
"""

from __future__ import annotations

import pytest

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


async def test_shift_tab_from_the_title_goes_to_the_step_list_and_tab_comes_back() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "f-title", what="title")
        await keys(pilot, "shift+tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "stepper", what="the step list"
        )
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "f-title", what="title")

"""Pictures of every group step (Palembang, Kelompok Sedap Malam, 120×40), some tabs, and 100×30.

Regenerate after an intended change with
``pytest tests/tui/group --snapshot-update`` and look at the SVGs before committing.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.group.conftest import steady
from tests.tui.pilot import keys, wait_for_step

CASES = [
    ("success", PraStep.SUCCESS, ()),
    ("swot", PraStep.SWOT, ()),
    ("pledges", PraStep.PLEDGES, ("tab", "tab", "tab", "tab", "tab")),
    ("steps", PraStep.STEPS, ()),
    ("calendar_grid", PraStep.CALENDAR, ()),
    ("calendar_settings", PraStep.CALENDAR, ("f6",)),
    ("capital_fund", PraStep.CAPITAL, ()),
    ("capital_budget", PraStep.CAPITAL, ("f6",)),
    ("capital_repayment", PraStep.CAPITAL, ("f6", "f6")),
    ("capital_revolving", PraStep.CAPITAL, ("f6", "f6", "f6")),
    ("capital_sources", PraStep.CAPITAL, ("f3", "f5")),
    ("analysis_products", PraStep.ANALYSIS, ()),
    ("analysis_seasons", PraStep.ANALYSIS, ("f6",)),
    ("analysis_market", PraStep.ANALYSIS, ("f6", "f6")),
    ("analysis_cash", PraStep.ANALYSIS, ("f6", "f6", "f6")),
    ("second_group_pledges", PraStep.PLEDGES, ("f3",)),
    ("swot_projector", PraStep.SWOT, ("f2",)),
]


@pytest.mark.parametrize(("name", "step", "presses"), CASES, ids=[c[0] for c in CASES])
def test_group_step_screen(
    snap_compare, name: str, step: PraStep, presses: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    app = PraApp(make_session(palembang()), step=step)

    async def before(pilot: Pilot[None]) -> None:
        await wait_for_step(pilot, step)
        await keys(pilot, *presses)
        await steady(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


@pytest.mark.parametrize(
    "step", [PraStep.SWOT, PraStep.CALENDAR, PraStep.PLEDGES, PraStep.ANALYSIS]
)
def test_group_step_small_terminal(snap_compare, step: PraStep) -> None:  # type: ignore[no-untyped-def]
    """100×30, the smallest size promised: the notes panel is hidden, everything else fits."""
    app = PraApp(make_session(palembang()), step=step)

    async def before(pilot: Pilot[None]) -> None:
        await steady(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=before)

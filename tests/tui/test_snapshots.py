"""Pictures of every workshop-level step (Palembang example, 120×40) and projector mode.

Regenerate after an intended change with ``pytest --snapshot-update tests/tui``
and look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys as press
from tests.tui.pilot import wait_for_step, wait_for_still_screen


async def _steady(pilot: Pilot[None]) -> None:
    """The step's focus in place, no blinking cursor (it would make snapshots flip), and
    nothing left to redraw (:func:`tests.tui.pilot.wait_for_still_screen`)."""
    screen = pilot.app.screen
    assert isinstance(screen, WorkshopScreen)
    await wait_for_step(pilot, screen.current)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await wait_for_still_screen(pilot)


CASES = [
    ("preparation", PraStep.PREPARATION, ()),
    ("participants", PraStep.PARTICIPANTS, ("tab",)),
    ("problems_list", PraStep.PROBLEMS, ()),
    ("problems_vote", PraStep.PROBLEMS, ("f6",)),
    ("problems_results", PraStep.PROBLEMS, ("f6", "f6")),
    ("potentials_skills", PraStep.POTENTIALS, ("tab",)),
    ("potentials_venn", PraStep.POTENTIALS, ("f6",)),
    ("ideas_matrix", PraStep.IDEAS, ("f6", "f6")),
    ("ideas_groups", PraStep.IDEAS, ("f6", "f6", "f6")),
    ("review", PraStep.REVIEW, ()),
]


@pytest.mark.parametrize(("name", "step", "keys"), CASES, ids=[c[0] for c in CASES])
def test_step_screen(snap_compare, name: str, step: PraStep, keys: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    app = PraApp(make_session(palembang()), step=step)

    async def before(pilot: Pilot[None]) -> None:
        await wait_for_step(pilot, step)
        await press(pilot, *keys)
        await _steady(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_projector_mode(snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)

    async def before(pilot: Pilot[None]) -> None:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await press(pilot, "f6", "f6", "f2")
        pilot.app.clear_notifications()
        await _steady(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_small_terminal(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """100×30 is the smallest size the product promises."""
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)

    async def before(pilot: Pilot[None]) -> None:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await press(pilot, "f6")
        await _steady(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=before)

"""Pictures of every step at 100×30, the smallest terminal promised (Palembang, first group).

The stepper shows step numbers only, the notes are hidden, tables wrap their
long text. Regenerate after an intended change with
``pytest tests/tui/test_snapshots_projector.py --snapshot-update`` and look at them.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.group.conftest import steady
from tests.tui.pilot import wait_until


@pytest.mark.parametrize("step", list(PraStep), ids=[s.value for s in PraStep])
def test_step_at_100x30(snap_compare, step: PraStep) -> None:  # type: ignore[no-untyped-def]
    app = PraApp(make_session(palembang()), step=step)

    async def before(pilot: Pilot[None]) -> None:
        screen = app.screen
        await wait_until(
            pilot,
            lambda: (
                step in screen.views  # type: ignore[attr-defined]
                and app.focused in screen.views[step].walk_children()
            ),  # type: ignore[attr-defined]
            what=f"the focus in {step}",
        )
        await steady(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=before)

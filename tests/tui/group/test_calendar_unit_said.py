"""Ctrl+T (weeks ↔ months) says what it did to the steps, and that Ctrl+Z undoes it (issue #12).

It used to rewrite every step's length silently: "1 minggu" became "1 bulan",
the steps moved and new holiday warnings appeared, with no word on screen.
"""

from __future__ import annotations

from pytest import MonkeyPatch

from pra.model import PraStep
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, record_notices, wait_for_step, wait_until

SIZE = (100, 30)


async def test_ctrl_t_names_the_new_unit_the_steps_that_move_and_ctrl_z(
    monkeypatch: MonkeyPatch,
) -> None:
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.CALENDAR)

        def unit() -> str:
            group = app.session.workshop.group(SEDAP)
            assert group is not None
            return group.calendar.unit

        assert unit() == "week"
        await keys(pilot, "ctrl+t")
        await wait_until(pilot, lambda: unit() == "month", what="the calendar counted in months")
        await wait_until(pilot, lambda: bool(notices), what="the change said")
        # Sedap Malam has 9 steps; "Menerima pesanan kue Lebaran" ends on a date: 8 move
        assert notices == [
            "Satuan kalender diganti: per minggu → per bulan. Lama 8 langkah kini dihitung"
            " per bulan (1 minggu menjadi 1 bulan), jadi langkah bergeser. ^z membatalkan."
        ]
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: unit() == "week", what="Ctrl+Z back to weeks")

"""A step's heading wraps rather than lose its end to a long group name (rev18-facil: "Kalender
KUBE Bengkel Maju Bersama: mulai (tanggal mulai belum diisi), per bulan, 8" lost "kolom", and
the sources' heading its tab's name)."""

from __future__ import annotations

from pra.edit import groups
from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import screen_text, wait_for_step, wait_until


async def test_the_calendar_heading_keeps_its_end_with_a_long_group_name() -> None:
    ws = groups.update_group(palembang(), SEDAP, name="KUBE Bengkel Maju Bersama Kelurahan 13 Ilir")
    app = group_app(PraStep.CALENDAR, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await wait_until(
            pilot,
            lambda: "12 kolom" in " ".join(screen_text(app).split()),
            what="the heading's end",
        )

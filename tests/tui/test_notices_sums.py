"""A notice sits where it covers neither the focused row nor the sums (#12): at 100×30 step 8's
"Janji setiap bulan: Swadaya menghitung satu kali bayar, Rp 10.000." covered the lines of the
Swadaya total at the bottom while the focus was in the pledge line at the top."""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from pra.tui import notices
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


async def test_the_recurring_pledge_notice_leaves_the_swadaya_total_and_the_line_alone() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PLEDGES)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        line = app.screen.query_one("#pledge-line", Input)
        line.focus()
        await wait_for_focus(pilot, lambda w: w is line, what="the pledge line")
        await keys(pilot, "Fatimah: uang 10.000 setiap bulan", "enter")
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")), what="the notice")
        toast = app.screen.query_one("Toast")
        await wait_until(pilot, lambda: toast.region.height > 0, what="the notice drawn")
        await pilot.pause()
        assert "Swadaya menghitung satu kali bayar" in str(toast.render())
        total = app.screen.query_one("#pledge-total").region
        assert total.height > 0 and not toast.region.overlaps(total)
        assert notices.focus_line(line) not in range(toast.region.y, toast.region.bottom)

"""The analysis summary on the screen says page 1's verdict (review rev13-code F-c: it dropped a
weakest month that still pays, which page 1 and the printed analysis say)."""

from __future__ import annotations

from textual.widgets import Static

from pra.model import PraStep
from pra.plan.business import analysis_start, business_plan
from pra.plan.cash_summary import capacity_verdict
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import wait_for_step


async def test_the_summary_names_the_weakest_month_that_still_pays() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        ws = app.session.workshop
        group = ws.group(SEDAP)
        assert group is not None
        plan = business_plan(group, analysis_start(group, ws.info.date))
        summary = str(app.screen.query_one("#analysis-summary", Static).render())
        said = " ".join(summary.split())
        # Sedap Malam: July 2004 leaves 7.900 a member, less than the ordinary 47.500
        assert "Bulan terlemah dengan angsuran atau iuran adalah Juli 2004" in said
        assert "tetap cukup, sisa Rp 7.900." in said
        for notice in capacity_verdict(group, plan):
            assert " ".join(notice.text().split()) in said

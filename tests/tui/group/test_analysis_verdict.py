"""The analysis summary on the screen says page 1's verdict (review rev13-code F-c: it dropped a
weakest month that still pays, which page 1 and the printed analysis say)."""

from __future__ import annotations

from textual.widgets import Static

from pra.model import PraStep
from pra.plan.business import analysis_start, business_plan
from pra.plan.cash_summary import capacity_verdict
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import wait_for_step


async def test_the_summary_names_the_weakest_month() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        ws = app.session.workshop
        group = ws.group(SEDAP)
        assert group is not None
        plan = business_plan(group, analysis_start(group, ws.info.date))
        summary = str(app.screen.query_one("#analysis-summary", Static).render())
        said = " ".join(summary.split())
        # Sedap Malam: with Ramadan by year (s13-money) October 2004 is the weakest month:
        # 265.000 ÷ 10 = 26.500 a member against 28.500, short 2.000
        assert "bulan terlemah dengan angsuran atau iuran adalah Oktober 2004" in said
        assert "kurang Rp 2.000." in said
        for notice in capacity_verdict(group, plan):
            assert " ".join(notice.text().split()) in said

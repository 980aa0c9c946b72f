"""Nothing of the business analysis stays below the fold at 100x30: keys reach every line.

The analysis tabs scroll as a whole and their tables are as tall as their rows
(they never scroll themselves). With five products the verdict under the table
("Kemampuan mengangsur …") ended below the screen's edge, and the cash-flow rows
after Jul 2004 (Sedap Malam) stayed there while the cursor went down the table:
no key brought them up. Now Tab reaches the summary (a focused text whose ↑/↓
scroll the tab, named in the footer) and the cash flow's lines are such a text too, so F6 no longer
lands on its table below them: Tab goes on to the table, which comes into view.
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable

from pra.model import PraStep
from pra.plan.business import analysis_start, business_plan
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app, steady
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step

SIZE = (100, 30)


async def to_cash_lines(pilot: Pilot[None]) -> None:
    """F6 to Arus kas: its selling-start field first, then Tab to its lines (then the table)."""
    await keys(pilot, "f6", "f6", "f6")
    await wait_for_focus(
        pilot, lambda w: w is not None and w.id == "sales-start", what="the selling start"
    )
    await keys(pilot, "tab")
    await wait_for_focus(
        pilot, lambda w: w is not None and w.id == "cash-lines", what="the cash lines"
    )


async def test_the_verdict_under_five_products_is_reached_by_tab() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await keys(pilot, "Pisang goreng, biji, 1.000, 500+100+50, 900", "enter")
        await keys(pilot, "Tahu isi, biji, 1.000, 500+100+50, 900", "enter")
        table = app.screen.query_one("#product-table", DataTable)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="the product table")
        await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "analysis-summary", what="the summary"
        )
        await steady(pilot)
        text = screen_text(app)
        # its last line: 5 products, profit 1.390.000 / 10 members; 28.500 paid: 110.500 left
        assert "sisa Rp 110.500." in text, text
        assert "Kemampuan mengangsur: laba sebulan Rp 1.390.000" in text, text
        assert "↑↓ Gulir" in text.splitlines()[-1], text  # the footer says how to read on


async def test_the_cash_flow_follows_the_cursor_to_its_last_month() -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    months = business_plan(group, analysis_start(group, ws.info.date)).months
    # Sep 2003 until the fund's last instalment, Jan 2005: 17 months, Jul 2004 the 11th
    assert (len(months), months[-1].period.label()) == (17, "Jan 2005")
    last = months[-1].period.label()
    app = group_app(PraStep.ANALYSIS, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await to_cash_lines(pilot)
        table = app.screen.query_one("#cash-table", DataTable)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="the cash table")
        for _ in range(table.row_count):
            await keys(pilot, "down")
        await steady(pilot)
        text = screen_text(app)
        assert f"{last}  2.400.000" in text, text  # its sales, the first amount
        # and every month on the way was on screen: the cursor's row is never below the fold
        for _ in range(len(months)):
            await keys(pilot, "up")
        await steady(pilot)
        assert months[0].period.label() in screen_text(app)


async def test_the_cash_lines_scroll_with_the_arrow_keys() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await to_cash_lines(pilot)
        await keys(pilot, "end")
        await steady(pilot)
        assert "Jan 2005  2.400.000" in screen_text(app)

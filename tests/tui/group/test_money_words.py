"""One word for one thing (#13): the screen calls the money as the printed plan does.

What a member gets from the revolving fund is a loan ("Pinjaman per anggota") on the capital
step as on the page, and the cash flow's columns on screen are the printed ones, each lender's
instalments in a column of their own, so a lender's instalment is followed from screen to page.
"""

from __future__ import annotations

from textual.widgets import Static

from pra.model import PraStep
from pra.plan.business import analysis_start, business_plan
from tests.tui.conftest import palembang
from tests.tui.group.conftest import JAYA, group_app, steady
from tests.tui.group.test_analysis_fold import to_cash_lines
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)


async def test_the_capital_step_says_loan_per_member_as_the_plan_does() -> None:
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await steady(pilot)
        lines = str(app.screen.query_one("#share-lines", Static).render()).replace("\u00a0", " ")
        # Sedap Malam: each member borrows Rp 250.000 from the fund
        assert "Pinjaman per anggota: Rp 250.000" in lines, lines
        assert "stimulan" not in lines.lower(), lines


async def test_the_cash_flow_gives_the_lender_its_printed_column() -> None:
    ws = palembang()
    group = ws.group(JAYA)
    assert group is not None
    october = business_plan(group, analysis_start(group, ws.info.date)).months[1]
    # Jaya Bersama repays BMM weekly on Mondays from the first Monday on the end of its month
    # of grace: Oct 2003 holds four instalments (6, 13, 20, 27 Oct), 4 × 68.500 = Rp 274.000,
    # beside Rp 520.000 the members pay into their fund and as dues
    assert (october.period.label(), october.lenders, october.members_and_dues) == (
        "Okt 2003",
        (274000,),
        520000,
    )
    app = group_app(PraStep.ANALYSIS, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: "Jaya Bersama" in screen_text(app), what="Jaya Bersama")
        await to_cash_lines(pilot)
        await keys(pilot, "end")
        await steady(pilot)
        text = screen_text(app)
        # the printed titles over up to three lines, each amount in its own column
        assert "Angsuran   Angsuran  Kas akhir" in text, text
        assert "anggota    BMM" in text, text
        assert "Okt 2003  4.050.000  2.060.000  140.000    520.000   274.000  1.900.000" in text


async def test_the_members_repay_weekly_on_the_day_typed() -> None:
    """#13: the fund's repayment field reads a frequency and a day as the lender's line does."""
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "tab", "tab", "tab", "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "cap-repayment_day", what="the day field"
        )
        await keys(pilot, "ctrl+u", "mingguan Kamis", "enter")

        def plan():  # type: ignore[no-untyped-def]
            return app.session.workshop.groups[0].capital

        await wait_until(
            pilot,
            lambda: (plan().repayment_frequency, plan().repayment_day) == ("weekly", 4),
            what="weekly on Thursdays",
        )
        await keys(pilot, "f6", "f6")  # Angsuran
        await wait_until(
            pilot,
            lambda: "Angsuran setiap minggu pada hari Kamis" in screen_text(app),
            what="the weekly schedule's sentence",
        )
        # Sedap Malam's Rp 250.000 over 12 months: 52 Thursdays from 11 Sep 2003
        assert "= 52 angsuran" in screen_text(app)

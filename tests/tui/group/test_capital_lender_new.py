"""A new workshop's group borrows from a lender: the capital step shows the lender's schedule.

Issue #12, as a facilitator met it: from an empty file, a group, then in Modal a
loan from BMM (Rp 3.000.000, 12 months, 1,5% flat, monthly, handed over on
1 February 2027). The Angsuran tab showed ten rows of Rp 0 (the members' loan,
which nobody had set) and not the lender's schedule the printed plan has; the
analysis named the months "Bulan 1, Bulan 2 …" though the loan is dated.
"""

from __future__ import annotations

import re

from textual.widgets import Select

from pra.i18n import t
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.steps.group_capital import SOURCE_FORM
from tests.plan.test_new_workshop_loan import new_workshop
from tests.tui.conftest import make_session
from tests.tui.group.conftest import steady
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)
LOAN = "BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan, 01-02-2027"


async def test_the_lenders_schedule_is_shown_and_the_months_are_dated() -> None:
    app = PraApp(make_session(new_workshop()), step=PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f5")  # the last tab, Sumber dana: kind, then the line
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == f"{SOURCE_FORM}-kind", what="the kind"
        )
        await keys(pilot, "enter", "down", "enter")
        await wait_until(
            pilot,
            lambda: app.screen.query_one(f"#{SOURCE_FORM}-kind", Select).value == "loan",
            what="the kind 'pinjaman' chosen",
        )
        await keys(pilot, "tab", LOAN, "enter")
        await wait_until(
            pilot, lambda: bool(app.session.workshop.groups[0].capital.loans), what="the loan"
        )
        await keys(pilot, "f5", "f5")  # Dana bergulir, then Angsuran
        await wait_until(
            pilot,
            lambda: "Angsuran kepada pemberi pinjaman" in screen_text(app),
            what="the lender's schedule",
        )
        await steady(pilot)
        text = screen_text(app)
        # no member borrows (no grant per member): a sentence, not ten rows of Rp 0
        assert "Anggota belum meminjam dari dana bergulir" in text, text
        assert "Rp 0      Rp 0" not in text, text
        # a new group's cash unit is Rp 500 (rev16-lender 7): no "to the rupiah" reminder
        assert "Angsuran dihitung sampai rupiah (Rp 1)" not in text, text
        # 3.000.000 ÷ 12 = 250.000 principal + 3.000.000 × 1,5% × 12 ÷ 12 = 45.000 interest
        # = 295.000 each; handed over 1 Feb 2027, the first due on the 1st a month later
        lines = [" ".join(line.split()) for line in text.splitlines()]
        assert any(
            "Pinjaman BMM Rp 3.000.000: 12 angsuran bulanan, bunga 1,5% per bulan flat;" in line
            for line in lines
        ), text
        assert any(
            "1 Februari 2027; bunga seluruhnya Rp 540.000, dikembalikan Rp 3.540.000." in line
            for line in lines
        ), text
        # the schedule's rows, whatever marks the edge of the table (a focus bar or none)
        rows = [line[line.index("BMM ") :] for line in lines if re.search(r"BMM \d+ \d+ ", line)]
        assert rows[0] == "BMM 1 1 Mar 2027 Rp 250.000 Rp 45.000 Rp 295.000 Rp 2.750.000", text
        assert rows[-1] == "BMM 12 1 Feb 2028 Rp 250.000 Rp 45.000 Rp 295.000 Rp 0", text
        assert len(rows) == 12, text
        # the analysis' cash flow: the loan's months, by name
        await keys(pilot, "f8")
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await keys(pilot, "f5")  # Arus kas
        await wait_until(
            pilot, lambda: "Feb 2027" in screen_text(app), what="the cash flow's first month"
        )
        text = screen_text(app)
        assert "Bulan 1" not in text, text
        assert t("tui.analysis.cash.undated").split(" (")[0] not in text, text

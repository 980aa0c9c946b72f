"""The progress tab: the figures of pra.plan.followup on screen, and the mentor's fields kept."""

from __future__ import annotations

import pytest

from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.data import SEDAP, followed
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_text,
    wait_until,
)

SIZE = (100, 30)


async def test_the_progress_tab_shows_due_against_paid_and_the_warnings() -> None:
    session = make_session(followed())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-mentor", what="mentor")
        # the last record (1 March 2004) is years before the test's frozen today: counted there
        await wait_for_text(pilot, "Per 1 Maret 2004: angsuran lancar 82% · PAR30 41%")
        text = screen_text(app)
        # October: four borrowers paid Rp 47.000, Aisyah Rp 23.500, Syamsul Rp 47.000 of 6 x 47.000
        assert "Okt 2003" in text and "258.500 / 282.000" in text
        assert "Des 2003" in text and "211.500 / 282.000" in text
        assert "⚠ 2 anggota menunggak lebih dari 30 hari: Aisyah, Syamsul Bahri" in text
        assert "Riwayat nilai: 1 Desember 2003 B (59%)  ·  1 Maret 2004 C (41%)" in text


async def test_the_progress_tab_sets_reported_sales_and_profit_against_the_analysis() -> None:
    """Rp 1.200.000 sold and 800.000 spent a month; planned (the analysis, worked in
    tests/export/test_report.py): 2.400.000 sales and 760.000 profit, November 3.300.000
    and 865.000. Every month's profit is below plan: marked ▼. The group meets on the 5th and
    a report counts in the month of the middle of the period it covers, so the last meeting
    (5 February 2004) reports January: the last row is January's, there is no February row."""
    app = PraApp(make_session(followed()))
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-mentor", what="mentor")
        for _ in range(6):
            await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "fu-dashboard", what="the figures"
        )
        await keys(pilot, "end")
        await wait_for_text(
            pilot, "Nov 2003  jual 1.200.000 / 3.300.000  laba   400.000 / 865.000 ▼"
        )
        text = screen_text(app)
        assert "Jan 2004  jual 1.200.000 / 2.400.000  laba   400.000 / 760.000 ▼" in text
        assert "Feb 2004  jual" not in text


async def test_the_mentor_and_the_reflection_are_kept_and_undone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(followed())
    app = PraApp(session)

    def followup():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-mentor", what="mentor")
        await keys(pilot, " (Bina Swadaya)", "enter")
        await wait_until(
            pilot, lambda: followup().mentor == "Ratna Dewi (Bina Swadaya)", what="the mentor"
        )
        await keys(pilot, "tab", "BMM Swadaya", "tab", "15-03-2004", "enter")
        # the last grade is C and the record falls short (the one LKM rule): refused, each
        # figure named, nothing recorded
        await wait_until(pilot, lambda: bool(notices), what="the refusal")
        assert notices[-1] == (
            "Kelompok ini belum dapat dihubungkan ke LKM pada 15 Maret 2004: nilai C; angsuran "
            "lancar baru 68%; PAR30 41%."
        )
        assert followup().lkm == ""
        for _ in range(3):
            await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "fu-reflection", what="the reflection"
        )
        await keys(pilot, "Kelompok mulai mandiri mengatur kas", "enter")
        await wait_until(
            pilot,
            lambda: followup().reflection == "Kelompok mulai mandiri mengatur kas",
            what="the reflection",
        )
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: followup().reflection == "", what="the reflection undone")


async def test_the_progress_tab_shows_the_groups_own_repayments_to_its_lender() -> None:
    """Jaya Bersama (the shipped Palembang example) owes the BMM Rp 68.500 a week from
    6 October 2003 (the first Monday on or after the month's grace); by 1 June 2004 35
    instalments are due, Rp 2.397.500. Its meetings paid 68.500 + 274.000 + 274.000 + 171.500
    + 137.000 + 171.500 = 1.096.500: arrears 1.301.000."""
    from tests.tui.conftest import palembang

    app = PraApp(make_session(palembang()))
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4", "f3", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-mentor", what="mentor")
        await keys(pilot, "tab", "tab", "tab", "tab")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-on", what="the day")
        await keys(pilot, "01-06-2004", "enter", "tab", "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "fu-dashboard", what="the figures"
        )
        line = (
            "Pinjaman BMM: jatuh tempo Rp 2.397.500, dibayar kelompok Rp 1.096.500, "
            "tunggakan Rp 1.301.000"
        )
        for _ in range(20):
            if line in screen_text(app).replace("\u00a0", " "):
                break
            await keys(pilot, "down")
        assert line in screen_text(app).replace("\u00a0", " ")
        assert "Kelompok Jaya Bersama" in screen_text(app)
        # the headline names whose arrears it counts, the group's to its lender beside the
        # members' (it said "tunggakan Rp 0" over the lender's Rp 1.301.000: a contradiction)
        headline = " ".join(str(app.screen.query_one("#fu-summary").render()).split())
        assert "tunggakan anggota Rp" in headline, headline
        assert headline.endswith("tunggakan kelompok kepada pemberi pinjaman Rp 1.301.000"), (
            headline
        )

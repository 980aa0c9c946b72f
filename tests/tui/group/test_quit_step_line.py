"""A step line refused (step 9, langkah kegiatan), on Enter or on Ctrl+Q. One app session.

- Its reason is said right above the line and stays until the line is entered, emptied or
  refused again, as the pledge line's (issue #12, rev14: "1 bulan" in a calendar counted in
  weeks was refused by a toast alone, gone before it was read).
- The first Ctrl+Q says the line and where its reason is, and stays, as for a pledge line
  (rev14-facil 2: the app closed at once and the line was lost, unsaid). A line that reads
  is entered and quitting goes on.
"""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, Static

from pra.i18n import t
from pra.model import PraStep
from tests.tui.conftest import MemorySaver
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_for_text,
    wait_until,
)

SIZE = (100, 30)
WRONG_UNIT = "Menawarkan ke sekolah, 1 bulan, oleh Rohani"  # Sedap Malam counts weeks
REFUSED = "Menawarkan ke sekolah, 1 minggu, oleh Zulkifli"  # not in Sedap Malam
GOOD = "Menawarkan ke sekolah, 1 minggu, oleh Rohani"


async def test_a_refused_step_line_is_said_above_it_and_ctrl_q_says_it_and_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.STEPS, saver=MemorySaver())
    exits: list[object] = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(a))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        said = record_notices(monkeypatch, app)
        line = app.screen.query_one("#step-form-title", Input)
        line.focus()
        await wait_for_focus(pilot, lambda w: w is line, what="the step line")
        steps = len(app.session.workshop.group(SEDAP).steps)  # type: ignore[union-attr]
        refusal = app.screen.query_one("#step-line-refusal", Static)
        # Enter: the reason above the line, with an example in the calendar's unit
        await keys(pilot, WRONG_UNIT, "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        text = str(refusal.render())
        assert '"1 bulan"' in text and "dihitung per minggu" in text and "(mis. 4 minggu)" in text
        assert refusal.region.height > 0 and refusal.region.y < line.region.y  # on screen
        await keys(pilot, "end", "left", "backspace")  # being corrected: still said
        assert refusal.display and line.value == WRONG_UNIT[:-2] + "i"
        await keys(pilot, "end", "ctrl+u")
        await wait_until(pilot, lambda: not refusal.display, what="the refusal gone")
        # Ctrl+Q: said, with where the reason is, and the app stays
        await keys(pilot, REFUSED, "ctrl+q")
        await wait_until(
            pilot,
            lambda: any("Belum tersimpan" in s and REFUSED in s for s in said),
            what="the refused line said",
        )
        assert not exits, "the first Ctrl+Q stays"
        assert line.value == REFUSED, "the refused line stays in its field"
        kept = next(s for s in said if "Belum tersimpan" in s)
        # the reason itself: Ctrl+Q may be pressed on a step where the line is not seen
        # (rev15-facil 6)
        assert "bukan anggota" in kept and "di atas baris" not in kept and refusal.display
        # the palette's Keluar does not claim all is saved while the line is pending
        # (rev15-facil: "Tutup pra; semua perubahan sudah tersimpan")
        await keys(pilot, "ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), what="palette")
        await keys(pilot, *"Keluar")
        await wait_for_text(pilot, "1 baris yang diketik belum tersimpan")
        assert "sudah tersimpan" not in screen_text(app)
        await keys(pilot, "escape")
        await wait_for_focus(pilot, lambda w: w is line, what="the step line again")
        # corrected, the next Ctrl+Q enters it and leaves
        await keys(pilot, "ctrl+u", GOOD, "ctrl+q")
        await wait_until(pilot, lambda: exits, what="the app asked to close")
        group = app.session.workshop.group(SEDAP)
        assert group is not None and len(group.steps) == steps + 1
        assert group.steps[-1].title == "Menawarkan ke sekolah"
        assert not refusal.display
        assert app.quit_help() == t("tui.palette.quit_help")  # nothing pending: all saved


async def test_a_refusal_about_the_unit_is_checked_again_when_the_unit_changes() -> None:
    """rev15-facil: after Ctrl+T on step 10 (weeks → months), step 9 still said '"1 bulan":
    kalender … per minggu' above a line that Enter then accepted."""
    app = group_app(PraStep.STEPS, saver=MemorySaver())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        line = app.screen.query_one("#step-form-title", Input)
        line.focus()
        await wait_for_focus(pilot, lambda w: w is line, what="the step line")
        refusal = app.screen.query_one("#step-line-refusal", Static)
        await keys(pilot, WRONG_UNIT, "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        assert '"1 bulan"' in str(refusal.render())

        def unit() -> str:
            group = app.session.workshop.group(SEDAP)
            assert group is not None
            return group.calendar.unit

        await keys(pilot, "f8")
        await wait_for_step(pilot, PraStep.CALENDAR)
        await keys(pilot, "ctrl+t")
        await wait_until(pilot, lambda: unit() == "month", what="the calendar in months")
        await keys(pilot, "f7")
        await wait_for_step(pilot, PraStep.STEPS)
        await wait_until(pilot, lambda: not refusal.display, what="the stale refusal gone")
        assert line.value == WRONG_UNIT  # the line itself stays, to be entered

"""Ctrl+K (who led the meeting) is in the footer on the member table, where the hint names it."""

from __future__ import annotations

from pra.edit import followup as fu
from pra.i18n import t
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

SEDAP = "g-sedap-malam"


async def test_the_footer_names_ctrl_k_on_the_member_table_at_100x30() -> None:
    app = PraApp(make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003")))
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-date", what="date")
        await keys(pilot, "tab", "tab")  # past the date and the kind of meeting
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "fu-members", what="the member table"
        )
        label = f"^k {t('tui.followup.key.lead')}"  # "^k yang memimpin"
        await wait_until(
            pilot,
            lambda: label in screen_text(app).splitlines()[-1],
            what=f"{label!r} in the footer",
        )
        # the whole footer line is on screen: F4 (back to the workshop) is still there
        footer = screen_text(app).splitlines()[-1]
        assert "F4 lokakarya" in footer, footer

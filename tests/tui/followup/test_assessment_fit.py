"""The assessment tab at 100×30 (the shipped Palembang follow-up): its hint and counts whole."""

from __future__ import annotations

from pra.i18n import t
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.followup.conftest import open_meeting
from tests.tui.layout_check import shown_whole
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_still_screen


async def test_the_date_hint_and_each_area_with_its_count_are_on_one_line() -> None:
    app = PraApp(make_session(palembang()))
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "fu-criteria", what="the criteria"
        )
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        hint = t("tui.followup.assessment.new_date")  # "…, mis. 01-12-2003, lalu Enter"
        assert hint in text, text
        # the last assessment's five areas: each with its count on the same line
        for area in ("Keorganisasian 4/4", "Administrasi 4/4", "Permodalan 3/3"):
            assert area in text, (area, text)
        assert "Usaha produktif 3/3" in text and "Jaringan 2/3" in text, text
        assert shown_whole(text, "Keorganisasian: Pertemuan kelompok diadakan rutin")

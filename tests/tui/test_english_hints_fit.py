"""English field hints are whole at 100×30, where their Indonesian fits (English is longer).

The hint in an empty field is the only word on what it wants; in English the new
group's line read "… (business: the one highlighted under Ideas " and the success
circle's sign "We will see it when… (e.g. Rp 5,000 a" (issue #12's English walk).
"""

from __future__ import annotations

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_until

SIZE = (100, 30)


async def test_the_new_group_hint_is_whole_in_english() -> None:
    i18n.set_language("en")
    hint = i18n.t("tui.ideas.group_hint")
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Needs" in screen_text(app), what="the step")
        await keys(pilot, "f6", "f6", "f6")  # ideas and criteria, matrix, groups
        await wait_until(pilot, lambda: "(business:" in screen_text(app), what="the groups tab")
        assert hint in screen_text(app)


async def test_the_success_sign_hint_is_whole_in_english() -> None:
    i18n.set_language("en")
    hint = i18n.t("tui.success.indicator_hint")
    app = PraApp(make_session(palembang()), step=PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Success circle" in screen_text(app), what="the step")
        assert hint in screen_text(app)

"""A step's length and a round of the revolving fund are said in good English: "1 week", "1 person".

In English the steps table read "1 weeks" for every one-week step of the example,
and the revolving fund "Round 2: month 1 (…), 1 people: Herlina" (issue #12's
English walk at 100×30).
"""

from __future__ import annotations

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_until

SIZE = (100, 30)


async def test_one_week_and_one_person_in_english() -> None:
    i18n.set_language("en")
    app = PraApp(make_session(palembang()), step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        # step 1 "Mencari modal usaha" lasts one week
        await wait_until(pilot, lambda: "1 week " in screen_text(app), what="1 week")
        text = screen_text(app)
        assert "1 weeks" not in text
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Fund rules" in screen_text(app), what="the capital")
        await keys(pilot, "f6", "f6", "f6")  # budget, repayments, revolving fund
        await wait_until(pilot, lambda: "Round 2:" in screen_text(app), what="the rounds")
        text = screen_text(app)
        assert "1 person: Herlina" in text
        assert "6 people: Rohani" in text
        assert "1 people" not in text


async def test_indonesian_lengths_are_as_before() -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "1 minggu " in screen_text(app), what="1 minggu")

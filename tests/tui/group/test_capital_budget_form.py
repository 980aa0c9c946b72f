"""The budget form at 100×30: the source choice shows its label whole, "(belum ditentukan)"."""

from __future__ import annotations

from pra.i18n import t
from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app, steady
from tests.tui.pilot import keys, screen_text, wait_for_step


async def test_the_source_choice_is_not_cut_to_its_first_word() -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6")  # the budget (RAB)
        await steady(pilot)
        text = screen_text(app)
        form = next(line for line in text.splitlines() if "Barang (mis. Oven)" in line)
        assert t("plan.funding.none") in form, form  # "(belum ditentukan)", not "(belum"

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
        form = next(line for line in text.splitlines() if "Harga Rp" in line)
        assert t("plan.funding.none") in form, form  # "(belum ditentukan)", not "(belum"


async def test_the_quantity_shows_whole_and_the_item_its_start_once_left() -> None:
    """Issue #12: "120" in Jml showed as "20" (a field 3 columns wide), and Barang, once
    left, kept showing the end of its text ("ain katun untuk…"); Barang now has a row of
    its own above the other fields."""
    from textual.widgets import Input

    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6")  # the budget (RAB)
        await steady(pilot)
        item = app.screen.query_one("#budget-form-item", Input)
        assert app.screen.focused is item
        await keys(pilot, "Kain katun untuk seragam sekolah", "tab", "120")
        await steady(pilot)
        lines = screen_text(app).splitlines()
        at = next(i for i, line in enumerate(lines) if "Harga Rp" in line)
        form = lines[at]
        assert "120" in form, form  # with the cursor after it, the quantity whole
        # on its own row above the others, whole from its start (not "ain katun untuk")
        assert " Kain katun untuk seragam sekolah" in lines[at - 1], lines[at - 1]
        await keys(pilot, "tab")
        await steady(pilot)
        form = next(line for line in screen_text(app).splitlines() if "Harga Rp" in line)
        assert "120" in form, form

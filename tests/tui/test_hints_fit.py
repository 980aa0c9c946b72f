"""Field hints are whole at 100×30 and at 120×40, in Indonesian and in English.

The hint in an empty field is the only word on what it wants, and a placeholder
cannot wrap: its second line is simply not drawn. In English the new group's line
read "… (business: the one highlighted under Ideas " and the success circle's sign
"We will see it when… (e.g. Rp 5,000 a"; in Indonesian at 120×40, where the step
list takes its full width, the business idea read "Ketik usaha yang diminati lalu",
the criterion "Ketik kriteria lalu Enter (mis." and the budget's item "Barang (mis."
(issue #12's walk).
"""

from __future__ import annotations

import pytest

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until

WINDOWS = [
    pytest.param(lang, size, id=f"{lang}-{size[0]}x{size[1]}")
    for lang in ("id", "en")
    for size in ((100, 30), (120, 40))
]


@pytest.mark.parametrize(("lang", "size"), WINDOWS)
async def test_the_ideas_and_group_hints_are_whole(lang: str, size: tuple[int, int]) -> None:
    i18n.set_language(lang)
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6")  # business ideas and criteria
        idea, criterion = i18n.t("tui.ideas.idea_hint"), i18n.t("tui.ideas.criterion_hint")
        await wait_until(pilot, lambda: idea[:5] in screen_text(app), what="the ideas tab")
        text = screen_text(app)
        assert idea in text
        assert criterion in text
        await keys(pilot, "f6", "f6")  # matrix, groups
        group = i18n.t("tui.ideas.group_hint", step=6)  # 6 Lingkaran sukses
        await wait_until(pilot, lambda: group[:10] in screen_text(app), what="the groups tab")
        assert group in screen_text(app)


@pytest.mark.parametrize(("lang", "size"), WINDOWS)
async def test_the_budget_hints_are_whole(lang: str, size: tuple[int, int]) -> None:
    i18n.set_language(lang)
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6")  # the budget (RAB)
        price = i18n.t("tui.capital.price_hint")
        await wait_until(pilot, lambda: price in screen_text(app), what="the budget form")
        form = next(line for line in screen_text(app).splitlines() if price in line)
        for key in ("quantity_hint", "unit_hint"):
            assert i18n.t(f"tui.capital.{key}") in form, form
        # the item (a whole budget line) has the row above them, the whole width (h-room5)
        assert i18n.t("tui.capital.item_hint") in screen_text(app)


@pytest.mark.parametrize(("lang", "size"), WINDOWS)
async def test_the_success_sign_hint_is_whole(lang: str, size: tuple[int, int]) -> None:
    i18n.set_language(lang)
    hint = i18n.t("tui.success.indicator_hint")
    app = PraApp(make_session(palembang()), step=PraStep.SUCCESS)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await wait_until(pilot, lambda: hint[:5] in screen_text(app), what="the sign's field")
        assert hint in screen_text(app)


@pytest.mark.parametrize(("lang", "size"), WINDOWS)
async def test_the_funding_source_example_is_whole(lang: str, size: tuple[int, int]) -> None:
    """Issue #12 (s13): the example in the Sumber dana field read "… Senin, tenggang" at 100x30,
    its end cut; the whole line of what a grant and a loan take is the hint above it."""
    i18n.set_language(lang)
    example = i18n.t("tui.capital.sources.text_hint_grant")
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f5")  # the funding sources, the last tab
        await wait_until(pilot, lambda: example[:8] in screen_text(app), what="the sources form")
        assert example in screen_text(app)
        # the example follows the kind chosen (rev17-facil: "bantuan" showed a loan's)
        from textual.widgets import Select

        app.screen.query_one("#source-form-kind", Select).value = "loan"
        loan = i18n.t("tui.capital.sources.text_hint_loan")
        await wait_until(pilot, lambda: loan in screen_text(app), what="the loan's example")

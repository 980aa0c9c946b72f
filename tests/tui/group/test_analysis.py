"""Business analysis by keyboard: a product on one line, a season, removal with undo, the summary."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from pra.i18n import t
from pra.model import PraStep
from pra.plan.business import analysis_start, business_plan
from tests.tui.conftest import SIZE, MemorySaver
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import (
    keys,
    record_notices,
    type_fast,
    wait_for_focus,
    wait_for_step,
    wait_until,
)


async def test_a_product_line_is_added_and_the_summary_follows() -> None:
    saver = MemorySaver()
    app = group_app(PraStep.ANALYSIS, saver=saver)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        line = app.screen.query_one("#product-form-line", Input)
        assert app.focused is line
        await keys(pilot, "Pisang goreng, biji, 1.000, 500+100+50, 900", "enter")
        ws = app.session.workshop
        group = ws.group(SEDAP)
        assert group is not None
        new = group.analysis.products[-1]
        assert (new.name, new.unit, new.price, new.materials, new.labour, new.packaging) == (
            "Pisang goreng",
            "biji",
            1000,
            500,
            100,
            50,
        )
        assert new.units_per_month == 900
        assert line.value == ""
        # the summary says what the plan says: 900 × (1.000 − 650) = 315.000 more profit
        plan = business_plan(group, analysis_start(group, ws.info.date))
        assert plan.ordinary.profit == 760_000 + 315_000
        summary = str(app.screen.query_one("#analysis-summary", Static).render())
        assert "laba Rp\u00a01.075.000" in summary.replace("\n", " ")
        assert plan.lines[-1].text().split(";")[0] in summary.replace("\n", " ")
        table = app.screen.query_one("#product-table", DataTable)
        assert [str(c) for c in table.get_row(new.id)][1:] == [
            "Pisang goreng",
            "biji",
            "Rp\u00a01.000",
            "Rp\u00a0650",
            "900",
            "Rp\u00a0315.000",
        ]


async def test_a_line_that_does_not_read_is_refused_and_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        said = record_notices(monkeypatch, app)
        before = app.session.workshop
        await keys(pilot, "Tahu isi, biji, seribu, 600", "enter")
        assert said == [t("edit.group.bad_money", text="seribu")]
        assert app.session.workshop is before
        assert app.screen.query_one("#product-form-line", Input).value == (
            "Tahu isi, biji, seribu, 600"
        )


async def test_a_season_typed_in_its_three_fields() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await keys(pilot, "f6")
        label = app.screen.query_one("#season-form-label", Input)
        await wait_for_focus(pilot, lambda w: w is label, what="season label")
        await keys(pilot, "Hajatan musim kawin", "tab", "Jun-Agu", "tab", "Kue maksuba 900")
        await keys(pilot, "enter")
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        season = group.analysis.seasons[-1]
        assert (season.label, season.months, season.product_id, season.units) == (
            "Hajatan musim kawin",
            (6, 7, 8),
            "pr-sm-maksuba",
            900,
        )
        table = app.screen.query_one("#season-table", DataTable)
        assert [str(c) for c in table.get_row(season.id)] == [
            "Hajatan musim kawin",
            "Jun, Jul, Agu",
            "Kue maksuba dan lapis",
            "900 unit",
        ]
        # the change's example names the group's own product (rev18: Jaya Bersama, a sewing
        # group, was shown Sedap Malam's "Kue bolu 200")
        change = app.screen.query_one("#season-form-change", Input)
        assert change.placeholder == "150% / Kue bolu 200"
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Seragam" in change.placeholder, what="Jaya Bersama's example"
        )
        assert change.placeholder == "150% / Seragam 200"


async def test_removing_a_product_says_its_season_went_too_and_undo_brings_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        said = record_notices(monkeypatch, app)
        before = app.session.workshop
        table = app.screen.query_one("#product-table", DataTable)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="product table")
        await keys(pilot, "down", "down", "delete")  # the Lebaran cookies, with their season
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        assert [p.name for p in group.analysis.products] == ["Kue bolu", "Kue maksuba dan lapis"]
        assert [s.label for s in group.analysis.seasons] == [
            "Libur sekolah: kantin tutup",
            "Puasa Ramadan: siang sepi",
        ]
        assert said[-1] == ("“Kue kering Lebaran (nastar)” dihapus — 1 musim. ^z membatalkan.")
        await keys(pilot, "ctrl+z")
        assert app.session.workshop == before


async def test_a_letter_typed_on_the_product_table_goes_into_the_line() -> None:
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        before = app.session.workshop
        table = app.screen.query_one("#product-table", DataTable)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="product table")
        await keys(pilot, "R", "o", "t", "i")
        line = app.screen.query_one("#product-form-line", Input)
        assert line.value == "Roti"
        assert app.session.workshop is before


async def test_keys_typed_fast_across_tab_land_in_the_field_tab_went_to() -> None:
    """A season typed without a pause: the letters after each Tab go to the next field."""
    app = group_app(PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await keys(pilot, "f6")
        label = app.screen.query_one("#season-form-label", Input)
        months = app.screen.query_one("#season-form-months", Input)
        change = app.screen.query_one("#season-form-change", Input)
        await wait_for_focus(pilot, lambda w: w is label, what="season label")
        type_fast(pilot, "Hajatan", "tab", "Jun-Agu", "tab", "Kue 900", "shift+tab", "x")
        await wait_until(
            pilot, lambda: months.value.endswith("x"), what="the x typed after Shift+Tab"
        )
        assert (label.value, months.value, change.value) == ("Hajatan", "Jun-Agux", "Kue 900")
        assert app.focused is months


async def test_a_product_line_names_who_runs_it_and_the_row_says_so() -> None:
    """#13: ``oleh Rohani, Masit`` at the end of the line; the row shows them and the summary
    judges the named business on its own (the other products name nobody)."""
    app = group_app(PraStep.ANALYSIS, saver=MemorySaver())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        before = len(app.session.workshop.groups[0].analysis.products)
        type_fast(pilot, "Pisang goreng, biji, 1.000, 500, 900, oleh Rohani, Masit", "enter")

        def added() -> object:
            group = app.session.workshop.group(SEDAP)
            return group is not None and len(group.analysis.products) > before

        await wait_until(pilot, added, what="the product added")
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        new = group.analysis.products[-1]
        assert (new.name, new.units_per_month, len(new.member_ids)) == ("Pisang goreng", 900, 2)
        table = app.screen.query_one("#product-table", DataTable)
        await wait_until(pilot, lambda: new.id in table.rows, what="the new product row")
        assert str(table.get_row(new.id)[1]) == "Pisang goreng (oleh Rohani, Masitoh)"
        summary = str(app.screen.query_one("#analysis-summary", Static).render())
        assert "1 dari 1 usaha" in summary.replace("\n", " ")

"""Analisis usaha › Arus kas of a group with two lenders keeps every amount whole at 100x30.

Found at 100x30 (issue #12): with a second lender loan added to Jaya Bersama, the
lender's column pushed the last one past the right edge: "Kas akhi", "1.844.00". With
several lenders the column titles take a fourth line, so the columns stay narrow. In
English the titles' long words ("Instalments") still made the table 91 columns wide in
85: the English titles use short words, so in both languages every amount is whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import DataTable, TabbedContent

from pra import i18n
from pra.edit.base import replace_group
from pra.model import PraStep, Workshop
from pra.plan.formatting import format_number
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_until

JAYA = "g-jaya-bersama"


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    yield
    i18n.set_language("id")


def _two_lenders() -> Workshop:
    ws = palembang()
    jaya = ws.group(JAYA)
    assert jaya is not None
    bmm = next(x for x in jaya.capital.loans if x.id == "fs-jb-bmm")
    koperasi = bmm.model_copy(update={"id": "fs-jb-kop", "lender": "Koperasi Maju Bersama"})
    capital = jaya.capital.model_copy(update={"sources": (*jaya.capital.sources, koperasi)})
    return replace_group(ws, JAYA, capital=capital)


@pytest.mark.parametrize("language", ["id", "en"])
async def test_every_amount_of_the_cash_flow_is_whole_with_two_lenders(language: str) -> None:
    from pra.plan.business import analysis_start, business_plan

    i18n.set_language(language)
    # the closing cash's title, its first line when the title wraps ("Closing\ncash")
    closing = i18n.t("export.analysis.col_closing").split()[0]
    ws = _two_lenders()
    app = PraApp(make_session(ws), step=PraStep.ANALYSIS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: "Jaya Bersama" in screen_text(app), what="Jaya Bersama")
        tabs = app.screen.query_one("#analysis-tabs", TabbedContent)
        for _ in range(5):
            if tabs.active == "tab-cash":
                break
            await keys(pilot, "f6")
        assert tabs.active == "tab-cash"
        table = app.screen.query_one("#cash-table", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, what="the cash flow")
        assert table.virtual_size.width <= table.scrollable_content_region.width, (
            f"{table.virtual_size.width} columns wide in {table.scrollable_content_region.width}"
        )
        # the first month's row as the hall reads it: every amount whole, the closing cash last
        table.scroll_visible()
        await wait_until(pilot, lambda: closing in screen_text(app), what=f"{closing!r} whole")
        group = app.session.workshop.group(JAYA)
        assert group is not None
        start = analysis_start(group, app.session.workshop.info.date)
        first = business_plan(group, start).months[0]
        text = screen_text(app)
        row = next(line for line in text.splitlines() if first.period.label() in line)
        assert row.rstrip().endswith(format_number(first.closing)), row
        # every amount of every month, whole, on its month's line
        months = business_plan(group, start).months
        lines = {m.period.label(): m for m in months}
        funded = any(m.funding for m in months)  # the column "Dana masuk" only when money came in
        seen = 0
        for line in text.splitlines():
            label = next((x for x in lines if line.strip(" │▎▕▏").startswith(f"{x} ")), None)
            if label is None:
                continue
            m = lines[label]
            amounts = [
                *([m.funding] if funded else []),
                m.sales,
                m.cost_of_sales,
                m.fixed_costs,
                m.members_and_dues,
                *m.lenders,
            ]
            for amount in (*amounts, m.closing):
                assert f" {format_number(amount)}" in line, (format_number(amount), line)
            seen += 1
        assert seen >= 3, text

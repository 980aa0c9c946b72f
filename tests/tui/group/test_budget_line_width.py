"""Step 11's budget line is typed across the whole tab, so the room reads all of it (#12).

The RAB line (``Mesin jahit Butterfly, 1, unit, 1.500.000``) was typed in the
narrow "Barang" column of the form (~20 columns at 100x30): it showed only its tail.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.group.test_budget_line_source import _focus_is, _with_sources
from tests.tui.pilot import keys, screen_text, type_fast, wait_for_focus, wait_until

LINE = "Mesin jahit Butterfly bekas dari toko Pak Hasan, 1, unit, 1.500.000"


async def test_the_budget_line_is_read_whole_while_typed() -> None:
    app = group_app(PraStep.CAPITAL, _with_sources(palembang(), 1))
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        field = app.screen.query_one("#budget-form-item", Input)
        await wait_for_focus(pilot, _focus_is("budget-form-item"), what="Barang")
        type_fast(pilot, LINE)
        await wait_until(pilot, lambda: field.value == LINE, what="the line typed")
        await wait_until(pilot, lambda: LINE in screen_text(app), what="the whole line on screen")
        form = app.screen.query_one("#budget-form")
        assert field.region.width >= form.region.width - 1  # the width of the tab (its margin)
        # the other fields stay on screen and reachable by Tab, in reading order
        order = ["quantity", "unit", "price", "source", "prepaid"]
        for name in order:
            other = app.screen.query_one(f"#budget-form-{name}")
            assert other.region.width > 0 and other.region.y > field.region.y, name
            await keys(pilot, "tab")
            await wait_for_focus(pilot, _focus_is(f"budget-form-{name}"), what=name)

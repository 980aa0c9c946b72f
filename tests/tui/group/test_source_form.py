"""Step 11's funding-source form: Tab goes round the sources tab, and a refused source is said
above the line until the line is entered or emptied (#12, the live room).

Tab from the source's line went on to the table, the step list and the strip of tabs, where
the next keys changed the tab; a refused source was said only in a toast that vanished.
"""

from __future__ import annotations

from textual.widgets import Input, Static, TabbedContent

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import JAYA, group_app
from tests.tui.pilot import keys, type_fast, wait_for_focus, wait_until


def _is(name: str):  # type: ignore[no-untyped-def]
    return lambda w: getattr(w, "id", None) == name


async def test_tab_stays_in_the_sources_tab_and_a_refusal_stays_said() -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f3", "f5")  # Jaya Bersama, the sources tab (it has sources)
        await wait_for_focus(pilot, _is("source-form-kind"), what="the source's kind")
        tabs = app.screen.query_one("#cap-tabs", TabbedContent)
        order = ["source-form-text", "source-table", "source-form-kind", "source-form-text"]
        for name in order:
            await keys(pilot, "tab")
            await wait_for_focus(pilot, _is(name), what=f"Tab to {name}")
        for name in reversed(order[:-1]):
            await keys(pilot, "shift+tab")
            await wait_for_focus(pilot, _is(name), what=f"Shift+Tab to {name}")
        assert tabs.active == "tab-sources"  # back on the source's line
        sources = len(app.session.workshop.group(JAYA).capital.sources)
        line = app.screen.query_one("#source-form-text", Input)
        refusal = app.screen.query_one("#source-line-refusal", Static)
        type_fast(pilot, "Dinas Sosial, lima juta", "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        said = str(refusal.render())
        assert "lima juta" in said
        await keys(pilot, "tab", "shift+tab")  # the toast may go; the sentence stays
        await wait_for_focus(pilot, _is("source-form-text"), what="back on the line")
        assert refusal.display and str(refusal.render()) == said
        assert line.value == "Dinas Sosial, lima juta"
        await keys(pilot, "end", "ctrl+u")
        await wait_until(pilot, lambda: not refusal.display, what="the line emptied, said gone")
        assert len(app.session.workshop.group(JAYA).capital.sources) == sources

"""Step 11 RAB at 100x30: a source's name is wrapped in the "Dari" column, never cut (rev17-facil 3).

Yogyakarta, ``Mesin jahit portable, 1, unit, 1.250.000`` + Enter, source Bantuan stimulan: the
Total column widened for "Rp 1.250.000" and every grant row read "melalui Dinas Sosia". The
table, as tall as its rows but no taller than the tab, scrolls its rows itself; its scrollbar
took the last two columns of widths worked out for the tab's whole width.
"""

from __future__ import annotations

import re

from textual.widgets import DataTable, Select

from pra.model import PraStep, Workshop
from pra.resources import example_path
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.pilot import (
    keys,
    screen_text,
    type_fast,
    wait_for_focus,
    wait_for_still_screen,
    wait_until,
)


def yogyakarta() -> Workshop:
    return Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))


def cut_words(shown: str, names: list[str]) -> set[str]:
    """Words on screen that are a name's word with its end missing ("Sosia" of "Sosial")."""
    words = {w for name in names for w in name.split()}
    tokens = set(re.findall(r"[\w()]+", shown))
    return {
        token
        for token in tokens - words
        if len(token) >= 3 and any(w.startswith(token) for w in words)
    }


async def test_a_source_name_is_whole_after_a_wider_total() -> None:
    ws = yogyakarta()
    group = ws.groups[0]
    app = PraApp(make_session(ws), step=PraStep.CAPITAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang"
        )
        before = len(group.capital.budget)

        def budget() -> int:
            assert app.session is not None
            return len(app.session.workshop.groups[0].capital.budget)

        type_fast(pilot, "Mesin jahit portable, 1, unit, 1.250.000", "enter")
        source = app.screen.query_one("#budget-form-source", Select)
        await wait_until(pilot, lambda: source.expanded, what="the sources' list open")
        await keys(pilot, "down", "enter")  # Bantuan stimulan
        await wait_until(pilot, lambda: budget() == before + 1, what="the line added")
        await wait_for_still_screen(pilot)
        table = app.screen.query_one("#budget-table", DataTable)
        # nothing of the table runs past what it shows
        assert table.virtual_size.width <= table.scrollable_content_region.width
        names = [str(table.get_cell_at((r, 5))) for r in range(table.row_count)]
        assert any("melalui Dinas Sosial" in n for n in names)
        assert cut_words(screen_text(app), names) == set()

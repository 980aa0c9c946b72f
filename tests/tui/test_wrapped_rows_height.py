"""A table whose rows wrap has their heights at once, not only once the table is idle.

Rows added with ``height=None`` are 0 lines high until the DataTable is idle; on a loaded
machine step 9 showed "3 langkah" over a table of a header and empty lines until Tab.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable

from pra.tui.widgets.table import Cell, fill, row_height
from tests.tui.pilot import wait_until

STEP = "Belajar menjahit dari anggota yang sudah pandai"


def test_row_height_counts_the_wrapped_lines() -> None:
    assert row_height(["1", STEP, "Rp 200.000"], [2, 22, 10]) == 3
    assert row_height(["1", "Beli alat", "Rp 200.000"], [2, 22, 10]) == 1
    assert row_height(["1", "Beli alat", "a\nb"], [2, 22, None]) == 2


class _Tables(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable[Cell](id="t")


async def test_wrapped_rows_have_their_height_before_the_table_is_idle() -> None:
    app = _Tables()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(DataTable)
        await wait_until(pilot, lambda: table.size.width > 0, what="the table laid out")
        rows = [
            (f"s{i}", [str(i), f"{STEP} {i}", "Rp 1.500.000", "Ibu Ramlah Pohan"]) for i in range(3)
        ]
        fill(table, ["No", "Langkah", "Biaya", "Penanggung jawab"], rows, wrap=(1, 3))
        # no pause: what the next frame draws if no idle comes first (a busy app)
        heights = [r.height for r in table.rows.values()]
        assert all(h >= 2 for h in heights), heights

"""Tables in a tab that is not open: filled once, not on every refresh, and wrapped when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from pra.model import PraStep
from pra.tui.widgets.table import fill
from tests.tui.conftest import AppFactory
from tests.tui.pilot import (
    keys,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_for_still_screen,
    wait_until,
)

LONG = (
    "Sampah rumah tangga dibuang ke sungai karena tidak ada tempat pembuangan "
    "sementara di dekat rumah warga RT 05"
)


async def test_a_table_in_a_closed_tab_waits_and_wraps_when_its_tab_opens(
    app_for: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, LONG, "enter", "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-table", what="votes")
        table = app.screen.query_one("#problem-table", DataTable)
        asked: list[Callable[[], object]] = []
        ask = table.call_after_refresh

        def counted(callback: Callable[[], object], *args: Any, **kwargs: Any) -> bool:
            asked.append(callback)
            return ask(callback, *args, **kwargs)

        monkeypatch.setattr(table, "call_after_refresh", counted)
        # a change on the vote tab fills the closed list again; then, with nothing
        # happening, nothing more is asked of it (it was filled again after every
        # refresh for as long as its tab stayed closed, and the app never went idle)
        dots = app.session.workshop.voting.dots.dots_per_person
        await keys(pilot, "ctrl+up")
        await wait_until(
            pilot,
            lambda: app.session.workshop.voting.dots.dots_per_person == dots + 1,
            what="one dot more per person",
        )
        for _ in range(5):  # the views show the change (a loaded machine may take a while)
            await pilot.pause()
        asked.clear()
        for _ in range(5):
            await pilot.pause()
        assert asked == []
        # opened again, the list wraps the long title to its width: its last words are shown
        await keys(pilot, "f5")
        await wait_until(
            pilot,
            lambda: "pembuangan" in screen_text(app) and "warga RT 05" in screen_text(app),
            what="the whole long title in the list",
        )


class OneTable(App[None]):
    """A bare app holding one table, to fill it with :func:`pra.tui.widgets.table.fill`."""

    def compose(self) -> ComposeResult:
        yield DataTable()


async def test_a_wrapping_table_s_header_drawn_before_it_measures_stays_in_line_with_its_rows() -> (
    None
):
    """The DataTable measures auto-width columns when idle, and keeps a header drawn before that.

    Its header is cached by the table's update count, which measuring does not
    change; only a new size would, and the next group's table is often exactly
    as wide (the wrapping column takes what is left) and as tall. A picture
    taken between the fill and the measuring (a loaded machine, after F3 on the
    pledges) left the header at its labels' widths for good: ``No  Anggota  Janji``
    over ``1   Zulkifli  …``. A wrapping table now gives every column its width,
    so nothing is left to measure.
    """
    app = OneTable()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(DataTable)
        await wait_until(pilot, lambda: table.scrollable_content_region.width > 0, what="a size")
        columns = ["No", "Anggota", "Janji"]
        fill(table, columns, [("p1", ["1", "Ani", LONG])], wrap=(2,))
        await wait_for_still_screen(pilot)
        # another group: a longer name, the table as wide and as tall as before
        fill(table, columns, [("p2", ["1", "Zulkifli", LONG])], wrap=(2,))
        app.export_screenshot()  # draws the header now, before the table is idle
        await wait_for_still_screen(pilot)
        lines = screen_text(app).splitlines()
        assert lines[0] == " No  Anggota   Janji"
        assert (
            lines[1] == " 1   Zulkifli  Sampah rumah tangga dibuang ke sungai"
        )  # room kept for a scrollbar of the box


async def test_a_wrapping_table_takes_the_widths_of_the_box_it_has_after_the_next_refresh() -> None:
    """Filled while its box was not settled, a table is filled again to the box it ends up with.

    A table as tall as its rows (``height: auto``) never shows a scrollbar, so
    it keeps no room for one; filled before that style applied (a loaded
    machine lays out late: the analysis and capital snapshots), the long
    column kept two columns less for good.
    """
    app = OneTable()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(DataTable)
        table.styles.height = 5
        await wait_until(pilot, lambda: table.scrollable_content_region.width > 0, what="a size")
        fill(table, ["No", "Anggota", "Janji"], [("p1", ["1", "Zulkifli", LONG])], wrap=(2,))
        table.styles.height = "auto"  # before the next refresh: the box it ends up with
        await wait_for_still_screen(pilot)
        lines = screen_text(app).splitlines()
        assert (
            lines[1] == " 1   Zulkifli  Sampah rumah tangga dibuang ke sungai"
        )  # room kept for a scrollbar of the box


class TableAboveText(App[None]):
    """A wrapping table above a text in one scrolling column, as on the analysis step."""

    def compose(self) -> ComposeResult:
        from textual.containers import VerticalScroll
        from textual.widgets import Static

        with VerticalScroll():
            yield DataTable()
            yield Static("", id="below")


async def test_a_wrapping_table_fits_again_when_a_scrollbar_comes_beside_it_later() -> None:
    """The column's scrollbar came after the fill (the text under the table grew): no resize of
    the screen, no refresh of the table's own, yet its box is two cells narrower. The table is
    filled again for it; before, its last column ran past the edge ('Rp 600.00' on the analysis
    step's products at 100x30, seen in a loaded run)."""
    app = TableAboveText()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(DataTable)
        table.styles.height = "auto"
        await wait_until(pilot, lambda: table.scrollable_content_region.width > 0, what="a size")
        rows = [("p1", ["1", LONG, "Rp 600.000"])]
        fill(table, ["No", "Janji", "Jumlah"], rows, wrap=(1,))
        await wait_for_still_screen(pilot)
        assert "Rp 600.000" in screen_text(app)
        app.query_one("#below").update("\n".join(f"baris {n}" for n in range(30)))
        await wait_until(
            pilot,
            lambda: table.parent is not None and table.parent.show_vertical_scrollbar,
            what="the column's scrollbar",
        )
        await wait_for_still_screen(pilot)
        assert table.max_scroll_x == 0
        assert any(
            line.rstrip(" ▁▂▃▄▅▆▇█").endswith("Rp 600.000")
            for line in screen_text(app).splitlines()
        )

"""The calendar grid shows every period of the plan at once, at 100×30 and 120×40.

Period columns are narrow and, when they do not all fit beside the step
titles, split into bands one under the other, each with its own header; the
grid never scrolls sideways, so nothing of the plan hides off the right edge.
"""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable

from pra.edit import calendar as calendar_edits
from pra.edit import steps as step_edits
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.plan.schedule import workshop_schedule
from pra.tui.app import PraApp
from pra.tui.steps.calendar_bands import bands
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app, steady
from tests.tui.pilot import screen_text, wait_for_step

SIZES = [(100, 30), (120, 40)]


def test_bands_are_equal_and_as_few_as_the_room_allows() -> None:
    assert bands(12, 45, 3) == [range(12)]
    assert bands(26, 45, 3) == [range(13), range(13, 26)]  # 15 fit: two bands of 13
    assert bands(28, 40, 4) == [range(10), range(10, 20), range(20, 28)]
    assert bands(3, 1, 4) == [range(1), range(1, 2), range(2, 3)]


def header_labels(text: str, axis: str) -> list[list[str]]:
    """Each band's period labels: the words after the axis label (``minggu ke-``) on its line."""
    found = []
    for line in text.splitlines():
        # the grid's first column, right of the sidebar's edge and the table's focus bar
        head = re.match(r"^[^│]*│[^│]*│ [█▎ ] " + re.escape(axis) + r" {2,}(\S.*)", line)
        if head:
            # (the tab's vertical scrollbar may sit at the screen's edge on that line, since
            # the money lines under the grid scroll with it: its glyphs are no label)
            found.append([w for w in head.group(1).split() if not set(w) <= set("▁▂▃▄▅▆▇█")])
    return found


def long_plan() -> Workshop:
    """Palembang with Sedap Malam's daily production lasting 24 weeks: a 29-week plan."""
    ws = palembang()
    return step_edits.update_step(ws, SEDAP, "st-sm-7", duration=24)


async def grid_screen(app: PraApp, size: tuple[int, int]) -> tuple[str, DataTable[object]]:
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await steady(pilot)
        grid = app.screen.query_one("#cal-grid", DataTable)
        return screen_text(app), grid


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "120x40"])
@pytest.mark.parametrize("plan", ["12 weeks", "29 weeks"])
async def test_every_week_is_on_screen_without_scrolling_sideways(
    size: tuple[int, int], plan: str
) -> None:
    ws = palembang() if plan == "12 weeks" else long_plan()
    length = workshop_schedule(ws, ws.group(SEDAP)).length  # type: ignore[arg-type]
    assert length == int(plan.split()[0])
    text, grid = await grid_screen(group_app(PraStep.CALENDAR, ws), size)
    assert grid.max_scroll_x == 0  # nothing hidden off the right edge
    shown = header_labels(text, t("tui.calendar.axis_week"))
    # every week, in order, in one band (12 weeks) or bands one under the other
    assert [n for band in shown for n in band] == [str(n) for n in range(1, length + 1)], text
    assert len(shown) == (1 if plan == "12 weeks" else 2)
    # the daily production (step 7) runs in the last week: its bar reaches the last column
    last_band_rows = text.split(t("tui.calendar.axis_week"))[-1].splitlines()
    production = next(line for line in last_band_rows if "★7." in line)
    # (the tab's scrollbar may sit at the screen's edge on that row: its glyphs are no bar)
    assert re.search(r"■■■ *[▁▂▃▄▅▆▇█]*$", production.rstrip()), production


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "120x40"])
async def test_a_twelve_month_plan_shows_every_month_by_name(size: tuple[int, int]) -> None:
    ws = calendar_edits.toggle_unit(palembang(), SEDAP)  # the same plan counted in months
    schedule = workshop_schedule(ws, ws.group(SEDAP))  # type: ignore[arg-type]
    assert schedule.length == 12
    text, grid = await grid_screen(group_app(PraStep.CALENDAR, ws), size)
    assert grid.max_scroll_x == 0
    shown = header_labels(text, t("tui.calendar.axis_month"))
    months = ["Sep", "Okt", "Nov", "Des", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu"]
    assert shown == [months], text  # September 2003 to August 2004, all in one band
    assert re.search(r"2003 +2004", text)  # the year over September and over January


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "120x40"])
async def test_every_step_title_is_whole_in_the_grid(size: tuple[int, int]) -> None:
    """A long title wraps under its number (it was cut to 'Mencari modal usaha: menerima dan…')."""
    from tests.tui.layout_check import shown_whole

    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    text, _ = await grid_screen(group_app(PraStep.CALENDAR, ws), size)
    assert "…" not in text
    for step in group.steps:
        assert shown_whole(text, step.title), (step.title, text)

"""SWOT at 100×30: every item of every box can be brought on screen whole.

The W box showed items 1–2 of 4; entering a list made the hint wrap to a second
line, which pushed the boxes down after the list had scrolled, so the last line
of the last weakness ("… dari Yayasan") never showed. In a list the hint now
names the list's keys on one line, and the boxes stay where they are.
"""

from __future__ import annotations

from textual.widgets import OptionList

from pra import i18n
from pra.edit import swot
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.steps.group_swot import SwotView
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

ROOM = (100, 30)
LONG = "Ikut pelatihan pembukuan dari Yayasan Bina Vitalis bersama pendamping dari Yayasan"


def _workshop() -> tuple[Workshop, str]:
    ws = palembang()
    group = next(g for g in ws.groups if g.name.endswith("Sedap Malam"))
    ws = swot.add_item(ws, group.id, "weaknesses", "Belum ada pembukuan", LONG)
    return ws, group.id


def _list_text(app: PraApp, widget: OptionList) -> str:
    """What the list shows on screen, its lines joined by spaces."""
    region = widget.scrollable_content_region  # without its scrollbar
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    return " ".join(line[region.x : region.right].strip() for line in lines)


async def test_each_item_of_each_box_is_brought_on_screen_whole() -> None:
    i18n.set_language("id")
    ws, gid = _workshop()
    app = PraApp(make_session(ws), step=PraStep.SWOT)
    async with app.run_test(size=ROOM) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        hint = app.screen.query_one("#swot-hint")
        top = app.screen.query_one("#box-weaknesses").region.y
        group = app.session.workshop.group(gid)
        assert group is not None
        for quadrant in swot.QUADRANTS:
            box = app.screen.query_one(f"#swot-{quadrant}", OptionList)
            box.focus()
            await wait_for_focus(pilot, lambda w, b=box: w is b, what=f"the {quadrant} list")
            await wait_until(pilot, lambda b=box: b.highlighted == 0, what="the first item")
            assert hint.region.height == 1, "the hint stays on one line"
            assert app.screen.query_one("#box-weaknesses").region.y == top, "boxes stay put"
            items = getattr(group.swot, quadrant)
            for n, item in enumerate(items, 1):
                if n > 1:
                    await keys(pilot, "down")
                whole = " ".join(SwotView.row_text(quadrant, n, item).split())
                await wait_until(
                    pilot,
                    lambda w=whole, b=box: w in _list_text(app, b),
                    what=f"{quadrant} item {n} whole on screen: {whole!r}",
                )
            if box.max_scroll_y > 0:
                assert box.show_vertical_scrollbar, f"{quadrant}: a box holding more scrolls"
        assert len(group.swot.weaknesses) == 4

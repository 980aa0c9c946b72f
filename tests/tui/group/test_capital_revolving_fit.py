"""The revolving fund tab at 100×30 and 120×40: no border runs beside another column's text.

Side by side, the focused first-round list's thick border shared its top and bottom rows
with the rules' header and hint ("Tulis aturan lalu Enter"), and a picture of the
screen drew the border's run over them. In one column, the rows of a focused list's
borders hold nothing else, and every round, name and rule is reached by scrolling.
"""

from __future__ import annotations

import re

import pytest
from textual.widgets import OptionList

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.layout_check import shown_whole
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_step, wait_for_still_screen

BORDER_ROW = re.compile(r"[█▊][▀▄▔▁]{5,}[█▎]")
"""A focused (▀/▄) or unfocused (▔/▁) list's top or bottom border."""


def _beside_borders(text: str) -> list[str]:
    """The text found on a border row, right of the border (the screen's frame and a
    scrollbar aside)."""
    found = []
    for line in text.splitlines():
        for m in BORDER_ROW.finditer(line):
            rest = re.sub(r"[│╯╮▁▂▃▄▅▆▇█\s]", "", line[m.end() :])
            if rest:
                found.append(line)
    return found


@pytest.mark.parametrize("size", [(100, 30), (120, 40)], ids=["100x30", "120x40"])
async def test_nothing_shares_a_row_with_a_list_border(size: tuple[int, int]) -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    app = group_app(PraStep.CAPITAL, ws)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6", "f6", "f6")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "first-round", what="the first round list"
        )
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert _beside_borders(text) == [], text
        for name in ("Rohani", "Syamsul Bahri", "Siti Zubaidah"):
            assert shown_whole(text, name), name
        # the rules list, focused: nothing beside its borders either, and it is on screen
        for _ in range(3):
            if isinstance(app.focused, OptionList) and app.focused.id == "rule-list":
                break
            await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "rule-list", what="the rules list"
        )
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert _beside_borders(text) == [], text
        assert "1. Dana stimulan Rp 10.000.000" in text


async def test_a_rule_just_added_is_in_view_whole_at_100x30() -> None:
    rule = "Siti Nurhaliza binti Abdurrahman mencatat setoran Rp 28.500 setiap bulan di buku kas"
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6", "f6", "f6")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "first-round", what="the first round list"
        )
        await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "rule-form-text", what="the rule field"
        )
        await keys(pilot, rule, "enter")
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert shown_whole(text, f"7. {rule}"), text

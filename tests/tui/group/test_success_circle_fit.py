"""The success circle's line at 100×30: every ◯ stays beside what it stands for."""

from __future__ import annotations

import pytest

from pra.edit.success import add_success
from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import screen_text, wait_for_step, wait_for_still_screen, wait_until

LONG = "Membeli kulkas bekas untuk menyimpan kue basah supaya tahan dua hari"


@pytest.mark.parametrize("extra", [0, 1, 2, 3])
async def test_no_circle_mark_is_left_alone_at_a_line_end_or_start(extra: int) -> None:
    ws = palembang()
    for n in range(extra):
        ws = add_success(ws, SEDAP, LONG[: len(LONG) - 7 * n], "Rp 1,5 jt terkumpul")
    app = group_app(PraStep.SUCCESS, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await wait_until(pilot, lambda: "◯ Menabung" in screen_text(app), what="the circle")
        await wait_for_still_screen(pilot)
        lines = [line.rstrip(" │▎▊▁▂▃▄▅▆▇█") for line in screen_text(app).splitlines()]
        first = next(i for i, line in enumerate(lines) if "◯ Menabung" in line)
        last = max(i for i, line in enumerate(lines) if "◯" in line)
        column = lines[first].index("◯ Menabung")
        circle = [line[column:] for line in lines[first : last + 1]]
        # a ◯ ends a line only as the circle's last mark, after its item, never before one
        assert all(not line.endswith("◯") or line.endswith(" ◯") for line in circle), lines
        starts = [line for line in circle[1:] if line.startswith("◯") and len(line.strip()) == 1]
        assert starts == [], lines
        assert circle[-1].endswith(" ◯"), lines
        ends_bare = [line for line in circle[:-1] if line.endswith(" ◯")]
        assert ends_bare == [], lines  # a ◯ at the end of a line before the last: its item left

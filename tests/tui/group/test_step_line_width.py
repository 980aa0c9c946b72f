"""Step 9's line is typed across the whole step, so the room reads all of it (rev15-facil).

The step line was typed in the narrow "Langkah" column of the form (~31 columns at
100x30): a long line showed only its tail ("h Bu Halimah dan Teh Darmawati").
"""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.pilot import screen_text, type_fast, wait_for_focus, wait_until

LINE = "Menawarkan jahitan ke sekolah dan kantor kelurahan, 2 minggu, oleh Rohani"


async def test_the_step_line_is_read_whole_while_typed() -> None:
    app = group_app(PraStep.STEPS, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        field = app.screen.query_one("#step-form-title", Input)
        await wait_for_focus(pilot, lambda w: w is field, what="the step line")
        type_fast(pilot, LINE)
        await wait_until(pilot, lambda: field.value == LINE, what="the line typed")
        await wait_until(pilot, lambda: LINE in screen_text(app), what="the whole line on screen")
        form = app.screen.query_one("#step-form")
        assert field.region.width >= form.region.width - 1  # the width of the step (its margin)

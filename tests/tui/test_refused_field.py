"""A refused entry keeps its text, and its field shows the refusal until it is corrected.

After the toast has gone, what is typed next joins the refused text ("text
glued"): the field says so with an error-coloured border (not the accent of
the focus) until an edit is kept or the field is emptied.
"""

from __future__ import annotations

from textual.color import Color
from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until

SIZE = (100, 30)


def _shows_refused(app: PraApp, field: Input) -> bool:
    """Is the field's border the theme's error colour?"""
    error = Color.parse(app.get_css_variables()["error"])
    _, colour = field.styles.border_left
    return colour.rgb == error.rgb


async def test_a_refused_step_line_keeps_its_text_and_shows_it_refused_until_corrected() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        field = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input), what="the step's title line"
        )
        assert isinstance(field, Input)
        assert not _shows_refused(app, field)
        # the group's calendar counts weeks: "1 bulan" is refused
        await keys(pilot, "Beli gula, 1 bulan", "enter")
        await wait_until(pilot, lambda: _shows_refused(app, field), what="the line shown refused")
        assert field.value == "Beli gula, 1 bulan"
        await keys(pilot, " dan telur")
        assert field.value == "Beli gula, 1 bulan dan telur"
        assert _shows_refused(app, field), "typing on goes on showing the refused line"
        # emptied: nothing refused is held any more
        await keys(pilot, *["backspace"] * len(field.value))
        await wait_until(pilot, lambda: not _shows_refused(app, field), what="emptied")
        # refused again, then corrected in place and kept
        await keys(pilot, "Beli gula, 1 bulan", "enter")
        await wait_until(pilot, lambda: _shows_refused(app, field), what="refused again")
        await keys(pilot, *["backspace"] * len("bulan"), "minggu", "enter")
        await wait_until(pilot, lambda: field.value == "", what="the corrected line kept")
        await wait_until(pilot, lambda: not _shows_refused(app, field), what="no refusal shown")
        group = app.session.workshop.groups[0] if app.session is not None else None
        assert group is not None and group.steps[-1].title == "Beli gula"

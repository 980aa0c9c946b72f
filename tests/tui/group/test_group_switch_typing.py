"""F3 changes the group and nothing else (issue #12, findings 1 and 7).

A field's text belongs to the group it was typed for: the business field keeps
its text for that group when F3 is pressed in it; a line typed in an entry form
and not entered stays with its group (the other group's form starts empty, and
the line is back when F3 returns); the focus stays on the same field.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from tests.tui.group.conftest import JAYA, SEDAP, group_app, screen_of
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)


async def test_f3_in_the_business_field_keeps_it_for_its_own_group() -> None:
    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        ws = app.session.workshop
        jaya_before = ws.group(JAYA).business  # type: ignore[union-attr]
        field = app.screen.query_one("#group-business", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the business field")
        await keys(pilot, "ctrl+u", "Jahit seragam sekolah", "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="the next group")
        await pilot.pause()
        ws = app.session.workshop
        assert ws.group(SEDAP).business == "Jahit seragam sekolah"  # type: ignore[union-attr]
        assert ws.group(JAYA).business == jaya_before  # type: ignore[union-attr]
        # the field shows the group now shown, and keeps the focus
        assert field.value == jaya_before
        assert app.focused is field
        # leaving it (the blur) writes nothing into the group now shown
        await keys(pilot, "tab")
        await pilot.pause()
        assert app.session.workshop.group(JAYA).business == jaya_before  # type: ignore[union-attr]


async def test_a_line_not_entered_stays_with_its_group_across_f3() -> None:
    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        text = app.screen.query_one("#success-form-text", Input)
        await wait_for_focus(pilot, lambda w: w is text, what="the success item field")
        jaya_items = len(app.session.workshop.group(JAYA).success)  # type: ignore[union-attr]
        await keys(pilot, "Tabungan bertambah", "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="the next group")
        await pilot.pause()
        assert text.value == ""  # nothing typed for Sedap Malam waits in Jaya Bersama's form
        assert app.focused is text  # the focus stays where the facilitator types
        await keys(pilot, "enter")
        assert len(app.session.workshop.group(JAYA).success) == jaya_items  # type: ignore[union-attr]
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == SEDAP, what="back")
        await pilot.pause()
        assert text.value == "Tabungan bertambah"  # back with its group


async def test_a_pledge_line_not_entered_stays_with_its_group_across_f3() -> None:
    app = group_app(PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        line = app.screen.query_one("#pledge-line", Input)
        await wait_for_focus(pilot, lambda w: w is line, what="the pledge line")
        await keys(pilot, "Membawa termos", "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="the next group")
        await pilot.pause()
        assert line.value == ""
        assert app.focused is line
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == SEDAP, what="back")
        await pilot.pause()
        assert line.value == "Membawa termos"

"""While the window is too small, no key reaches the steps; afterwards the focus is on a
field of the step shown (issue #12, finding 2: F8 on the too-small screen, then typing went
into step 1's hidden title field and was saved)."""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until


async def test_f8_on_the_too_small_screen_then_typing_changes_nothing_hidden() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=(100, 30)) as pilot:
        title = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "f-title", what="the title"
        )
        before = app.session.workshop.info.title
        await pilot.resize_terminal(80, 24)
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        await wait_until(pilot, lambda: screen.query_one("#body").disabled, what="too small")
        await keys(pilot, "f8", "f3", "f6")
        assert screen.current is PraStep.PREPARATION  # the step below did not change
        await pilot.resize_terminal(100, 30)
        await wait_until(pilot, lambda: not screen.query_one("#body").disabled, what="usable")
        await wait_for_focus(pilot, lambda w: w is title, what="the title again")
        await keys(pilot, "q")
        assert title.value == before + "q"  # typed where it is seen


async def test_after_the_too_small_screen_the_focus_is_on_a_shown_field() -> None:
    """A step changed while small some other way (the room following, a command): the focus
    comes back on a field of the step shown, never on the hidden one it was on."""
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=(100, 30)) as pilot:
        title = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "f-title", what="the title"
        )
        before = app.session.workshop.info.title
        await pilot.resize_terminal(80, 24)
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        await wait_until(pilot, lambda: screen.query_one("#body").disabled, what="too small")
        screen.go(PraStep.PARTICIPANTS)
        await pilot.resize_terminal(100, 30)
        view = screen.views[PraStep.PARTICIPANTS]

        def on_shown_field(widget: object) -> bool:
            return (
                widget is not None
                and widget is not title
                and widget in view.walk_children()
                and getattr(widget, "visible", False)
            )

        await wait_for_focus(pilot, on_shown_field, what="a field of Peserta")
        await keys(pilot, "Z")
        assert app.session.workshop.info.title == before
        assert title.value == before

"""A key hint unmounted after its screen is gone says nothing (rev18-facil: an app that exited on
an error printed a NoScreen traceback for every hint at the shutdown, burying the real reason)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from pra.tui.keys import KeyHint


class _OneHint(App[None]):
    def compose(self) -> ComposeResult:
        yield KeyHint("tui.capital.budget_hint", id="hint")


async def test_a_hint_unmounted_without_its_screen_unsubscribes_quietly() -> None:
    app = _OneHint()
    async with app.run_test() as pilot:
        hint = app.query_one("#hint", KeyHint)
        screen = app.screen
        await pilot.pause()
        assert hint in screen.bindings_updated_signal._subscriptions
        parent = hint._parent
        hint._detach()  # off the tree, as at an app's shutdown
        try:
            hint.on_unmount()  # raised NoScreen
        finally:
            hint._attach(parent)  # back, for this app's own shutdown
        assert hint not in screen.bindings_updated_signal._subscriptions

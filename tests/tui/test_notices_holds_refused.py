"""Which refused fields keep their error border is asked of the view around them, by its
``holds_refused`` method (review 10, finding 11): ``pra.tui.notices`` names no view.

It imported the workshop's ``StepView`` and the follow-up's ``MeetingPane`` and asked
``isinstance`` of those two, so another view keeping a refused text lost its border at the
next edit kept until it was added there by hand.
"""

from __future__ import annotations

import ast
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

import pra.tui.notices as notices_module
from pra.tui import notices
from tests.tui.pilot import wait_until


class KeepsItsText(Vertical):
    """A view of its own (neither a step nor the meeting tab) that still holds "tiga ratus"."""

    def holds_refused(self, field: Input) -> bool:
        return field.value == "tiga ratus"


class TwoViews(App[None]):
    def compose(self) -> ComposeResult:
        with KeepsItsText():
            yield Input("tiga ratus", id="held", classes=notices.REFUSED)
            yield Input("lima puluh", id="typed_over", classes=notices.REFUSED)
        with Vertical():
            yield Input("tiga ratus", id="plain", classes=notices.REFUSED)


async def test_a_view_saying_it_holds_the_text_keeps_the_border() -> None:
    app = TwoViews()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: bool(app.query("#plain")), what="the fields")
        notices.unmark_refused(app)
        refused = {f.id for f in app.query(Input) if f.has_class(notices.REFUSED)}
        assert refused == {"held"}


def test_the_notices_module_imports_no_view() -> None:
    tree = ast.parse(Path(notices_module.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert not {m for m in imported if m.startswith(("pra.tui.steps", "pra.tui.followup"))}

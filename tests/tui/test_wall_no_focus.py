"""The wall (``pra show``) draws no focus: no border, highlighted row or cursor cell that says
"the cursor is here" (issue 12, s13-wall item 2: step 11's lists and step 13's jump links
wore Textual's blurred borders, which look just like focus on a projector)."""

from __future__ import annotations

from pathlib import Path

from pra import store
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import MemorySaver
from tests.tui.pilot import keys, screen_text, wait_until
from tests.tui.test_review_blocking import blocked_workshop

NO_BORDER = {"", "none", "blank", "hidden"}
MARKED = ("option-list--option-highlighted", "datatable--cursor")


def focus_marks(app: PraApp) -> list[str]:
    """Each widget on screen that could take the focus and wears a border or a cursor style."""
    found = []
    for widget in app.screen.query("*"):
        if not (widget.display and widget.is_on_screen and widget.can_focus):
            continue
        border = widget.styles.border
        kinds = {edge[0] for edge in (border.top, border.right, border.bottom, border.left)}
        if kinds - NO_BORDER:
            found.append(f"{type(widget).__name__}#{widget.id} border {sorted(kinds)}")
        for component in MARKED:
            if component in widget.COMPONENT_CLASSES:
                style = widget.get_component_styles(component)
                if style.background.a > 0 or style.text_style:
                    found.append(f"{type(widget).__name__}#{widget.id} {component}")
    return found


async def test_no_step_or_tab_on_the_wall_shows_a_focus_border_or_cursor(tmp_path: Path) -> None:
    path = blocked_workshop(tmp_path)  # step 13 lists findings (its jump links)
    session = Session(store.load(path), path, read_only=True, saver=MemorySaver())
    app = PraApp(session, step=PraStep.PREPARATION, room=True, follow_every=0.05)
    marks: dict[str, list[str]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        for step in PraStep:
            number = list(PraStep).index(step) + 1
            await wait_until(
                pilot, lambda n=number: f" {n} " in screen_text(app)[:5], what=f"step {step}"
            )
            for tab in range(5):
                await pilot.pause()
                found = focus_marks(app)
                if found:
                    marks[f"{step.value} tab {tab}"] = found
                await keys(pilot, "f6")
            await keys(pilot, "f8")
        focused = app.focused
    assert marks == {}
    assert focused is None, "F8 on the last step put the cursor in the review's list"

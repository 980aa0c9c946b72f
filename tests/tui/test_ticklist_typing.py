"""A sentence typed on a list of people (or skills, or steps) to tick is text, never lost.

Potensi › Keterampilan: with the focus on the people who have a skill, "Siti bisa
menjahit" typed there vanished, letter by letter, where every other table sends a
printable key to its entry line. Each tick list of a step sends it to the step's
entry line of that part, whole, and ticks no one.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TabbedContent

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_until

ROOM = (100, 30)
SENTENCE = "Siti bisa menjahit"
MAX_TABS = 16


@pytest.mark.parametrize(
    ("step", "pane", "ticks", "line"),
    [
        (PraStep.POTENTIALS, None, "holders", "skill-name"),
        (PraStep.IDEAS, "tab-ideas", "idea-skills", "idea-name"),
        (PraStep.STEPS, None, "step-people", "step-form-title"),
        (PraStep.STEPS, None, "step-deps", "step-form-title"),
        (PraStep.CAPITAL, "tab-revolving", "first-round", "rule-form-text"),
    ],
    ids=["skill-holders", "idea-skills", "step-people", "step-deps", "first-round"],
)
async def test_a_sentence_typed_on_a_tick_list_lands_in_the_entry_line(
    step: PraStep, pane: str | None, ticks: str, line: str
) -> None:
    i18n.set_language("id")
    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=ROOM) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        if pane is not None:
            tabs = app.screen.query_one(TabbedContent)
            for _ in range(6):
                if tabs.active == pane:
                    break
                await keys(pilot, "f6")
            await wait_until(pilot, lambda: tabs.active == pane, what=f"part {pane}")
        for _ in range(MAX_TABS):
            if getattr(app.screen.focused, "id", None) == ticks:
                break
            await keys(pilot, "tab")
        assert getattr(app.screen.focused, "id", None) == ticks, "the tick list has the focus"
        before = app.session.workshop
        await keys(pilot, SENTENCE)
        entry = app.screen.query_one(f"#{line}", Input)
        assert entry.value == SENTENCE
        assert app.screen.focused is entry
        assert app.session.workshop == before, "nobody was ticked"

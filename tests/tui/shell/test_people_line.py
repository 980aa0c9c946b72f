"""A participant with sex, RT and KK in one line of the name field; a word it does not know is
refused on screen and the line stays in the field to be corrected."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")


async def test_one_line_gives_sex_rt_and_household_head() -> None:
    app = PraApp(make_session(Workshop(id="ws-line")), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        session = app.session
        assert session is not None
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "people-name", what="name")
        await keys(pilot, "Siti Aminah, P, 03, KK", "enter")
        await wait_until(pilot, lambda: session.workshop.participants, what="the person added")
        [person] = session.workshop.participants
        assert (person.name, person.sex, person.rt, person.household_head) == (
            "Siti Aminah",
            "F",
            "03",
            True,
        )
        field = app.screen.query_one("#people-name", Input)
        assert field.value == ""

        await keys(pilot, "Rohani, Pr, 05", "enter")
        await wait_until(
            pilot,
            lambda: '"Pr" tidak' in screen_text(app).replace("\n", " "),
            what="the refusal on screen",
        )
        assert [p.name for p in session.workshop.participants] == ["Siti Aminah"]
        assert field.value == "Rohani, Pr, 05"

"""Potensi › Keterampilan: every person of the "Siapa bisa …?" tick list can be seen.

At 100×30, with 24 participants (the shipped 22 and two added in the room), the
list ran below the screen: End put the highlight on the last person, who never
showed, and ticking the last rows was done blind. The list scrolls within the
space it has, and the highlighted person is always on screen.
"""

from __future__ import annotations

from textual.widgets import SelectionList

from pra import i18n
from pra.edit.participants import add_participant
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

ROOM = (100, 30)
MAX_TABS = 8


def _crowded():  # type: ignore[no-untyped-def]
    ws = add_participant(palembang(), "Siti Aminah")
    return add_participant(ws, "Dedi Kurniawan")


def _lines_with(app: PraApp, name: str) -> list[str]:
    return [line for line in screen_text(app).splitlines() if name in line]


async def test_end_on_the_skill_holders_shows_the_last_person_and_the_highlight() -> None:
    i18n.set_language("id")
    session = make_session(_crowded())
    assert len(session.workshop.participants) == 24
    app = PraApp(session, step=PraStep.POTENTIALS)
    async with app.run_test(size=ROOM) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        for _ in range(MAX_TABS):
            if getattr(app.screen.focused, "id", None) == "holders":
                break
            await keys(pilot, "tab")
        holders = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "holders", what="the tick list"
        )
        assert isinstance(holders, SelectionList)
        await keys(pilot, "end")
        await wait_until(pilot, lambda: holders.highlighted == 23, what="the last person")
        await wait_until(
            pilot, lambda: _lines_with(app, "[ ] Dedi Kurniawan"), what="Dedi Kurniawan shown"
        )
        assert holders.region.bottom <= ROOM[1] - 1, "the list ends above the footer"
        # ticked with the highlight on her: Siti Aminah is on screen, ticked
        await keys(pilot, "up", "enter")
        await wait_until(
            pilot, lambda: _lines_with(app, "[x] Siti Aminah"), what="Siti Aminah shown ticked"
        )
        await wait_until(
            pilot,
            lambda: _lines_with(app, "[ ] Dedi Kurniawan"),
            what="the rows shown stay where they were: Dedi Kurniawan still shown",
        )
        # back to the top: the first person is shown again
        await keys(pilot, "home")
        await wait_until(pilot, lambda: holders.highlighted == 0, what="the first person")
        first = session.workshop.participants[0].name
        await wait_until(pilot, lambda: _lines_with(app, first), what=f"{first} shown")

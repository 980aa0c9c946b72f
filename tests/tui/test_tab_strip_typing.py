"""Letters typed on a step's strip of parts go to the open part's entry line (rev19-facil: step 4,
Shift+Tab from the skill field reached the strip, and "Menganyam tikar purun" vanished)."""

from __future__ import annotations

from textual.widgets import Input, Tabs

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, type_fast, wait_for_focus, wait_for_step, wait_until


async def test_a_skill_typed_on_the_strip_of_parts_lands_in_the_entry_line() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.POTENTIALS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        first = await wait_for_focus(pilot, lambda w: isinstance(w, Input), what="the entry line")
        before = app.session.workshop  # type: ignore[union-attr]
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, lambda w: isinstance(w, Tabs), what="the strip of parts")
        type_fast(pilot, "Menganyam tikar purun")
        await wait_until(
            pilot,
            lambda: app.focused is first and first.value == "Menganyam tikar purun",
            what=f"the words in the entry line (focus {app.focused})",
        )
        assert app.session.workshop == before  # type: ignore[union-attr]

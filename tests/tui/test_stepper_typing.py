"""Letters typed on the step list go to the step's entry line (rev18-facil: Tab reached the
step list, and "Ibu Rosna" typed there vanished without a word; on a table they already went
to its entry line)."""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import type_fast, wait_for_focus, wait_for_step, wait_until


async def test_a_name_typed_on_the_step_list_lands_in_the_name_field() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        before = app.session.workshop  # type: ignore[union-attr]
        app.screen.query_one("#stepper").focus()
        await wait_for_focus(pilot, lambda w: getattr(w, "id", None) == "stepper", what="list")
        type_fast(pilot, "Ibu Rosna")
        await wait_until(
            pilot,
            lambda: isinstance(app.focused, Input) and app.focused.value == "Ibu Rosna",
            what=f"the name typed in the entry line (focus {app.focused})",
        )
        assert app.screen.current is PraStep.PARTICIPANTS  # type: ignore[attr-defined]
        assert app.session.workshop == before  # type: ignore[union-attr]

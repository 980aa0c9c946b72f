"""The keys of the moment are worked out without walking the screen (#12, "blank content for
seconds after F7/F8"): the footer, the notes and every key hint ask the screen's active
bindings on every focus move, and each binding's ``check_action`` used a DOM-wide query
(``query("#body")``, ``query("TabbedContent")``). Once every step was mounted, a step change
took 4–10 s headless (23 s under a profiler); after, 0.3–0.7 s. The test counts CSS matches,
not seconds: the cost of one look at the bindings must not grow with the steps mounted."""

from __future__ import annotations

from textual.css import match as css_match
from textual.widgets import TabbedContent

from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.steps.base import StepView
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import wait_for_step

HEAVY = (PraStep.PROBLEMS, PraStep.CAPITAL, PraStep.ANALYSIS)
"""Steps with tabs and many widgets: mounted, they made every binding check walk them."""


async def test_a_look_at_the_bindings_does_not_walk_the_mounted_steps(monkeypatch) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        for step in HEAVY:
            app.screen.go(step)  # type: ignore[attr-defined]
            await wait_for_step(pilot, step)
        calls = 0
        real = css_match.match

        def counted(*args: object, **kwargs: object) -> bool:
            nonlocal calls
            calls += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("textual.css.query.match", counted)
        widgets = len(list(app.screen.walk_children()))
        app.screen.active_bindings  # noqa: B018 (what the footer and each hint ask)
        # before: every widget matched for each of the screen's bindings (3,358 matches for
        # 232 widgets); now none
        assert calls < widgets // 10, f"{calls} CSS matches for {widgets} widgets"
        for step in HEAVY:
            view = app.screen.views[step]  # type: ignore[attr-defined]
            assert isinstance(view, StepView)
            # every view with parts names them (the screen finds them by that id)
            assert (view.tabs() is not None) == bool(view.query(TabbedContent))

"""Ctrl+Q with a pledge line typed and not entered: never dropped or entered unsaid (rev13c).

As every line typed elsewhere, a line that reads is entered on quitting; the window closes at
once, so what was entered is kept for the CLI to say (``app.entered_on_quit``). A refused line
(``Zulkifli`` is not in Sedap Malam) stays in its field: the first Ctrl+Q stays and says it,
as the follow-up's refused texts are said. One app session for both.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from tests.tui.conftest import MemorySaver
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)
REFUSED = "Zulkifli: tenaga mengantar pesanan"
GOOD = "Rohani: uang 10.000 setiap bulan"


async def test_ctrl_q_says_a_refused_pledge_line_and_the_one_it_enters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saver = MemorySaver()
    app = group_app(PraStep.PLEDGES, saver=saver)
    exits: list[object] = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(a))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        said = record_notices(monkeypatch, app)
        line = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "pledge-line", what="the line"
        )
        assert isinstance(line, Input)
        await keys(pilot, REFUSED, "ctrl+q")
        await wait_until(pilot, lambda: any(REFUSED in s for s in said), what="the line said")
        assert not exits, "the first Ctrl+Q stays"
        assert line.value == REFUSED, "the refused line stays in its field"
        assert app.entered_on_quit == []
        # corrected, the next Ctrl+Q enters it and leaves; what it entered is kept to be said
        await keys(pilot, "ctrl+u", GOOD, "ctrl+q")
        await wait_until(pilot, lambda: exits, what="the app asked to close")
        pledges = app.session.workshop.group(SEDAP).pledges  # type: ignore[union-attr]
        assert (pledges[-1].description, pledges[-1].value) == ("setiap bulan", 10000)
        assert len(app.entered_on_quit) == 1 and GOOD in app.entered_on_quit[0]

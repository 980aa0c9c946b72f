"""The ideas' matrix wraps a long idea instead of cutting its last columns (rev18-facil at
100x30: "Peringkat" shown as "Per", the ranks cut, with a long idea's name)."""

from __future__ import annotations

from pra.edit import ideas
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import screen_text, wait_for_step, wait_until

LONG = "Kue tradisional Bugis-Makassar untuk pesanan hajatan dan arisan kelurahan"


async def test_the_rank_column_stays_whole_beside_a_long_idea() -> None:
    ws = ideas.add_idea(palembang(), LONG)
    app = PraApp(make_session(ws), step=PraStep.IDEAS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        app.screen.views[PraStep.IDEAS].show_tab("tab-matrix")  # type: ignore[attr-defined]
        await wait_until(
            pilot,
            lambda: (
                any("Total" in row and "Peringkat" in row for row in screen_text(app).splitlines())
                and "hajatan" in screen_text(app)
            ),
            what="the rank column's header whole beside Total, and the long idea",
        )

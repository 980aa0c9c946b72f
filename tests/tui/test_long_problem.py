"""A long problem is shown whole on the vote and the results, at 100×30.

Typed as a room says it, a problem is a sentence. The list wrapped it, but the
vote table cut it at the screen's edge (``… usaha kue rumahan m``) and the
results cut its rank line (``… merugi s``), pushing the ★ priority column off
the screen.
"""

from __future__ import annotations

from pra.edit import problems
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.layout_check import shown_whole
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until

LONG = (
    "Harga minyak goreng dan bahan pokok naik terus sehingga usaha kue rumahan merugi setiap bulan"
)


async def test_a_long_problem_is_whole_on_the_vote_and_the_results() -> None:
    ws = problems.add_problem(palembang(), LONG)
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await wait_until(pilot, lambda: shown_whole(screen_text(app), LONG), what="the list")
        await keys(pilot, "f6")
        await wait_until(pilot, lambda: "Titik (dot voting)" in screen_text(app), what="vote")
        await wait_until(
            pilot, lambda: shown_whole(screen_text(app), LONG), what="the problem whole on vote"
        )
        await keys(pilot, "f6")
        await wait_until(pilot, lambda: "Hasil —" in screen_text(app), what="the results")
        await wait_until(
            pilot,
            lambda: shown_whole(screen_text(app), LONG),
            what="the problem whole on the results",
        )
        assert " 6. Harga minyak goreng" in screen_text(app)  # it is the results' row 6
        assert "★ prioritas" in screen_text(app)

"""The groups tab names F9 only when there is a suggested group to accept (issue #12).

In Palembang every member is already in a group: the suggestion holds no group,
yet the tab said "tekan F9 untuk menerima" and the footer offered "Terima saran".
"""

from __future__ import annotations

from pra.model import PraStep
from tests.tui.conftest import SIZE, AppFactory
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_for_text


async def test_nothing_to_accept_names_no_f9(app_for: AppFactory) -> None:
    app = app_for(step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6", "f6", "f6")
        await wait_for_text(
            pilot, "Saran pembagian kelompok: tidak ada kelompok baru untuk diterima."
        )
        text = screen_text(app)
        assert "untuk menerima" not in text
        assert "Terima saran" not in text

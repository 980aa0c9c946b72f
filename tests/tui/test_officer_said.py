"""Kebutuhan dan usaha › Kelompok: Ctrl+K/E/R says whom it took a role from (issue #12).

Ctrl+K on Nurbaya made her ketua and silently took it from Rohani; a stale
"Dibatalkan: Ketua" stayed up while that new change was made. A change that rewrites
other data says so, and its notice replaces the one before.
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, TabbedContent

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.widgets.table import current_key
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_step, wait_until

SIZE = (100, 30)
SEDAP = "g-sedap-malam"
ROHANI, YUSNAINI, NURBAYA = "p-01", "p-02", "p-04"


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


async def test_a_role_moved_by_ctrl_k_names_who_lost_it(monkeypatch: pytest.MonkeyPatch) -> None:
    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)

    def officers() -> dict[str, str | None]:
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        return dict(group.officer_ids())

    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        tabs = app.screen.query_one(TabbedContent)
        for _ in range(4):
            if tabs.active == "tab-groups":
                break
            await keys(pilot, "f6")
        assert tabs.active == "tab-groups"
        table = app.screen.query_one("#member-table", DataTable)
        for _ in range(12):
            if app.screen.focused is table:
                break
            await keys(pilot, "tab")
        assert app.screen.focused is table
        for _ in range(25):
            if current_key(table) == NURBAYA:
                break
            await keys(pilot, "down")
        assert current_key(table) == NURBAYA
        said = record_notices(monkeypatch, app)

        await keys(pilot, "ctrl+k")
        await wait_until(pilot, lambda: officers()["chair"] == NURBAYA, what="Nurbaya ketua")
        assert said == ["Nurbaya ketua; Rohani bukan lagi ketua — ^z membatalkan."]

        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: officers()["chair"] == ROHANI, what="undone")
        assert said[-1] == "Dibatalkan: Ketua"

        # a new change: its notice replaces the undo's, which no longer says what was done
        await keys(pilot, "ctrl+e")
        await wait_until(
            pilot, lambda: officers()["secretary"] == NURBAYA, what="Nurbaya sekretaris"
        )
        new = "Nurbaya sekretaris; Yusnaini bukan lagi sekretaris — ^z membatalkan."
        assert said[-1] == new
        await wait_until(pilot, lambda: "Dibatalkan" not in screen_text(app), what="old gone")
        assert len(app.screen.query("Toast")) == 1, "one notice: the new one"

        # the secretary made chair: her own role goes with it, and that is said too
        await keys(pilot, "ctrl+k")
        await wait_until(pilot, lambda: officers()["chair"] == NURBAYA, what="Nurbaya ketua")
        assert officers() == {"chair": NURBAYA, "secretary": None, "treasurer": "p-03"}
        assert said[-1] == (
            "Nurbaya ketua; Rohani bukan lagi ketua; Nurbaya bukan lagi sekretaris"
            " — ^z membatalkan."
        )

        # on the chair again: the role is cleared, and said
        await keys(pilot, "ctrl+k")
        await wait_until(pilot, lambda: officers()["chair"] is None, what="no ketua")
        assert said[-1] == "Nurbaya bukan lagi ketua — ^z membatalkan."

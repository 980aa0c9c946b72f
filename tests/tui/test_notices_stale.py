"""A notice true only where the focus was goes once it stops being true (issue #12).

- Masalah: Ctrl+R on the entry line says "Pindah ke tabel dulu (Tab), lalu pilih
  barisnya."; it stayed after Tab had moved the focus into the table.
- Pendampingan: "Dibatalkan: ketikan terakhir di isian ini (belum disimpan)." stayed
  after Enter had kept the note.
"""

from __future__ import annotations

import pytest

from pra import i18n
from pra.edit import followup as fu
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
SEDAP = "g-sedap-malam"


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


def _shown(app: PraApp, start: str) -> bool:
    """Is a notice beginning with ``start`` on the screen (read as the hall reads it)?"""
    return bool(app.screen.query("Toast")) and start in screen_text(app)


async def test_the_go_to_the_table_notice_goes_once_tab_moved_there() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    app.NOTIFICATION_TIMEOUT = 3600  # a notice that goes does so because it is no longer true
    said = i18n.t("tui.problems.pick_row")[:15]  # "Pindah ke tabel"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        line = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "problem-title", what="the entry line"
        )
        await keys(pilot, "ctrl+r")
        await wait_until(pilot, lambda: _shown(app, said), what="the notice")
        await keys(pilot, "tab")
        await wait_until(pilot, lambda: app.screen.focused is not line, what="the focus moved")
        await wait_until(pilot, lambda: not _shown(app, said), what="the notice gone")


async def test_the_typing_undone_notice_goes_once_the_line_is_kept() -> None:
    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)
    app.NOTIFICATION_TIMEOUT = 3600  # a notice that goes does so because it is no longer true
    said = i18n.t("tui.followup.typing_undone")[:11]  # "Dibatalkan:"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-date", what="date")
        for _ in range(14):
            if getattr(app.screen.focused, "id", None) == "fu-notes":
                break
            await keys(pilot, "tab")
        assert getattr(app.screen.focused, "id", None) == "fu-notes"
        await keys(pilot, "Rapat lancar kas", "ctrl+z")
        await wait_until(pilot, lambda: _shown(app, said), what="the notice")
        await keys(pilot, "enter")
        meeting = lambda: session.workshop.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]  # noqa: E731
        await wait_until(pilot, lambda: meeting().notes.strip() == "Rapat lancar", what="kept")
        await wait_until(pilot, lambda: not _shown(app, said), what="the notice gone")

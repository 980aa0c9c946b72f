"""Ctrl+T on the list of problems and follow-ups marks the follow-up highlighted kept (rev15 F3).

``toggle_action_done`` was called by no key: a follow-up typed at a meeting could only be
removed, and the report's "Selesai" column said "–" for ever. The key is step 7's (^t
Ditepati on the pledges), offered on a follow-up only, named in the footer; a toast says
what happened and that Ctrl+Z undoes it; the list shows the state; the file keeps it.
"""

from __future__ import annotations

import pytest

from pra.edit import followup as fu
from pra.i18n import t
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session
from tests.tui.followup.conftest import SEDAP, by_id, first_meeting, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until


def _footer(app: PraApp) -> str:
    return screen_text(app).splitlines()[-1]


async def test_ctrl_t_marks_a_follow_up_kept_says_it_and_ctrl_z_undoes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    mid = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.add_problem(ws, SEDAP, mid, "Oven kurang besar")
    ws = fu.add_action_line(ws, SEDAP, mid, "Mengunjungi rumah Masitoh, oleh Rohani, 12-09-2003")
    saver = MemorySaver()
    session = make_session(ws, saver=saver)
    app = PraApp(session)

    def done() -> bool:
        return first_meeting(session).actions[0].done

    async with app.run_test(size=(100, 30)) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        for _ in range(7):  # the cell line, problem, follow-up, sales, costs, notes, the list
            await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-listing"), what="the problems and follow-ups")
        label = f"^t {t('tui.followup.key.done')}"  # "^t Ditepati", as on step 7's pledges
        assert label == f"^t {t('tui.pledges.key_kept')}"
        # on a problem there is nothing to keep: the key is not offered
        await wait_until(pilot, lambda: "Masalah 1" in screen_text(app), what="the list")
        assert label not in _footer(app)
        await keys(pilot, "down")  # the follow-up
        await wait_until(pilot, lambda: label in _footer(app), what=f"{label!r} in the footer")
        assert "○ Tindak lanjut 1: Mengunjungi rumah Masitoh" in screen_text(app)

        await keys(pilot, "ctrl+t")
        await wait_until(pilot, done, what="the follow-up kept")
        assert notices[-1] == (
            'Tindak lanjut "Mengunjungi rumah Masitoh" ditandai ditepati '
            "(di laporan, kolom Selesai: Ya). ^z membatalkan."
        )
        await wait_until(
            pilot,
            lambda: "✓ Tindak lanjut 1: Mengunjungi rumah Masitoh" in screen_text(app),
            what="the list shows it kept",
        )
        assert "(ditepati)" in screen_text(app)

        def saved_kept() -> bool:
            group = saver.saved[-1].group(SEDAP) if saver.saved else None
            return group is not None and group.followup.meetings[0].actions[0].done

        await wait_until(pilot, saved_kept, what="the file saved with it kept")

        await keys(pilot, "ctrl+t")  # not kept after all
        await wait_until(pilot, lambda: not done(), what="the follow-up open again")
        assert notices[-1] == (
            'Tindak lanjut "Mengunjungi rumah Masitoh" ditandai belum ditepati. ^z membatalkan.'
        )
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, done, what="Ctrl+Z: kept again")

"""The wall while the facilitator is in the follow-up (issue 12, s13-wall item 1).

``pra show`` said "mengikuti fasilitator" and kept the workshop step on the wall while the
facilitator had gone into Pendampingan (F4). The follow-up is not shown to the room (each
member's savings, loans and arrears): the writer now records that it is there, and the wall
says so plainly instead of claiming to follow, until the facilitator comes back.
"""

from __future__ import annotations

from pathlib import Path

from pra import store
from pra.model import PraStep
from pra.store.place import read_place, write_place
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import MemorySaver
from tests.tui.pilot import keys, screen_text, wait_until
from tests.tui.test_show_place import POLL, SIZE, room, saved_file


async def test_the_facilitators_window_records_the_follow_up_and_the_way_back(
    tmp_path: Path,
) -> None:
    path = saved_file(tmp_path)
    session = Session(store.load(path), path, saver=MemorySaver())
    app = PraApp(session, step=PraStep.SUCCESS, follow_every=POLL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: read_place(path) == {"step": "success", "group": "g-sedap-malam"},
            what="the success circle recorded",
        )
        await keys(pilot, "f4")
        await wait_until(
            pilot,
            lambda: (
                read_place(path) == {"step": "followup", "group": "g-sedap-malam", "tab": "meeting"}
            ),
            what="the follow-up recorded",
        )
        await keys(pilot, "f6")
        await wait_until(
            pilot,
            lambda: (read_place(path) or {}).get("tab") == "assessment",
            what="its tab recorded",
        )
        await keys(pilot, "f4")
        await wait_until(
            pilot,
            lambda: read_place(path) == {"step": "success", "group": "g-sedap-malam"},
            what="back on the workshop step",
        )


async def test_the_wall_says_the_follow_up_is_not_shown_and_comes_back(tmp_path: Path) -> None:
    path = saved_file(tmp_path)
    app = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the register")
        write_place(path, {"step": "followup", "group": "g-jaya-bersama", "tab": "meeting"})
        await wait_until(
            pilot,
            lambda: "Fasilitator sedang membuka Pendampingan" in screen_text(app),
            what="the wall saying where the facilitator is",
        )
        text = screen_text(app)
        lines = text.splitlines()
        assert "Pendampingan" in lines[0] and "Kelompok Jaya Bersama" in lines[0]
        assert "mengikuti fasilitator" not in lines[-1]
        assert "tidak ditampilkan" in lines[-1]
        assert "Peserta" not in text and "2 Peserta" not in lines[0]  # no stale step below
        assert app.focused is None
        write_place(path, {"step": "swot", "group": "g-jaya-bersama"})
        await wait_until(
            pilot,
            lambda: "7 Analisis SWOT" in screen_text(app).splitlines()[0],
            what="the workshop back on the wall",
        )
        text = screen_text(app)
        assert "Pendampingan" not in text
        assert "mengikuti fasilitator" in text.splitlines()[-1]

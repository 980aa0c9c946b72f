"""The room's view follows where the facilitator is (issue 12, review10t finding 5).

``pra show`` said "mengikuti fasilitator" but kept its own step: on Pemungutan
suara the writer showed Masitoh's dots while the wall kept Rohani's. The writing
window now records its place (step, group, tab, voter) in a note beside the file
(:mod:`pra.store.place`) and the room opens that place when the note changes.
Each side is tested on its own: the writer writes the note, the room follows a note.
"""

from __future__ import annotations

import re
from pathlib import Path

from pra import store
from pra.model import PraStep
from pra.store.place import read_place, write_place
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import MemorySaver, palembang
from tests.tui.pilot import keys, screen_text, wait_until

SIZE = (100, 30)
POLL = 0.05


def saved_file(tmp_path: Path) -> Path:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    return path


async def test_the_facilitators_window_records_its_step_tab_and_voter(tmp_path: Path) -> None:
    path = saved_file(tmp_path)
    session = Session(store.load(path), path, saver=MemorySaver())
    app = PraApp(session, step=PraStep.PROBLEMS, follow_every=POLL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: read_place(path) == {"step": "problems", "tab": "tab-list", "voter": "p-01"},
            what="the problem list recorded",
        )
        await keys(pilot, "f6", "ctrl+right", "ctrl+right")
        await wait_until(pilot, lambda: "Pemilih: Masitoh" in screen_text(app), what="Masitoh")
        await wait_until(
            pilot,
            lambda: read_place(path) == {"step": "problems", "tab": "tab-vote", "voter": "p-03"},
            what="the vote tab and Masitoh recorded",
        )
        await keys(pilot, "f8", "f8", "f8", "f8", "f3")  # 7 SWOT, the second group
        await wait_until(
            pilot,
            lambda: read_place(path) == {"step": "swot", "group": "g-jaya-bersama"},
            what="the SWOT of Jaya Bersama recorded",
        )


def room(path: Path) -> PraApp:
    session = Session(store.load(path), path, read_only=True, saver=MemorySaver())
    return PraApp(session, step=PraStep.PARTICIPANTS, room=True, follow_every=POLL)


async def test_the_room_opens_the_facilitators_step_tab_voter_and_group(tmp_path: Path) -> None:
    path = saved_file(tmp_path)
    app = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the register")
        write_place(path, {"step": "problems", "tab": "tab-vote", "voter": "p-03"})
        await wait_until(
            pilot,
            lambda: "Pemilih: Masitoh — sudah" in screen_text(app),
            what="Masitoh's ballot on the wall",
        )
        assert "3 Masalah" in screen_text(app).splitlines()[0]
        write_place(path, {"step": "problems", "tab": "tab-vote", "voter": "p-01"})
        await wait_until(
            pilot, lambda: "Pemilih: Rohani — sudah" in screen_text(app), what="back to Rohani"
        )
        write_place(path, {"step": "swot", "group": "g-jaya-bersama"})
        await wait_until(
            pilot,
            # the group said once (#12), not "Kelompok: Kelompok Jaya Bersama"
            lambda: "7 Analisis SWOT  ·  Kelompok Jaya Bersama" in screen_text(app).splitlines()[0],
            what="the second group's SWOT",
        )
        assert "7 Analisis SWOT" in screen_text(app).splitlines()[0]
        await keys(pilot, "f7")  # the room may still move on its own until the facilitator does
        await wait_until(
            pilot, lambda: "6 Lingkaran sukses" in screen_text(app).splitlines()[0], what="step 6"
        )
        assert app.focused is None


async def test_the_room_opens_where_the_facilitator_already_is(tmp_path: Path) -> None:
    path = saved_file(tmp_path)
    write_place(path, {"step": "problems", "tab": "tab-vote", "voter": "p-03"})
    app = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: "Pemilih: Masitoh — sudah" in screen_text(app),
            what="Masitoh's ballot on the wall",
        )


def test_a_place_note_that_does_not_read_is_ignored(tmp_path: Path) -> None:
    path = saved_file(tmp_path)
    assert read_place(path) is None
    write_place(path, {"step": "swot", "group": "g-jaya-bersama"})
    assert read_place(path) == {"step": "swot", "group": "g-jaya-bersama"}
    (tmp_path / ".palembang.json.place").write_text("{ rusak", encoding="utf-8")
    assert read_place(path) is None


ROOM_NEVER_SAYS = re.compile(r"\b(Enter|Tab|spasi|Esc|Del|NIK|Ketik)\b|\^[a-z]\b|F\d+ ")
"""How the facilitator types (the keys, as words or as the footer writes them), and the NIK column."""


async def test_the_wall_shows_no_facilitator_hint_and_no_nik_on_any_step_or_tab(
    tmp_path: Path,
) -> None:
    """The wall showed "isi lalu Enter (Tab pindah isian)", "Enter centang", "(Enter membuka
    langkahnya)" and the participants' NIK column."""
    path = saved_file(tmp_path)
    session = Session(store.load(path), path, read_only=True, saver=MemorySaver())
    app = PraApp(session, step=PraStep.PREPARATION, room=True, follow_every=POLL)
    said: dict[str, list[str]] = {}
    async with app.run_test(size=SIZE) as pilot:
        for step in PraStep:
            await wait_until(
                pilot,
                lambda step=step: f" {list(PraStep).index(step) + 1} " in screen_text(app)[:5],
                what=f"step {step.value}",
            )
            for tab in range(5):
                # the status line says the room's own keys (F7/F8 langkah): not a hint
                lines = screen_text(app).splitlines()[:-1]
                found = [line for line in lines if ROOM_NEVER_SAYS.search(line)]
                if found:
                    said[f"{step.value} tab {tab}"] = found
                await keys(pilot, "f6")
            await keys(pilot, "f8")
    assert said == {}


async def test_the_wall_says_the_results_are_hidden(tmp_path: Path) -> None:
    """With the results hidden (Ctrl+G in the writer) Hasil on the wall showed only
    "Alasan pilihan": the sentence saying so was left out whole for naming F9."""
    path = tmp_path / "palembang.json"
    ws = palembang()
    store.save(
        ws.model_copy(update={"voting": ws.voting.model_copy(update={"results_hidden": True})}),
        path,
    )
    write_place(path, {"step": "problems", "tab": "tab-results"})
    app = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: "Hasil disembunyikan selama pemungutan suara" in screen_text(app),
            what="the hidden results said on the wall",
        )
        assert "F9" not in screen_text(app) and "Tekan" not in screen_text(app)

"""The room view (``pra show``): no notes panel, no facilitator keys, read-only, following the file."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer

from pra import store
from pra.cli import main
from pra.edit import participants
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import MemorySaver, palembang
from tests.tui.pilot import keys, screen_text, wait_until

SIZE = (100, 30)


def room(path: Path, *, step: PraStep = PraStep.PARTICIPANTS) -> tuple[PraApp, MemorySaver]:
    saver = MemorySaver()
    session = Session(store.load(path), path, read_only=True, saver=saver)
    return PraApp(session, step=step, room=True, follow_every=0.05), saver


async def test_the_room_view_opens_no_notes_panel_and_no_footer(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    app, _ = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the step")
        await keys(pilot, "f1")  # the facilitator's notes key does nothing here
        assert not app.screen.query("#notes")
        assert not app.screen.query(Footer)
        assert not app.screen.query("#stepper")
        text = screen_text(app)
        assert "Untuk apa" not in text  # the notes' first words (notes.participants)
        assert "^z" not in text and "f1 Catatan" not in text
        assert "(F3 ganti)" not in text
        assert app.focused is None  # no cursor on the wall
        assert app.theme == "pra-projector"


async def test_the_room_view_follows_the_file_and_moves_by_its_own_keys(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    ws = palembang()
    store.save(ws, path)
    app, saver = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the step")
        count = f"{len(ws.participants) + 1} peserta"
        store.save(participants.add_participant(ws, "Siti Aminah"), path)
        await wait_until(
            pilot, lambda: count in screen_text(app), what="the new participant counted", timeout=2
        )
        await keys(pilot, "S", "i", "t", "i", "enter")  # nothing to type into
        await keys(pilot, "f8")
        await wait_until(pilot, lambda: "3 Masalah" in screen_text(app), what="the next step")
        assert app.session is not None
        assert len(app.session.workshop.participants) == len(ws.participants) + 1
        # the status line, whole at 100 columns, says how this view moves and when it last followed
        status = screen_text(app).splitlines()[-1].strip()
        assert status.startswith(
            "Tampilan ruangan, mengikuti fasilitator · F7/F8 langkah · F3 kelompok · diperbarui "
        )
    assert saver.saved == []


def test_pra_show_exits_cleanly_and_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    before = path.read_bytes()
    stamp = path.stat().st_mtime_ns
    assert main(["show", str(path), "--headless", "--exit-when-ready"]) == 0
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stamp
    # never locked: the facilitator's window opens it for editing afterwards
    with store.open_workshop(path) as opened:
        assert not opened.read_only


async def test_the_arrows_scroll_what_the_room_sees(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    ws = palembang()
    for name in ("Siti Aminah", "Ani Lestari", "Dewi Sartika", "Nur Hayati", "Sri Wahyuni"):
        ws = participants.add_participant(ws, name)  # more than the wall shows at once
    store.save(ws, path)
    app, _ = room(path)
    first, last = ws.participants[0].name, ws.participants[-1].name
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: f" 1   {first} " in screen_text(app), what="the top")
        assert last not in screen_text(app)
        await keys(pilot, "end")
        await wait_until(pilot, lambda: last in screen_text(app), what="the last participant")
        assert f" 1   {first} " not in screen_text(app)
        await keys(pilot, "home")
        await wait_until(pilot, lambda: f" 1   {first} " in screen_text(app), what="the top again")
        assert app.focused is None


async def test_the_room_does_not_announce_the_facilitator_closing(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    writer = store.open_workshop(path)
    app, _ = room(path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the step")
        follower = app.follower
        assert follower is not None and follower.writer_there
        writer.close()
        await wait_until(pilot, lambda: not follower.writer_there, what="the writer gone")
        await pilot.pause()
        assert "Jendela yang mengubah" not in screen_text(app)
        assert "HANYA BACA" not in screen_text(app)


async def test_the_room_shows_a_groups_swot_without_the_facilitators_key_hint(
    tmp_path: Path,
) -> None:
    path = tmp_path / "palembang.json"
    ws = palembang()
    store.save(ws, path)
    app, _ = room(path, step=PraStep.SWOT)
    strength = ws.groups[0].swot.strengths[0].text
    async with app.run_test(size=SIZE) as pilot:

        def strengths_shown() -> str:
            """The S box's list as the room reads it, its wrapped lines joined by spaces."""
            region = app.screen.query_one("#swot-strengths").scrollable_content_region
            lines = screen_text(app).splitlines()[region.y : region.bottom]
            return " ".join(line[region.x : region.right].strip() for line in lines)

        await wait_until(pilot, lambda: strength in strengths_shown(), what="the first strength")
        text = screen_text(app)
        assert "Tab pindah" not in text  # tui.swot.hint, the facilitator's keys
        assert f"Analisis SWOT  ·  {ws.groups[0].name}  ·" in text.splitlines()[0]
        assert not app.screen.query(".form-hint"), "the room's view builds no facilitator hint"


async def test_the_room_builds_no_form_hint_on_a_group_form(tmp_path: Path) -> None:
    path = tmp_path / "palembang.json"
    ws = palembang()
    store.save(ws, path)
    app, _ = room(path, step=PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: bool(app.screen.query("#pledge-table")), what="the pledges step"
        )
        assert not app.screen.query(".form-hint")
        assert "Enter" not in screen_text(app)  # tui.pledges hint: how the facilitator adds


async def test_the_room_views_palette_offers_no_facilitator_command(tmp_path: Path) -> None:
    """Ctrl+P, "Catatan fasilitator", Enter on the wall crashed ``pra show`` (no notes panel)."""
    from textual.command import CommandPalette

    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    app, saver = room(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="the step")
        offered = [command.title for command in app.get_system_commands(app.screen)]
        assert offered == ["Warna tampilan", "Keluar"]
        await keys(pilot, "ctrl+p")
        await wait_until(
            pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette open"
        )
        await keys(pilot, "Catatan fasilitator", "enter", "escape")
        await wait_until(
            pilot, lambda: not isinstance(app.screen, CommandPalette), what="the palette closed"
        )
        assert app.is_running  # the nearest hit is a step (fuzzy search): no traceback
        assert not app.screen.query("#notes")
    assert saver.saved == []


async def test_the_room_view_shows_no_entry_line(tmp_path: Path) -> None:
    """The wall showed the facilitator's forms, every empty field saying "hanya baca"."""
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    app, _ = room(path, step=PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: "Oven dan cetakan kue" in screen_text(app), what="the pledges"
        )
        text = screen_text(app)
        assert "hanya baca" not in text
        assert "Pilih anggota" not in text  # the pledge form's hint
        assert "Rp 200.000" in text and "JUMLAH Rp 812.500" in text
        await keys(pilot, "f7", "f7", "f7", "f7", "f7", "f7")  # back to 2 Peserta
        await wait_until(pilot, lambda: "2 Peserta" in screen_text(app), what="participants")
        await wait_until(pilot, lambda: "Rohani" in screen_text(app), what="the register")
        assert "hanya baca" not in screen_text(app)
        await keys(pilot, "f7")  # 1 Persiapan: its fields hold the workshop's values
        await wait_until(
            pilot, lambda: "Sumatera Selatan" in screen_text(app), what="the preparation"
        )


async def test_the_room_view_shows_the_steps_without_the_highlighted_steps_tools(
    tmp_path: Path,
) -> None:
    """No row is highlighted on the wall: the lists for "the chosen step" took 9 of 30 rows."""
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    app, _ = room(path, step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: "Mencari modal usaha" in screen_text(app), what="the steps table"
        )
        text = screen_text(app)
        assert "langkah terpilih" not in text
        assert "Kebutuhan:" not in text
        assert "Rp 1.470.000" in text  # step 3's cost, in the table

"""A read-only window follows the file the writing window saves (issue 12, the projector view).

The writer here is this test: it holds the workshop's lock through
``pra.store.open_workshop`` and saves with ``pra.store.save``, exactly what the
facilitator's window does. The follower is a real app on the same file, opened
through ``pra.tui.files.open_session`` (read-only because the lock is taken),
with its poll interval injected small.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pra import store
from pra.edit import info
from pra.model import PraStep, Workshop
from pra.tui import files
from pra.tui.app import PraApp
from pra.tui.title_bar import group_part
from tests.tui.conftest import MemorySaver, palembang
from tests.tui.pilot import keys, screen_text, wait_until

SIZE = (120, 40)
POLL = 0.05
EDIT_SHOWS_WITHIN = 2.0
"""The issue's check: the follower shows an edit made in the writer within 2 s."""
NEW_TITLE = "Lokakarya Usaha Kampung Sedap Malam"


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    path = tmp_path / "palembang.json"
    store.save(palembang(), path)
    return path


@pytest.fixture
def writer(workshop_file: Path) -> Iterator[store.Opened]:
    """The facilitator's window: it holds the lock (the follower opens read-only)."""
    with store.open_workshop(workshop_file) as opened:
        assert not opened.read_only
        yield opened


def follower(path: Path, *, step: PraStep = PraStep.PREPARATION) -> tuple[PraApp, MemorySaver]:
    session = files.open_session(path)
    assert session.read_only
    saver = MemorySaver()
    session.saver = saver  # the follower must never save: a save would land here
    return PraApp(session, step=step, follow_every=POLL), saver


def retitled(ws: Workshop, title: str = NEW_TITLE) -> Workshop:
    return info.set_field(ws, "title", title)


async def test_the_follower_shows_an_edit_made_in_the_writer_within_2_s(
    writer: store.Opened,
) -> None:
    app, saver = follower(writer.path, step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Peserta" in screen_text(app), what="the step shown")
        assert NEW_TITLE not in screen_text(app)
        store.save(retitled(writer.workshop), writer.path)
        await wait_until(
            pilot,
            lambda: NEW_TITLE in screen_text(app).splitlines()[0],
            what="the new title in the follower's title bar",
            timeout=EDIT_SHOWS_WITHIN,
        )
        # it kept its place: still the participants step, whose count line is on screen
        assert app.screen.current is PraStep.PARTICIPANTS
        assert app.session is not None and app.session.workshop.info.title == NEW_TITLE
        assert app.session.read_only
    assert saver.saved == []


async def test_the_follower_keeps_its_step_and_group(writer: store.Opened) -> None:
    app, _ = follower(writer.path, step=PraStep.SWOT)
    groups = writer.workshop.groups
    assert len(groups) >= 2
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f3")
        second = group_part(groups[1].name)  # as the title bar names it (once)
        await wait_until(pilot, lambda: second in screen_text(app), what="the second group")
        store.save(retitled(writer.workshop), writer.path)
        await wait_until(
            pilot, lambda: NEW_TITLE in screen_text(app), what="the edit shown in the follower"
        )
        top = screen_text(app).splitlines()[0]
        assert second in top
        assert app.screen.current is PraStep.SWOT
        assert getattr(app.screen, "group_id", None) == groups[1].id


async def test_a_broken_write_keeps_the_last_good_view_and_the_next_good_one_shows(
    writer: store.Opened,
) -> None:
    app, _ = follower(writer.path)
    async with app.run_test(size=SIZE) as pilot:
        store.save(retitled(writer.workshop), writer.path)
        await wait_until(pilot, lambda: NEW_TITLE in screen_text(app), what="the good edit")
        follow = app.follower
        assert follow is not None
        # Another program writes the file in place and stops half-way.
        writer.path.write_bytes(b'{"schema_version": 1, "id": "ws-1", "info": {"tit')
        await wait_until(pilot, lambda: follow.failed is not None, what="the broken file read")
        assert NEW_TITLE in screen_text(app)
        assert app.session is not None and app.session.workshop.info.title == NEW_TITLE
        assert "GAGAL" not in screen_text(app)  # quietly: no error on the wall
        store.save(retitled(writer.workshop, "Lokakarya Sesudah Perbaikan"), writer.path)
        await wait_until(
            pilot,
            lambda: "Lokakarya Sesudah Perbaikan" in screen_text(app),
            what="the next good save",
        )


async def test_the_follower_never_saves_even_when_typed_into(writer: store.Opened) -> None:
    app, saver = follower(writer.path, step=PraStep.PARTICIPANTS)
    on_disk = writer.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Peserta" in screen_text(app), what="the step shown")
        await keys(pilot, "Wati Susanti", "enter")
        await wait_until(pilot, lambda: app.follower is not None, what="following")
    assert app.session is not None
    app.session.flush()
    assert saver.saved == []
    assert writer.path.read_bytes() == on_disk
    assert all(p.name != "Wati Susanti" for p in app.session.workshop.participants)


async def test_when_the_writer_lets_go_the_follower_says_so_and_stays_read_only(
    writer: store.Opened,
) -> None:
    app, saver = follower(writer.path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: "HANYA BACA" in screen_text(app), what="read-only")
        writer.close()
        await wait_until(
            pilot,
            lambda: "HANYA BACA — jendela pengubah sudah ditutup" in screen_text(app),
            what="the status saying the writer closed",
        )
        await wait_until(
            pilot,
            lambda: "Jendela yang mengubah" in screen_text(app),
            what="the notice saying the writer closed",
        )
        assert app.session is not None and app.session.read_only
        await keys(pilot, "f7", "f8", "Budi", "enter")
        assert app.session.workshop == writer.workshop
    assert saver.saved == []


async def test_the_follower_keeps_its_scroll_place_and_shows_a_row_just_added(
    writer: store.Opened,
) -> None:
    from textual.widgets import DataTable

    from pra.edit import participants

    app, _ = follower(writer.path, step=PraStep.PARTICIPANTS)
    people = writer.workshop.participants
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: "Peserta" in screen_text(app), what="the step shown")
        table = app.screen.query_one("#people-table", DataTable)
        table.focus()
        await keys(pilot, "pagedown")
        await wait_until(pilot, lambda: table.scroll_offset.y > 0, what="the table scrolled")
        scrolled = table.scroll_offset
        first_row = f"  1   {people[0].name} "
        assert first_row not in screen_text(app)
        store.save(retitled(writer.workshop), writer.path)
        await wait_until(pilot, lambda: NEW_TITLE in screen_text(app), what="the edit shown")
        assert table.scroll_offset == scrolled
        assert first_row not in screen_text(app)
        added = participants.add_participant(retitled(writer.workshop), "Siti Aminah")
        store.save(added, writer.path)
        await wait_until(
            pilot, lambda: "Siti Aminah" in screen_text(app), what="the row just added shown"
        )
        assert first_row not in screen_text(app)


async def test_a_save_between_opening_and_the_window_starting_is_shown(
    writer: store.Opened,
) -> None:
    app, _ = follower(writer.path)  # the session is loaded here
    store.save(retitled(writer.workshop), writer.path)  # saved before the app runs
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: NEW_TITLE in screen_text(app),
            what="the save made before the window started",
            timeout=EDIT_SHOWS_WITHIN,
        )


async def test_the_follower_offers_no_undo(writer: store.Opened) -> None:
    """A read-only window's footer said "^z Batal"; Ctrl+Z there only said nothing was undone."""
    app, saver = follower(writer.path, step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Daftar masalah" in screen_text(app), what="the step")
        # the keys' line is drawn after the step (on a loaded machine the read-only line was
        # still the last one drawn when it was read)
        await wait_until(
            pilot,
            lambda: "F7 F8 Langkah" in screen_text(app).splitlines()[-1],
            what="the keys' line",
        )
        footer = screen_text(app).splitlines()[-1]
        assert "Batal" not in footer and "^z" not in footer
        await keys(pilot, "ctrl+z")
        assert app.session is not None and app.session.read_only
    assert saver.saved == []

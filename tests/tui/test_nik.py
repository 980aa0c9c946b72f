"""A participant's NIK is typed after their name; no screen ever shows its digits."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from pra import store
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import SIZE, MemorySaver, make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

NIK = "1671045203750001"


async def test_enter_on_a_person_then_a_nik_after_the_name_stores_it_and_shows_only_a_tick() -> (
    None
):
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: (
                PraStep.PARTICIPANTS in getattr(app.screen, "views", {}) and app.focused is not None
            ),
            what="participants open",
        )
        table = app.screen.query_one("#people-table", DataTable)
        table.focus()
        await wait_for_focus(pilot, lambda w: w is table, what="people-table")
        table.move_cursor(row=0)  # Rohani
        await keys(pilot, "enter")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "people-name", what="name")
        await keys(pilot, ",", " ", *"1671 0452 0375 0001", "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.participant("p-01").nik == NIK,  # type: ignore[union-attr]
            what="the NIK stored",
        )
        assert app.session.workshop.participant("p-01").name == "Rohani"  # type: ignore[union-attr]
        assert table.get_row_at(0)[-1] == "✓"
        assert NIK not in screen_text(app).replace(" ", "")
        # a digit missing: refused with the count, next to the field, nothing stored
        table.focus()
        table.move_cursor(row=1)
        await keys(pilot, "enter", ",", " ", *"167104520375001", "enter")
        await wait_until(pilot, lambda: "di sini 15" in screen_text(app), what="the refusal said")
        assert app.session.workshop.participants[1].nik is None


async def test_the_room_view_never_shows_a_nik(tmp_path: Path) -> None:
    ws = palembang()
    people = tuple(
        p.model_copy(update={"nik": f"1671{n:012d}"}) for n, p in enumerate(ws.participants, 1)
    )
    path = tmp_path / "palembang.json"
    store.save(ws.model_copy(update={"participants": people}), path)
    session = Session(store.load(path), path, read_only=True, saver=MemorySaver())
    app = PraApp(session, step=PraStep.PARTICIPANTS, room=True, follow_every=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: "Rohani" in screen_text(app), what="the register")
        text = screen_text(app).replace(" ", "")
        assert [p.nik for p in people if p.nik and p.nik[-6:] in text] == []

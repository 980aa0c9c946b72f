"""Notices at 100×30 (issue #12): quick actions leave one toast, and never over the focused row.

Four people removed in a burst used to stack four toasts bottom-right, over the
right half of the participants' table: the row under the cursor (the last one)
showed its name but not its RT and attendance.
"""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import DataTable

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.widgets.table import current_key
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, type_fast, wait_for_focus, wait_until

ROOM = (100, 30)


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")


async def test_four_removals_leave_one_notice_and_the_focused_row_whole() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "people-name", what="the name field"
        )
        await keys(pilot, "tab")
        table = await wait_for_focus(
            pilot, lambda w: isinstance(w, DataTable) and w.id == "people-table", what="table"
        )
        assert isinstance(table, DataTable)
        await keys(pilot, "end")
        names = [p.name for p in app.session.workshop.participants]
        assert names[-4:] == ["Junaidi", "Ernawati", "M. Yunus", "Sulastri"]
        type_fast(pilot, "delete", "delete", "delete", "delete")
        await wait_until(
            pilot, lambda: len(app.session.workshop.participants) == 18, what="four removed"
        )
        await wait_until(
            pilot, lambda: "Junaidi dihapus" in screen_text(app), what="the last notice shown"
        )
        shown = screen_text(app)
        assert shown.count("dihapus") == 1  # the three before it gave way to it
        row_key = current_key(table)
        person = app.session.workshop.participant(row_key) if row_key else None
        assert person is not None and person.name == "Ismail"
        cells = [c.plain if isinstance(c, Text) else str(c) for c in table.get_row(row_key)]
        line = next(line for line in shown.splitlines() if " Ismail " in line)
        position = 0
        for cell in (c.strip() for c in cells):  # every cell of the focused row, whole, in order
            found = line.find(cell, position)
            assert found >= 0, f"{cell!r} not whole in {line!r}"
            position = found + len(cell)


NOT_A_MEMBER = '"Budi" bukan anggota'


async def test_a_refusal_goes_when_the_corrected_line_is_entered() -> None:
    """Janji hati: "Budi" (no member) is refused; the line corrected and entered, the refusal
    toast goes at once (it stood for its whole time beside an accepted pledge)."""
    from tests.tui.pilot import wait_for_step

    app = PraApp(make_session(palembang()), step=PraStep.PLEDGES)
    app.NOTIFICATION_TIMEOUT = 3600  # a toast that goes, goes because it was taken away
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        group = app.session.workshop.groups[0]
        await keys(pilot, "Budi: uang 50.000", "enter")
        # said beside the line and in the toast
        await wait_until(
            pilot, lambda: screen_text(app).count(NOT_A_MEMBER) == 2, what="the refusal"
        )
        await keys(pilot, "ctrl+u", "Rohani: uang 5.000", "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.groups[0].pledges) == len(group.pledges) + 1,
            what="the pledge kept",
        )
        await wait_until(
            pilot, lambda: NOT_A_MEMBER not in screen_text(app), what="the refusal taken away"
        )


async def test_notices_in_a_row_leave_nothing_of_the_ones_before() -> None:
    """Each notice takes away every toast before it, one still being put up too."""
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "people-name", what="the name field"
        )
        for _ in range(3):
            app.notify("Budi bukan anggota", severity="error")
        app.call_later(lambda: app.notify("Budi bukan anggota", severity="error"))
        await wait_until(
            pilot, lambda: "Budi bukan anggota" in screen_text(app), what="the notice shown"
        )
        await wait_until(
            pilot,
            lambda: len(app.screen.query("ToastHolder")) == 1,
            what="one toast on the screen, no holder of an older one",
        )
        assert screen_text(app).count("Budi bukan anggota") == 1


async def _notice_on_the_last_row(pilot: object, app: PraApp) -> str:
    """The focus on the register's last row (low on the screen), and a notice that stays until
    taken away (a removal's says itself for 8 s: long enough to go by itself under load)."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await wait_for_focus(
        pilot, lambda w: w is not None and w.id == "people-name", what="the name field"
    )
    await keys(pilot, "tab")
    await wait_for_focus(
        pilot, lambda w: isinstance(w, DataTable) and w.id == "people-table", what="table"
    )
    await keys(pilot, "end")
    said = "Sulastri dihapus"
    app.notify(said, timeout=3600)
    await wait_until(
        pilot,
        lambda: said in screen_text(app) and bool(app.screen.query("Toast")),
        what="the notice shown",
    )
    return said


async def test_a_notice_goes_when_the_next_step_opens() -> None:
    """A SWOT removal's notice stood ~25 s and followed to the next step, over its entry line."""
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        said = await _notice_on_the_last_row(pilot, app)
        await keys(pilot, "f8")
        await wait_until(pilot, lambda: said not in screen_text(app), what="the notice gone")
        assert not app.screen.query("Toast")


async def test_a_notice_goes_when_the_next_group_opens() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.SWOT)
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="SWOT with a focus")
        app.notify("Kekuatan dihapus", timeout=3600)
        await wait_until(pilot, lambda: "Kekuatan dihapus" in screen_text(app), what="shown")
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kekuatan dihapus" not in screen_text(app), what="the notice gone"
        )


async def test_a_notice_moves_clear_of_the_field_that_takes_the_focus() -> None:
    """Shown at the top while the focused row was low; the focus back on the name field at the
    top, the notice moves to the bottom rather than cover the line being typed."""
    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=ROOM, notifications=True) as pilot:
        await _notice_on_the_last_row(pilot, app)
        field = app.screen.query_one("#people-name")
        await wait_until(
            pilot,
            lambda: app.screen.query_one("Toast").region.y < ROOM[1] // 2,
            what="the notice at the top: the focused row is low",
        )
        await keys(pilot, "shift+tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "people-name", what="the name field"
        )
        await wait_until(
            pilot,
            lambda: app.screen.query_one("Toast").region.y >= ROOM[1] // 2,
            what="the notice at the bottom",
        )
        assert not app.screen.query_one("Toast").region.overlaps(field.region)


async def test_a_date_refused_as_the_focus_leaves_it_marks_the_date_not_the_next_field() -> None:
    """Persiapan: "32-13-2003" typed in the date and Tab to the venue (which holds text): the
    date is refused when the focus has already moved on, and the date field — not the venue —
    shows the refusal's border; the venue kept, the date still marked (the code review of
    session 5 found the venue marked: the mark went to whatever had the focus)."""
    from textual.widgets import Input

    from pra.tui.notices import REFUSED
    from tests.tui.pilot import wait_for_step

    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=ROOM) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        date = app.screen.query_one("#f-date", Input)
        venue = app.screen.query_one("#f-venue", Input)
        assert venue.value.strip()
        date.focus()
        await wait_for_focus(pilot, lambda w: w is date, what="the date field")
        await keys(pilot, "ctrl+u", "32-13-2003", "tab")
        await wait_for_focus(pilot, lambda w: w is venue, what="the venue")
        await wait_until(pilot, lambda: date.has_class(REFUSED), what="the date marked refused")
        assert not venue.has_class(REFUSED)
        assert date.value == "32-13-2003"
        # an edit kept elsewhere leaves the date's mark: its text is still refused
        await keys(pilot, "end", " Barat", "tab")
        await wait_until(
            pilot,
            lambda: app.session.workshop.info.venue.endswith(" Barat"),
            what="the venue kept",
        )
        assert date.has_class(REFUSED)

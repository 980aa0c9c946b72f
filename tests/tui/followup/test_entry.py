"""Reaching the follow-up from the home screen, and printable keys that never act there."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from pra import store
from pra.tui.app import PraApp
from pra.tui.followup.screen import FollowUpScreen
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import make_session
from tests.tui.followup.data import followed
from tests.tui.pilot import keys, screen_text, wait_for_text, wait_until

SIZE = (100, 30)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path))
    store.set_data_dir(None)
    return tmp_path


async def test_home_opens_the_last_workshop_straight_into_its_follow_up(data_dir: Path) -> None:
    store.save(followed(), data_dir / "lokakarya.json")
    app = PraApp()
    async with app.run_test(size=SIZE) as pilot:
        listing = app.screen.query_one(OptionList)
        listing.highlighted = listing.get_option_index("followup")
        await keys(pilot, "enter")
        # the dialog offers the workshop saved last: Enter opens it
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.focused, Input)
                and app.focused.value == str(data_dir / "lokakarya.json")
            ),
            what="the last workshop offered",
        )
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, FollowUpScreen), what="follow-up")
        await wait_for_text(pilot, "Pertemuan 6 dari 6: 5 Februari 2004")
        # the group named once, and the workshop's name whole at 100 columns (it was cut)
        title = screen_text(app).splitlines()[0]
        assert "Kelompok Sedap Malam (F3 ganti)" in title and "Kelompok: Kelompok" not in title
        assert "PRA Pemberdayaan Migran Kelurahan 13 Ilir" in title, title
        await keys(pilot, "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="workshop")
        assert app.session is not None
        app.session.release()


async def test_letters_digits_and_marks_change_nothing_where_no_field_takes_them() -> None:
    """At every focus position of every tab that is not a text field (the member table, the
    kind and grade choices, the criteria, the figures), typed keys leave the workshop as it was."""
    session = make_session(followed())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, FollowUpScreen), what="follow-up")
        visited: set[str] = set()
        for tab in range(3):
            await wait_until(pilot, lambda: app.focused is not None, what="a focus")
            first = app.focused
            for _ in range(16):
                focused = app.focused
                assert focused is not None
                if not isinstance(focused, Input):
                    visited.add(focused.id or type(focused).__name__)
                    before = session.workshop
                    await keys(pilot, "x", "1", ".", "q", "-", "Z")
                    assert session.workshop is before, (
                        f"typing on {focused.id} changed the workshop"
                    )
                    if app.focused is not focused:
                        # a closed dropdown hands its typing to the entry line beside it
                        line = app.focused
                        assert isinstance(line, Input), f"typing on {focused.id} went nowhere"
                        assert line.value.endswith("x1.q-Z"), line.value
                        await keys(pilot, "ctrl+u")
                        app.screen.set_focus(focused)
                        await wait_until(
                            pilot,
                            lambda: app.focused is focused,  # noqa: B023
                            what=f"back on {focused.id}",
                        )
                await keys(pilot, "tab")
                if app.focused is first:
                    break
            if tab < 2:
                await keys(pilot, "f6")
        assert {"fu-members", "fu-kind", "fu-criteria", "fu-as-grade", "fu-dashboard"} <= visited

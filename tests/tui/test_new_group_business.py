"""A group made in step 5 (Kelompok) has no business until the room chooses one in the group's
own step (issue #12, rev13c/rev15-facil: every new group got the idea that happened to be
highlighted, "2. Kelompok Melati — Warung nasi kuning" for both groups). One app session."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_until,
)


async def test_a_new_group_has_no_business_and_its_step_offers_the_ideas_by_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = palembang()
    app = PraApp(make_session(ws), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "f6", "f6", "f6")
        await wait_for_focus(pilot, lambda w: w.id == "group-name", what="the new group's line")
        await keys(pilot, "Kelompok Melati", "enter")
        session = app.session
        assert session is not None
        await wait_until(
            pilot, lambda: len(session.workshop.groups) == 3, what="the new group made"
        )
        made = session.workshop.groups[-1]
        assert (made.name, made.business, made.idea_id) == ("Kelompok Melati", "", None)
        # the row and the toast say it has none and where it is chosen
        await wait_until(
            pilot,
            lambda: (
                "3. Kelompok Melati — belum punya usaha (dipilih di langkah 6" in screen_text(app)
            ),
            what="the group's row",
        )
        assert any("belum punya usaha" in s and "langkah 6" in s for s in said), said
        # its own step (6): the empty business field offers the ideas by number
        app.screen.go(PraStep.SUCCESS, made.id)  # type: ignore[attr-defined]
        await wait_for_step(pilot, PraStep.SUCCESS)
        business = app.screen.query_one("#group-business", Input)
        await wait_until(pilot, lambda: "1–4" in business.placeholder, what="the ideas hint")
        assert business.value == ""

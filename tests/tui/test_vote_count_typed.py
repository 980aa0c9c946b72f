"""Totals read off the paper (step 3, "jumlah dari kertas"): the count of the highlighted
problem is typed (issue #12, rev13-facil 12: 36 paper dots were 36 Enters and a typed
count did nothing). What is typed on the table goes into the count field, as text; Enter
sets it. One app session."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from pra.edit import voting
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys, record_notices, wait_for_focus, wait_for_step, wait_until


async def to_the_count_field(pilot: Pilot[None], app: PraApp) -> Input:
    """Step 3 open, then F6: the vote tab, the focus in the count field (totals from paper)."""
    await wait_for_step(pilot, PraStep.PROBLEMS)
    await keys(pilot, "f6")
    count = app.screen.query_one("#vote-count", Input)
    await wait_for_focus(pilot, lambda w: w is count, what="the count field")
    return count


async def test_a_count_typed_on_the_highlighted_problem_is_its_total(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = voting.set_source(palembang(), "totals")
    first, second = ws.problems[0].id, ws.problems[1].id
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        said = record_notices(monkeypatch, app)
        await keys(pilot, "f6")
        table = app.screen.query_one("#vote-table", DataTable)
        count = app.screen.query_one("#vote-count", Input)
        # the tab opens in the count field, its title naming the highlighted problem
        await wait_for_focus(pilot, lambda w: w is count, what="the count field")
        assert count.display and "1. " in str(count.border_title)
        session = app.session
        assert session is not None

        def totals() -> dict[str, int]:
            return dict(session.workshop.voting.dots.totals)

        # digits typed on the table are the count's text; nothing is counted before Enter
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is table, what="the vote table")
        await keys(pilot, "3", "6")
        assert count.has_focus and count.value == "36" and totals() == {}
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: totals() == {first: 36}, what="36 for the first")
        # the highlight goes on to the next problem, for the next count off the wall
        assert count.has_focus and table.cursor_row == 1 and count.value == ""
        assert "2. " in str(count.border_title)
        # a count that is no number is refused with a sentence, and stays to be corrected
        await keys(pilot, "1", "2", " ", "x", "enter")
        await wait_until(pilot, lambda: any("bukan jumlah titik" in s for s in said), what="said")
        assert totals() == {first: 36} and count.value == "12 x"
        await keys(pilot, "backspace", "backspace", "enter")
        await wait_until(pilot, lambda: totals() == {first: 36, second: 12}, what="12 for 2nd")
        # ↑ in the field chooses the problem above; Enter on the table still adds one
        await keys(pilot, "up", "up")
        assert table.cursor_row == 0 and "1. " in str(count.border_title)
        await keys(pilot, "tab", "enter")
        await wait_until(pilot, lambda: totals()[first] == 37, what="one more on the first")


async def test_a_count_over_the_rooms_dots_is_refused_as_that_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rev17-facil: a count over the participants' dots was refused by "Perubahan tidak bisa
    disimpan: …", like a failed save, naming no way out; the refused "15" stayed and the next
    count typed, "3", made "153". Now the refusal names the problem, the limit and the key
    that is the way out (a dot more per person; a higher limit per problem), and the next
    digits replace the refused count."""
    from pra.tui.keys import key_for

    ws = voting.set_source(palembang(), "totals")
    dots, people = ws.voting.dots, len(ws.participants)
    room = dots.dots_per_person * people  # the dots all of them have: 66
    assert dots.cap_per_item is not None
    cap = dots.cap_per_item * people  # the most one problem may get: 44
    first, second = ws.problems[0], ws.problems[1]
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=(100, 30)) as pilot:
        said = record_notices(monkeypatch, app)
        count = await to_the_count_field(pilot, app)
        session = app.session
        assert session is not None

        def totals() -> dict[str, int]:
            return dict(session.workshop.voting.dots.totals)

        def key(action: str) -> str:
            binding = key_for(app.screen, action)
            assert binding is not None, action
            return app.get_key_display(binding)

        async def refused(count_typed: int, limit: int, title: str, action: str) -> None:
            before = len(said)
            await keys(pilot, str(count_typed), "enter")
            await wait_until(pilot, lambda: len(said) > before, what="the refusal")
            sentence = said[-1]
            assert title in sentence and str(limit) in sentence, sentence
            assert key(action) in sentence and "tidak bisa disimpan" not in sentence, sentence

        await refused(cap + 1, cap, first.title, "cap")
        await keys(pilot, "4", "0")
        assert count.value == "40"  # replaced the refused count, not "4540"
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: totals() == {first.id: 40}, what="40 for the first")
        await refused(room - 40 + 1, room, second.title, "dots(1)")
        await keys(pilot, "3")
        assert count.value == "3"
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: totals() == {first.id: 40, second.id: 3}, what="3 more")


async def test_a_refused_count_stops_the_first_ctrl_q_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rev18-facil: a count over the room's dots, typed (or refused by Enter and still in its
    field), was dropped at Ctrl+Q without a word and the app quit. Now the first Ctrl+Q says
    it is not kept and why, and stays; a second one quits without it. A good count pending
    is still entered on quitting."""
    ws = voting.set_source(palembang(), "totals")
    room = ws.voting.dots.dots_per_person * len(ws.participants)
    first = ws.problems[0]
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    exits: list[object] = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(a))
    async with app.run_test(size=(100, 30)) as pilot:
        said = record_notices(monkeypatch, app)
        count = await to_the_count_field(pilot, app)
        session = app.session
        assert session is not None

        async def quit_said(typed: str) -> str:
            before = len(said)
            await keys(pilot, "ctrl+q")
            await wait_until(pilot, lambda: len(said) > before, what="Ctrl+Q's notice")
            assert len(said) == before + 1, said[before:]  # one notice, not the Enter's too
            assert not exits, "the first Ctrl+Q stays"
            assert count.value == typed and session.workshop.voting.dots.totals == {}
            return said[-1]

        # refused by Enter, still in the field
        over = str(room + 1)
        await keys(pilot, over, "enter")
        await wait_until(pilot, lambda: any("tidak dicatat" in s for s in said), what="refusal")
        sentence = await quit_said(over)
        assert "Belum tersimpan" in sentence and f'"{over}"' in sentence
        assert first.title in sentence and "tidak dicatat" in sentence  # and why
        await keys(pilot, "ctrl+q")  # once more: quits without it
        await wait_until(pilot, lambda: exits, what="the second Ctrl+Q quits")
        assert session.workshop.voting.dots.totals == {}
        # typed, not entered
        exits.clear()
        await keys(pilot, "ctrl+u", str(room + 2))
        sentence = await quit_said(str(room + 2))
        assert "Belum tersimpan" in sentence and f'"{room + 2}"' in sentence
        assert first.title in sentence
        # a good count pending is entered, and the app quits
        await keys(pilot, "ctrl+u", "5", "ctrl+q")
        await wait_until(pilot, lambda: exits, what="quits with the good count")
        assert session.workshop.voting.dots.totals == {first.id: 5}

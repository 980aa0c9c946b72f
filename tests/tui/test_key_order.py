"""Every key of a burst acts where and when it was typed (issue #12, a fast facilitator at 100x30).

Textual hands each key to the focused widget at once and runs a key's
non-priority binding (a table's ↑/↓ and Enter, a view's Ctrl+→) only when the
key comes back up to the app, after the keys typed behind it were handed on:
keys handled by a widget and keys handled by a binding swapped places. The
keys here are sent at once (:func:`tests.tui.pilot.type_fast`), as a fast
typist's terminal does, and the saved workshop is read back.
"""

from __future__ import annotations

from textual.widgets import DataTable, SelectionList

from pra.edit import followup as fu
from pra.edit import voting
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session, palembang
from tests.tui.followup.data import cleared
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, type_fast, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)
ROHANI, YUSNAINI, MASITOH = "p-01", "p-02", "p-03"


def _by_id(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: w is not None and w.id == widget_id


async def test_dots_typed_before_ctrl_right_go_to_the_voter_they_were_typed_for() -> None:
    """``Enter Enter Ctrl+→ Enter``: two dots for Rohani, one for Yusnaini (all three went
    to Yusnaini: Ctrl+→ ran before the Enters' dots)."""
    ws = palembang()
    ws = ws.model_copy(
        update={
            "voting": ws.voting.model_copy(
                update={"dots": ws.voting.dots.model_copy(update={"ballots": ()})}
            )
        }
    )
    saver = MemorySaver()
    app = PraApp(make_session(ws, saver=saver), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        table = await wait_for_focus(pilot, _by_id("vote-table"), what="the vote table")
        assert isinstance(table, DataTable)
        problem = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        type_fast(pilot, "enter", "enter", "ctrl+right", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and sum(voting.ballot_of(saver.saved[-1], YUSNAINI).values()) >= 1,
            what="Yusnaini's dot saved",
        )
        saved = saver.saved[-1]
        assert voting.ballot_of(saved, ROHANI) == {problem: 2}
        assert voting.ballot_of(saved, YUSNAINI) == {problem: 1}


async def test_enter_and_down_on_the_skill_holders_tick_the_rows_they_were_typed_on() -> None:
    """``Enter ↓ Enter ↓ ↓ Enter`` ticks the first, second and fourth person (only the first
    was ticked: the ticks came after the moves)."""
    saver = MemorySaver()
    app = PraApp(make_session(palembang(), saver=saver), step=PraStep.POTENTIALS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        holders = app.screen.query_one("#holders", SelectionList)
        holders.focus()
        await wait_for_focus(pilot, _by_id("holders"), what="the tick list")
        await wait_until(pilot, lambda: holders.highlighted == 0, what="the first person")
        skill = app.session.workshop.skills[0]
        people = [p.id for p in app.session.workshop.participants]
        before = set(skill.holder_ids)
        expected = before ^ {people[0], people[1], people[3]}
        type_fast(pilot, "enter", "down", "enter", "down", "down", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and set(saver.saved[-1].skills[0].holder_ids) == expected,
            what="the first, second and fourth person toggled",
        )
        await wait_until(pilot, lambda: holders.highlighted == 3, what="the fourth highlighted")
        assert set(app.session.workshop.skills[0].holder_ids) == expected


def _meeting_ws() -> Workshop:
    """A meeting of Sedap Malam with Rohani (the chair) and Yusnaini present."""
    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    mid = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    return fu.toggle_present(ws, SEDAP, mid, YUSNAINI)


def _meeting(ws: Workshop):  # type: ignore[no-untyped-def]
    return ws.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]


async def test_space_after_up_on_attendance_ticks_the_row_reached() -> None:
    """On Masitoh, ``↑ spasi`` unticks Yusnaini (it ticked Masitoh, the row being left)."""
    saver = MemorySaver()
    session = make_session(_meeting_ws(), saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, _by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "tab", "tab")
        table = await wait_for_focus(pilot, _by_id("fu-members"), what="the member table")
        assert isinstance(table, DataTable)
        await keys(pilot, "down", "down")
        await wait_until(pilot, lambda: table.cursor_coordinate.row == 2, what="on Masitoh")
        type_fast(pilot, "up", " ")  # a terminal sends the space bar as " "
        await wait_until(
            pilot,
            lambda: _meeting(session.workshop).present_ids() != (ROHANI, YUSNAINI),
            what="a tick changed",
        )
        assert _meeting(session.workshop).present_ids() == (ROHANI,)
        assert saver.saved and _meeting(saver.saved[-1]).present_ids() == (ROHANI,)


async def test_two_amounts_typed_at_once_go_to_two_members() -> None:
    """``8rb Enter 9rb Enter`` on the voluntary savings column: 8.000 for Rohani, 9.000 for
    Yusnaini (one cell got "8rb9rb")."""
    saver = MemorySaver()
    session = make_session(_meeting_ws(), saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, _by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "tab", "tab")
        table = await wait_for_focus(pilot, _by_id("fu-members"), what="the member table")
        assert isinstance(table, DataTable)
        await keys(pilot, "right", "right", "right", "right")
        await wait_until(pilot, lambda: table.cursor_coordinate == (0, 4), what="on Sukarela")
        type_fast(pilot, "8rb", "enter", "9rb", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and _meeting(saver.saved[-1]).members[1].savings_voluntary != 0,
            what="Yusnaini's savings saved",
        )
        members = _meeting(saver.saved[-1]).members
        assert (members[0].participant_id, members[0].savings_voluntary) == (ROHANI, 8_000)
        assert (members[1].participant_id, members[1].savings_voluntary) == (YUSNAINI, 9_000)


async def test_two_success_items_typed_at_once_keep_text_and_indicator_apart() -> None:
    """Two items each typed ``text Tab indicator Enter`` in one burst: the second was stored
    swapped ("Omzet Rp 3 juta sebulan" as the text, "Usaha berkembang" as its indicator)."""
    saver = MemorySaver()
    app = group_app(PraStep.SUCCESS, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await wait_for_focus(pilot, _by_id("success-form-text"), what="the success form")
        before = len(app.session.workshop.group(SEDAP).success)  # type: ignore[union-attr]
        type_fast(pilot, "Rumah layak", "tab", "Atap tidak bocor", "enter")
        type_fast(pilot, "Usaha berkembang", "tab", "Omzet Rp 3 juta sebulan", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and len(saver.saved[-1].group(SEDAP).success) == before + 2,
            what="the two new success items saved",
        )
        items = saver.saved[-1].group(SEDAP).success[before:]  # type: ignore[union-attr]
        assert [(s.text, s.indicator) for s in items] == [
            ("Rumah layak", "Atap tidak bocor"),
            ("Usaha berkembang", "Omzet Rp 3 juta sebulan"),
        ]


async def test_a_key_whose_widget_goes_away_does_not_hold_the_keys_after_it() -> None:
    """The widget a key went to removes itself while handling it: the next key still goes on,
    to the field that has the focus then (a closing widget takes no callback and is passed
    over; the timer for a callback it took and never ran is not reached here)."""
    from textual.app import ComposeResult
    from textual.events import Key
    from textual.widgets import Input, Static

    from pra.tui.key_pipeline import SerialKeysApp

    class Gone(Static, can_focus=True):
        def on_key(self, event: Key) -> None:
            event.stop()
            self.remove()

    class KeysApp(SerialKeysApp):
        def compose(self) -> ComposeResult:
            yield Gone("weg", id="gone")
            yield Input(id="after")

    app = KeysApp()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one("#gone").focus()
        await wait_for_focus(pilot, _by_id("gone"), what="the widget that goes away")
        type_fast(pilot, "x", "y")
        field = app.query_one("#after", Input)
        await wait_until(pilot, lambda: field.value == "y", what="y typed in the field left")


async def test_the_app_closes_cleanly_with_the_keys_of_a_burst_still_in_flight() -> None:
    """A burst and the app closing at once (Ctrl+Q at the end of it; a test ending): the keys
    still settling found no screen, and asking for the focus raised ``ScreenStackError`` in
    the app's last turns (a traceback on quitting; two tests failed so under load)."""
    for _ in range(3):
        app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
        async with app.run_test(size=SIZE) as pilot:
            await wait_for_step(pilot, PraStep.PROBLEMS)
            type_fast(pilot, "Sampah menumpuk", "enter", "tab", "Harga naik", "enter")
            app.exit()
        # run_test raises here what the app met while closing
        assert app.return_code == 0

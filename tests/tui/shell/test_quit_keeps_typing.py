"""Quitting keeps what is being typed in a field that keeps its value on leaving it.

A form field (preparation, the capital plan) keeps its value on Enter or when the
focus leaves it. Ctrl+Q (or the palette's "Quit") closes the app without taking
the focus away: the app must keep the focused field's value before it exits.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session
from tests.tui.conftest import SIZE, MemorySaver, make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until

CITY = "Kota Lubuklinggau"


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """In Indonesian, whatever an earlier test in this process chose (restored after)."""
    i18n.set_language("id")


def _saved_after_close(session: Session, saver: MemorySaver) -> MemorySaver:
    """What the CLI does once the app has closed: the final save."""
    session.flush()
    assert saver.saved, "the workshop was saved"
    return saver


async def _type_city(pilot: Pilot[None], app: PraApp) -> None:
    await wait_for_step(pilot, PraStep.PREPARATION)
    await keys(pilot, "tab", "tab")
    assert app.focused is not None and app.focused.id == "f-city"
    await keys(pilot, "ctrl+u")
    await keys(pilot, CITY)


def first_hit(app: PraApp) -> str:
    """The palette's first offer, as shown ("" while it is still searching)."""
    hits = app.screen.query(CommandList)
    if not hits or not hits.first().option_count:
        return ""
    return str(hits.first().get_option_at_index(0).prompt)


async def test_ctrl_q_keeps_the_preparation_field_being_typed() -> None:
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await _type_city(pilot, app)
        assert session.workshop.info.place.city != CITY, "not kept before quitting"
        await keys(pilot, "ctrl+q")
    assert session.workshop.info.place.city == CITY
    assert _saved_after_close(session, saver).saved[-1].info.place.city == CITY
    # one undoable change, named after the field
    assert session.undo_stack[-1][1] == i18n.t("tui.prep.city")


async def test_the_palettes_quit_keeps_the_preparation_field_being_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=PraStep.PREPARATION)
    exits: list[object] = []
    leave = app.exit

    def record_exit(*args: object, **kwargs: object) -> None:
        exits.append(args)
        leave(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "exit", record_exit)
    async with app.run_test(size=SIZE) as pilot:
        await _type_city(pilot, app)
        await keys(pilot, "ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
        await keys(pilot, "keluar")  # the palette's quit, in the facilitator's language
        # the palette searches in the background: wait until Keluar is offered first
        await wait_until(pilot, lambda: first_hit(app).startswith("Keluar"), what="Keluar offered")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: exits, what="the app asked to close")
        assert exits == [()], "the palette's Quit closed the app"
    assert app.return_code in (None, 0)
    assert session.workshop.info.place.city == CITY
    assert _saved_after_close(session, saver).saved[-1].info.place.city == CITY


async def test_ctrl_q_keeps_the_capital_field_being_typed() -> None:
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=PraStep.CAPITAL)
    group_id = session.workshop.groups[0].id
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        field = app.focused
        assert isinstance(field, Input) and field.id == "cap-stimulus_per_member"
        await keys(pilot, "ctrl+u")
        await keys(pilot, "812.500")
        await keys(pilot, "ctrl+q")
    group = session.workshop.group(group_id)
    assert group is not None and group.capital.stimulus_per_member == 812500
    kept = _saved_after_close(session, saver).saved[-1].group(group_id)
    assert kept is not None and kept.capital.stimulus_per_member == 812500


async def test_ctrl_q_with_nothing_typed_changes_nothing() -> None:
    session = make_session(palembang())
    app = PraApp(session, step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await keys(pilot, "ctrl+q")
    assert session.undo_stack == []
    assert not session.dirty


async def _type_in_line_and_quit(step: PraStep, field_id: str, line: str) -> Session:
    """Open ``step`` on Palembang, type ``line`` in its one-line entry, Ctrl+Q; the closed session.

    Checks that the final save (as the CLI makes it after closing) holds a change.
    """
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=step)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, step)
        # the step puts the focus in its line after its first refresh
        await wait_for_focus(pilot, lambda w: w is not None and w.id == field_id, what=field_id)
        await keys(pilot, line, "ctrl+q")
    _saved_after_close(session, saver)
    assert saver.saved[-1] == session.workshop, "the last save holds what was typed"
    return session


async def test_ctrl_q_keeps_the_participant_being_typed() -> None:
    session = await _type_in_line_and_quit(
        PraStep.PARTICIPANTS, "people-name", "Siti Aminah, P, 03, KK"
    )
    person = session.workshop.participants[-1]
    assert (person.name, person.sex, person.rt, person.household_head) == (
        "Siti Aminah",
        "F",
        "03",
        True,
    )


async def test_ctrl_q_keeps_the_pledge_line_being_typed() -> None:
    group_id = palembang().groups[0].id
    session = await _type_in_line_and_quit(
        PraStep.PLEDGES, "pledge-line", "Rusmini: tenaga Menjaga warung"
    )
    group = session.workshop.group(group_id)
    assert group is not None
    last = group.pledges[-1]
    assert (last.kind, last.description) == ("labour", "Menjaga warung")


async def _type_keys_and_quit(step: PraStep, field_id: str, *typed: str) -> Session:
    """Open ``step`` on Palembang, wait for ``field_id``, press ``typed``, Ctrl+Q; the closed
    session, whose final save holds what the workshop holds."""
    saver = MemorySaver()
    session = make_session(palembang(), saver=saver)
    app = PraApp(session, step=step)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, step)
        await wait_for_focus(pilot, lambda w: w is not None and w.id == field_id, what=field_id)
        await keys(pilot, *typed, "ctrl+q")
    _saved_after_close(session, saver)
    assert saver.saved[-1] == session.workshop, "the last save holds what was typed"
    return session


async def test_ctrl_q_keeps_the_swot_items_typed_in_two_boxes() -> None:
    """ "Rajin" typed in S and left with Tab, "Modal kecil" typed in W: both are kept."""
    group_id = palembang().groups[0].id
    before = palembang().groups[0].swot
    session = await _type_keys_and_quit(
        PraStep.SWOT, "swot-strengths-form-text", "Rajin", "tab", "Modal kecil"
    )
    group = session.workshop.group(group_id)
    assert group is not None
    assert [i.text for i in group.swot.strengths] == [i.text for i in before.strengths] + ["Rajin"]
    weaknesses = [i.text for i in group.swot.weaknesses]
    assert weaknesses == [i.text for i in before.weaknesses] + ["Modal kecil"]
    assert group.swot.opportunities == before.opportunities
    assert group.swot.threats == before.threats


async def test_ctrl_q_keeps_the_success_item_typed_with_its_indicator() -> None:
    group_id = palembang().groups[0].id
    before = palembang().groups[0].success
    session = await _type_keys_and_quit(
        PraStep.SUCCESS, "success-form-text", "Rumah layak", "tab", "Atap tidak bocor"
    )
    group = session.workshop.group(group_id)
    assert group is not None
    assert group.success[:-1] == before
    assert (group.success[-1].text, group.success[-1].indicator) == (
        "Rumah layak",
        "Atap tidak bocor",
    )

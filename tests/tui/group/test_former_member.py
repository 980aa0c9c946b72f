"""Editing a pledge of someone who has left the group keeps it theirs."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Select

from pra.edit import groups
from pra.model import PraStep, Workshop
from tests.tui.conftest import SIZE, palembang
from tests.tui.group.conftest import JAYA, SEDAP, group_app
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


def _moved_away() -> tuple[Workshop, str]:
    ws = palembang()
    sedap = ws.group(SEDAP)
    assert sedap is not None
    pledge = next(p for p in sedap.pledges if p.id == "pl-sm-2")
    moved = groups.assign_member(ws, pledge.participant_id, JAYA)
    # moving a member drops her pledge now; an older file can still hold it
    return groups.update_group(moved, SEDAP, pledges=sedap.pledges), pledge.participant_id


async def _edit_the_pledge(pilot: Pilot[None], pledge_id: str) -> Select[str]:
    """Highlight ``pledge_id`` in the table and press Enter: the member field, focused."""
    app = pilot.app
    group = app.session.workshop.group(SEDAP)  # type: ignore[attr-defined]
    table = app.screen.query_one("#pledge-table", DataTable)
    table.focus()
    await wait_for_focus(pilot, lambda w: w is table, what="the pledge table")
    table.move_cursor(row=[p.id for p in group.pledges].index(pledge_id))
    await keys(pilot, "enter")
    member = app.screen.query_one("#pledge-form-member", Select)
    await wait_for_focus(pilot, lambda w: w is member, what="the member field")
    return member


async def _offered(pilot: Pilot[None], member: Select[str]) -> list[str]:
    """Open the member field's list (Enter), read what it offers as shown, close it (Esc)."""
    await keys(pilot, "enter")
    listing = member.query_one(OptionList)
    await wait_until(pilot, lambda: listing.has_focus, what="the member list open")
    shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    await keys(pilot, "escape")
    await wait_for_focus(pilot, lambda w: w is member, what="the member field again")
    return shown


async def test_edit_keeps_the_pledge_of_a_former_member() -> None:
    ws, masitoh = _moved_away()
    app = group_app(PraStep.PLEDGES, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        group = app.session.workshop.group(SEDAP)
        assert group is not None and masitoh not in group.member_ids
        member = await _edit_the_pledge(pilot, "pl-sm-2")
        name = app.session.workshop.participant(masitoh).name  # type: ignore[union-attr]
        former = f"{name} (bukan anggota lagi)"
        assert member.value == masitoh
        # the field's list offers her, marked, while the row is edited
        assert former in await _offered(pilot, member)
        # only the description changes
        await keys(pilot, "tab", "tab", "end", " besar", "enter")
        await wait_for_focus(pilot, lambda w: w is member, what="the form ready again")
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        pledge = next(p for p in group.pledges if p.id == "pl-sm-2")
        assert (pledge.participant_id, pledge.description) == (masitoh, "Modal tunai besar")
        # the former member is offered only while that row is edited
        offered = await _offered(pilot, member)
        assert offered and former not in offered and name not in offered


async def test_choosing_a_member_moves_the_pledge_of_a_former_member() -> None:
    ws, _ = _moved_away()
    app = group_app(PraStep.PLEDGES, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        member = await _edit_the_pledge(pilot, "pl-sm-2")
        first = group.member_ids[0]
        member.value = first  # the facilitator picks a member of the group
        await keys(pilot, "tab", "tab", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        assert next(p for p in group.pledges if p.id == "pl-sm-2").participant_id == first

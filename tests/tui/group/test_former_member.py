"""Editing a pledge of someone who has left the group keeps it theirs."""

from __future__ import annotations

from textual.widgets import DataTable, Select

from pra.edit import groups
from pra.i18n import t
from pra.model import PraStep, Workshop
from tests.tui.conftest import SIZE, palembang
from tests.tui.group.conftest import JAYA, SEDAP, group_app
from tests.tui.pilot import keys


def _moved_away() -> tuple[Workshop, str]:
    ws = palembang()
    sedap = ws.group(SEDAP)
    assert sedap is not None
    pledge = next(p for p in sedap.pledges if p.id == "pl-sm-2")
    moved = groups.assign_member(ws, pledge.participant_id, JAYA)
    # moving a member drops her pledge now; an older file can still hold it
    return groups.update_group(moved, SEDAP, pledges=sedap.pledges), pledge.participant_id


async def test_edit_keeps_the_pledge_of_a_former_member() -> None:
    ws, masitoh = _moved_away()
    app = group_app(PraStep.PLEDGES, ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None and masitoh not in group.member_ids
        table = app.screen.query_one("#pledge-table", DataTable)
        table.focus()
        table.move_cursor(row=[p.id for p in group.pledges].index("pl-sm-2"))
        await keys(pilot, "e")
        member = app.screen.query_one("#pledge-form-member", Select)
        name = app.session.workshop.participant(masitoh).name  # type: ignore[union-attr]
        assert member.value == masitoh
        shown = [str(label) for label, value in member._options if value == masitoh]
        assert shown == [t("tui.keys_fix.former_member", name=name)]
        # only the description changes
        await keys(pilot, "tab", "tab", "end", " besar", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        pledge = next(p for p in group.pledges if p.id == "pl-sm-2")
        assert (pledge.participant_id, pledge.description) == (masitoh, "Modal tunai besar")
        # the former member is offered only while that row is edited
        values = [v for _, v in member._options]
        assert masitoh not in values


async def test_choosing_a_member_moves_the_pledge_of_a_former_member() -> None:
    ws, _ = _moved_away()
    app = group_app(PraStep.PLEDGES, ws)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        table = app.screen.query_one("#pledge-table", DataTable)
        table.focus()
        table.move_cursor(row=[p.id for p in group.pledges].index("pl-sm-2"))
        await keys(pilot, "e")
        member = app.screen.query_one("#pledge-form-member", Select)
        first = group.member_ids[0]
        member.value = first  # the facilitator picks a member of the group
        await keys(pilot, "tab", "tab", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        assert next(p for p in group.pledges if p.id == "pl-sm-2").participant_id == first

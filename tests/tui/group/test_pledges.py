"""Pledges by keyboard: add with member and kind chosen from lists, kept, kind, undo."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Static

from pra.edit import groups
from pra.i18n import t
from pra.model import PraStep
from pra.plan.capital import capital_summary
from pra.plan.formatting import format_rupiah
from tests.tui.conftest import SIZE, MemorySaver, palembang
from tests.tui.group.conftest import SEDAP, group_app, screen_of
from tests.tui.pilot import keys, wait_for_step


async def test_pledge_entry_kept_kind_total_and_undo() -> None:
    saver = MemorySaver()
    app = group_app(PraStep.PLEDGES, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        ws = app.session.workshop
        group = ws.group(SEDAP)
        assert group is not None
        before = len(group.pledges)
        second = group.member_ids[1]
        # member list: Enter opens, ↓ the second member, Enter; kind list: ↓↓ = materials
        await keys(pilot, "tab", "enter", "down", "enter", "tab", "enter", "down", "down", "enter")
        await keys(pilot, "tab", "Mentega 2 kg", "tab", "Rp 30.000", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None and len(group.pledges) == before + 1
        new = group.pledges[-1]
        assert (new.participant_id, new.kind, new.description, new.value, new.kept) == (
            second,
            "materials",
            "Mentega 2 kg",
            30000,
            False,
        )
        # saved at once (a pledge is urgent), and the total shown is the plan's total
        await app.workers.wait_for_complete()
        assert saver.saved and saver.saved[-1] == app.session.workshop
        total = str(app.screen.query_one("#pledge-total", Static).render())
        own = capital_summary(group).own_total
        assert f"{own:,}".replace(",", ".") in total
        # each column shows what its header says
        table = app.screen.query_one("#pledge-table", DataTable)
        row = dict(
            zip([str(c.label) for c in table.columns.values()], table.get_row(new.id), strict=True)
        )
        assert row[t("tui.pledges.col_value")] == format_rupiah(30000)
        assert row[t("tui.pledges.col_kind")] == t("pledge_kind.materials")
        assert row[t("tui.pledges.col_member")] == app.session.workshop.participant(second).name  # type: ignore[union-attr]
        assert row[t("tui.pledges.col_description")] == "Mentega 2 kg"
        assert t("tui.pledges.open") in row[t("tui.pledges.col_kept")]
        # in the table (the new pledge is highlighted): kept, then kind cycles to labour
        await keys(pilot, "tab", "tab", "tab", "tab", "ctrl+t", "ctrl+k")
        await pilot.pause()
        new = app.session.workshop.group(SEDAP).pledges[-1]  # type: ignore[union-attr]
        assert new.kept and new.kind == "labour"
        # undo three times: kind, kept, then the pledge itself
        await keys(pilot, "ctrl+z", "ctrl+z")
        await pilot.pause()
        assert app.session.workshop.group(SEDAP).pledges[-1].kind == "materials"  # type: ignore[union-attr]
        await keys(pilot, "ctrl+z")
        await pilot.pause()
        assert len(app.session.workshop.group(SEDAP).pledges) == before  # type: ignore[union-attr]
        await app.workers.wait_for_complete()
        assert saver.saved[-1] == app.session.workshop
        await keys(pilot, "ctrl+y")
        await pilot.pause()
        assert len(app.session.workshop.group(SEDAP).pledges) == before + 1  # type: ignore[union-attr]


async def test_bad_value_is_refused_and_nothing_changes() -> None:
    app = group_app(PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PLEDGES)
        before = app.session.workshop
        await keys(pilot, "tab", "tab", "tab", "Beras", "tab", "lima ribu", "enter")
        await pilot.pause()
        assert app.session.workshop == before
        assert app.session.last_error is not None and "lima ribu" in app.session.last_error


async def test_every_group_step_opens_for_a_group_without_members() -> None:
    """A group just formed has nobody in it yet: every view opens and refuses a pledge politely."""
    ws = groups.add_group(palembang(), "Kelompok Baru")
    app = group_app(PraStep.SUCCESS, ws)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f3", "f3")
        assert screen_of(app).group_id == ws.groups[-1].id
        for _ in range(5):
            await keys(pilot, "f8")
            assert app.screen.query_one(f"#view-{screen_of(app).current.value}").display
        await keys(pilot, "f7", "f7", "f7")
        assert screen_of(app).current is PraStep.PLEDGES
        await keys(pilot, "tab", "tab", "tab", "Uang", "enter")
        assert app.session.workshop.groups[-1].pledges == ()
        assert app.session.last_error == t("edit.group.not_member")


async def test_a_pledge_in_one_line_and_an_empty_one_refused_on_screen() -> None:
    from tests.tui.pilot import screen_text, wait_until

    app = group_app(PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "pledge-line"
        before = app.session.workshop.group(SEDAP).pledges  # type: ignore[union-attr]
        await keys(pilot, "Rus: bahan Mentega 2 kg 30.000", "enter")
        group = app.session.workshop.group(SEDAP)
        assert group is not None and len(group.pledges) == len(before) + 1
        new = group.pledges[-1]
        rusmini = next(p.id for p in app.session.workshop.participants if p.name == "Rusmini")
        assert (new.participant_id, new.kind, new.description, new.value) == (
            rusmini,
            "materials",
            "Mentega 2 kg",
            30000,
        )
        # an empty pledge: refused with a sentence next to the field, the text kept
        changed = app.session.workshop
        await keys(pilot, "Rohani:", "enter")
        await wait_until(
            pilot,
            lambda: "Janji hati kosong" in screen_text(app),
            what="the empty-pledge sentence on screen",
        )
        assert app.session.workshop == changed
        assert app.screen.query_one("#pledge-line", Input).value == "Rohani:"


async def test_the_refusal_goes_when_the_pledge_line_is_emptied() -> None:
    """review10t finding 12: after Ctrl+U the line showed its placeholder again, but the
    refusal sentence ("Janji hati kosong: …") stayed above it."""
    from tests.tui.pilot import screen_text, wait_until

    app = group_app(PraStep.PLEDGES)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot,
            lambda: app.focused is not None and app.focused.id == "pledge-line",
            what="the pledge line",
        )
        await keys(pilot, "Rohani:", "enter")
        await wait_until(pilot, lambda: "Janji hati kosong" in screen_text(app), what="the refusal")
        await keys(pilot, "ctrl+u")
        await wait_until(
            pilot, lambda: "Janji hati kosong" not in screen_text(app), what="the refusal gone"
        )
        assert app.screen.query_one("#pledge-line", Input).value == ""

"""Activity steps by keyboard: add, responsible people, a dependency, a refused cycle."""

from __future__ import annotations

from textual.widgets import Input, Static

from pra.edit import steps as step_edits
from pra.model import PraStep, Workshop
from tests.tui.conftest import SIZE, palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_for_text


def _without_steps() -> Workshop:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    for s in reversed(group.steps):
        ws = step_edits.remove_step(ws, SEDAP, s.id)
    return ws


async def test_steps_with_people_dependency_and_refused_cycle() -> None:
    app = group_app(PraStep.STEPS, _without_steps())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        await keys(pilot, "Belajar resep", "tab", "2", "tab", "100.000", "enter")
        await keys(pilot, "Mencari bahan", "tab", "tab", "tab", "1-9-2003", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        first, second = group.steps
        assert (first.title, first.duration, first.cost) == ("Belajar resep", 2, 100000)
        assert second.start is not None and second.start.isoformat() == "2003-09-01"
        # to the table (second step highlighted), then the people list: tick the first two members
        await keys(pilot, "tab", "tab", "tab", "tab", "tab", "tab", "tab")
        await keys(pilot, "enter", "down", "enter")
        # the dependency list: "Mencari bahan" waits for "Belajar resep"
        await keys(pilot, "tab", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        second = group.steps[1]
        assert second.responsible_ids == group.member_ids[:2]
        assert second.depends_on == (first.id,)
        # the other way round would be a cycle: refused, with both steps named
        await keys(pilot, "shift+tab", "shift+tab", "shift+tab", "up")
        await pilot.pause()
        # what the first step needs, typed under the table (Enter returns to the table)
        await keys(pilot, "tab", "ctrl+u", "Resep dari pendamping", "enter")
        await pilot.pause()
        assert app.session.workshop.group(SEDAP).steps[0].needs == "Resep dari pendamping"  # type: ignore[union-attr]
        await keys(pilot, "tab", "tab", "tab", "enter")
        await pilot.pause()
        assert app.session.workshop.group(SEDAP).steps[0].depends_on == ()  # type: ignore[union-attr]
        assert app.session.last_error == (
            "Perubahan tidak bisa disimpan: langkah-langkah saling bergantung melingkar: "
            "Belajar resep → Mencari bahan → Belajar resep"
        )
        # under the table: the second step, dated before the first can end, is flagged
        warnings = str(app.screen.query_one("#step-warnings", Static).render())
        assert warnings == (
            '⚠ Langkah "Mencari bahan" direncanakan mulai 1 September 2003, '
            "tetapi baru bisa mulai setelah langkah sebelumnya selesai."
        )


async def test_schedule_warning_for_an_overloaded_person() -> None:
    ws = _without_steps()
    member = ws.group(SEDAP).member_ids[0]  # type: ignore[union-attr]
    for title in ("A", "B", "C"):
        ws = step_edits.add_step(ws, SEDAP, title)
        ws = step_edits.toggle_responsible(ws, SEDAP, ws.group(SEDAP).steps[-1].id, member)  # type: ignore[union-attr]
    app = group_app(PraStep.STEPS, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        warnings = str(app.screen.query_one("#step-warnings", Static).render())
        assert ws.participant(member).name == "Rohani"  # type: ignore[union-attr]
        assert (
            warnings == "⚠ Rohani memegang 3 langkah sekaligus (batas 2), mulai Minggu 1 (1 Sep)."
        )


async def test_the_duration_shows_its_unit_and_the_other_unit_is_refused() -> None:
    from tests.tui.pilot import screen_text, wait_until

    app = group_app(PraStep.STEPS, _without_steps())  # Sedap Malam counts weeks
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "lama minggu" in screen_text(app), what="the unit")
        await keys(pilot, "Belajar resep", "tab", "1 bulan", "enter")
        assert app.session.workshop.group(SEDAP).steps == ()  # type: ignore[union-attr]
        assert app.session.last_error == (
            '"1 bulan": kalender kelompok ini dihitung per minggu. Tulis lamanya dalam minggu '
            "(mis. 4 minggu), atau ganti satuannya di langkah Kalender kegiatan."
        )
        await keys(pilot, "ctrl+u", "3 minggu", "enter")
        [step] = app.session.workshop.group(SEDAP).steps  # type: ignore[union-attr]
        assert (step.title, step.duration) == ("Belajar resep", 3)
        # editing the row shows the number with its unit
        await keys(pilot, "tab", "tab", "tab", "tab", "tab", "enter")
        field = app.screen.query_one("#step-form-duration", Input)
        await wait_until(pilot, lambda: field.value == "3 minggu", what="3 minggu in the form")


async def test_ticked_and_unticked_people_are_drawn_apart_in_every_theme() -> None:
    """``[x]`` before a responsible person, ``[ ]`` before the others, in projector mode too."""
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    step = group.steps[0]
    names = {pid: ws.participant(pid).name for pid in group.member_ids}  # type: ignore[union-attr]
    assert set(step.responsible_ids) and set(names) - set(step.responsible_ids)
    expected = [
        f"[x] {name}" if pid in step.responsible_ids else f"[ ] {name}"
        for pid, name in names.items()
    ]
    assert "[ ]" in " ".join(expected[:5]) and "[x]" in " ".join(expected[:5])
    app = group_app(PraStep.STEPS, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        await wait_for_text(pilot, expected[0])
        for projector in (False, True):
            assert app.projector is projector
            shown = screen_text(app)
            # the rows the list shows at 100x30 (it scrolls)
            for row in expected[:5]:
                assert row in shown, (projector, row)
            assert "▐X▌" not in shown
            await keys(pilot, "f2")


async def test_the_one_line_example_counts_in_the_groups_unit() -> None:
    """A group counting months read the example "Beli alat, 1 minggu, …" in its hint."""
    from pra.edit import calendar
    from tests.tui.pilot import wait_until

    weeks = _without_steps()
    months = calendar.toggle_unit(weeks, SEDAP)
    assert months.group(SEDAP).calendar.unit == "month"  # type: ignore[union-attr]
    for ws, example, other in ((weeks, "1 minggu", "1 bulan"), (months, "1 bulan", "1 minggu")):
        app = group_app(PraStep.STEPS, ws)
        async with app.run_test(size=SIZE) as pilot:
            hint = app.screen.query_one("#step-form-hint", Static)
            await wait_until(
                pilot,
                lambda: f"Beli alat, {example}, 500.000" in str(hint.render()),  # noqa: B023
                what=f"the example in {example}",
            )
            assert f"Beli alat, {other}" not in str(hint.render())

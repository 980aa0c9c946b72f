"""The app driven by keys, headless: entry, voting rules, undo, read-only, projector."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.widgets import Static, TabbedContent

from pra.edit import voting
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.screen import WorkshopScreen
from tests.tui.conftest import SIZE, AppFactory, MemorySaver, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


def first_hit(app: PraApp) -> str:
    """The palette's first offer, as shown ("" while it is still searching)."""
    hits = app.screen.query(CommandList)
    if not hits or not hits.first().option_count:
        return ""
    return str(hits.first().get_option_at_index(0).prompt)


def screen_of(app) -> WorkshopScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    return screen


async def test_participants_fast_entry_and_undo_redo(app_for: AppFactory) -> None:
    saver = MemorySaver()
    app = app_for(step=PraStep.PARTICIPANTS, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        before = len(app.session.workshop.participants)
        await keys(pilot, "Wati", "enter", "Yanti", "enter")
        names = [p.name for p in app.session.workshop.participants]
        assert names[-2:] == ["Wati", "Yanti"] and len(names) == before + 2
        await app.workers.wait_for_complete()
        assert saver.saved and saver.saved[-1] == app.session.workshop
        await keys(pilot, "ctrl+z")
        assert [p.name for p in app.session.workshop.participants][-1] == "Wati"
        await keys(pilot, "ctrl+y")
        assert [p.name for p in app.session.workshop.participants][-1] == "Yanti"


async def test_attendance_toggle_from_the_table(app_for: AppFactory) -> None:
    app = app_for(step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        first = app.session.workshop.participants[0]
        await keys(pilot, "tab", "ctrl+t")
        assert app.session.workshop.participants[0].present is not first.present


async def test_dot_cap_is_enforced_with_a_visible_message(app_for: AppFactory) -> None:
    ws = palembang()
    ws = voting.set_dots_per_person(
        ws.model_copy(
            update={
                "voting": ws.voting.model_copy(
                    update={"dots": ws.voting.dots.model_copy(update={"ballots": ()})}
                )
            }
        ),
        3,
    )
    app = app_for(ws, step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-table", what="votes")
        cap = app.session.workshop.voting.dots.cap_per_item
        assert cap == 2  # Palembang's rule; 3 dots each
        await keys(pilot, *["enter"] * (cap + 1))
        # the first person present (Rohani) votes on the problem under the cursor
        first = next(p for p in app.session.workshop.participants if p.present)
        assert first.name == "Rohani"
        message = str(app.screen.query_one("#vote-message", Static).render())
        assert message == "Rohani sudah memberi 2 titik pada masalah ini (batas per masalah)."
        ballot = voting.ballot_of(app.session.workshop, first.id)
        assert sum(ballot.values()) == cap


async def test_results_are_hidden_until_revealed(app_for: AppFactory) -> None:
    ws = voting.set_hidden(palembang(), True)
    app = app_for(ws, step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        view = app.screen.query_one("#view-problems")
        table = view.query_one("#results-table")
        assert table.display is False
        await keys(pilot, "tab", "f9")
        assert app.session.workshop.voting.results_hidden is False
        assert table.display is True
        assert view.query_one(TabbedContent).active == "tab-results"


async def test_pairwise_round_answer_and_undo(app_for: AppFactory) -> None:
    ws = voting.set_method(palembang(), "pairwise")
    ws = ws.model_copy(update={"voting": ws.voting.model_copy(update={"pairwise": ()})})
    app = app_for(ws, step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await keys(pilot, "f6")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "vote-pair", what="pairs")
        await keys(pilot, "left", "right")
        assert len(app.session.workshop.voting.pairwise) == 2
        # five problems: ten pairs; the box's first line counts the answers
        lines = str(app.screen.query_one("#vote-pair", Static).render()).splitlines()
        assert lines[0] == "Perbandingan 2 dari 10"
        await keys(pilot, "backspace")
        assert len(app.session.workshop.voting.pairwise) == 1
        lines = str(app.screen.query_one("#vote-pair", Static).render()).splitlines()
        assert lines[0] == "Perbandingan 1 dari 10"


async def test_read_only_workshop_refuses_edits(app_for: AppFactory) -> None:
    saver = MemorySaver()
    app = app_for(step=PraStep.PARTICIPANTS, read_only=True, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        before = app.session.workshop
        await keys(pilot, "Wati", "enter")
        assert app.session.workshop == before
        status = str(app.screen.query_one("#status", Static).render())
        assert status == "HANYA BACA — dibuka oleh fasilitator@laptop-2"
        assert saver.saved == []


async def test_failed_save_is_shown_loudly(app_for: AppFactory) -> None:
    saver = MemorySaver()
    saver.fail = True
    app = app_for(step=PraStep.PARTICIPANTS, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        await keys(pilot, "Wati", "enter")
        status = app.screen.query_one("#status", Static)
        failed = "GAGAL MENYIMPAN · ^s: simpan di tempat lain"
        await wait_until(pilot, lambda: str(status.render()) == failed, what="the failure said")
        # the operating system's reason in the facilitator's language, not its English text
        assert (
            app.session.save_error == "tempat penyimpanan penuh; kosongkan sebagian lalu coba lagi"
        )
        status = str(app.screen.query_one("#status", Static).render())
        # the key it names is the one bound to saving elsewhere on this screen (pra.tui.keys)
        assert status == "GAGAL MENYIMPAN · ^s: simpan di tempat lain"
        assert app.screen.active_bindings["ctrl+s"].binding.action == "save_elsewhere"


async def test_projector_mode_hides_notes_and_switches_theme(app_for: AppFactory) -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        normal = app.theme
        await keys(pilot, "f2")
        assert app.theme == "pra-projector"
        assert (
            app.screen.query_one("#notes").display is False
            or not app.screen.query_one("#notes").region.width
        )
        await keys(pilot, "f2")
        assert app.theme == normal


async def test_steps_and_groups_switch_by_keys(app_for: AppFactory) -> None:
    app = app_for(step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        screen = screen_of(app)
        await keys(pilot, "f8")
        assert screen.current is PraStep.SUCCESS
        first = screen.group_id
        await keys(pilot, "f3")
        assert screen.group_id != first
        title = str(screen.query_one("#title-bar", Static).render())
        group = app.session.workshop.group(screen.group_id or "")
        assert group is not None and group.name in title
        await keys(pilot, "f7", "f7")
        assert screen.current is PraStep.POTENTIALS


async def test_palette_jumps_to_a_participant(app_for: AppFactory) -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        name = app.session.workshop.participants[3].name
        await keys(pilot, "ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
        await keys(pilot, name)
        # the palette searches in the background: wait until the person is offered first
        await wait_until(
            pilot, lambda: name in first_hit(app), what=f"{name} offered in the palette"
        )
        await keys(pilot, "enter")
        await wait_for_step(pilot, PraStep.PARTICIPANTS)


async def test_review_lists_findings_that_link_to_steps(app_for: AppFactory) -> None:
    ws = palembang()
    group = ws.groups[0]
    ws = ws.model_copy(
        update={"groups": (group.model_copy(update={"chair_id": None}), *ws.groups[1:])}
    )
    app = app_for(ws, step=PraStep.REVIEW)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.REVIEW)
        view = app.screen.query_one("#view-review")
        messages = [f.message for f in view.findings]  # type: ignore[attr-defined]
        assert any(group.name in m for m in messages)
        index = next(
            i
            for i, f in enumerate(view.findings)
            if group.name in f.message and f.step is PraStep.IDEAS
        )  # type: ignore[attr-defined]
        await keys(pilot, *["down"] * index, "enter")
        await wait_for_step(pilot, PraStep.IDEAS)


async def test_keys_typed_while_a_step_first_opens_never_reach_the_hidden_step(
    app_for: AppFactory,
) -> None:
    """Between leaving a step and the new one taking focus, no hidden field holds the focus.

    On a slow laptop a facilitator can type before a step opened for the first
    time has mounted; those keys must not edit the step just left.
    """
    app = app_for(step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        left = screen.views[PraStep.PARTICIPANTS]
        before = app.session.workshop
        screen.go(PraStep.POTENTIALS)  # first visit: the view is still being mounted
        assert app.focused is None or app.focused not in left.walk_children()
        await keys(pilot, "Wati", "enter")
        assert app.session.workshop.participants == before.participants


async def test_the_palette_speaks_indonesian(app_for: AppFactory) -> None:
    from textual.command import CommandInput

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await keys(pilot, "ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
        placeholder = app.screen.query_one(CommandInput).placeholder
        assert placeholder == "Cari langkah, kelompok atau peserta…"


async def test_the_header_names_the_step_and_group_before_the_workshop(
    app_for: AppFactory,
) -> None:
    """At 100 columns a long workshop title is cut, never the group F3 switches."""
    app = app_for(step=PraStep.STEPS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.STEPS)
        header = str(app.screen.query_one("#title-bar", Static).render())
        assert header.startswith("pra  ·  9 Langkah kegiatan  ·  Kelompok Sedap Malam  ·  PRA")


async def test_f6_pressed_while_a_step_first_opens_is_kept(app_for: AppFactory) -> None:
    """F6 as soon as a step opens for the first time opens the next tab, and it stays open.

    The step takes its first focus only after it has mounted; that first focus
    used to land in the first tab and take the facilitator back there.
    """
    app = app_for(step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        screen = screen_of(app)
        screen.go(PraStep.CAPITAL)  # first visit: the view is still being mounted
        await keys(pilot, "f6")
        await wait_for_step(pilot, PraStep.CAPITAL)
        tabs = screen.views[PraStep.CAPITAL].query_one(TabbedContent)
        await wait_until(pilot, lambda: tabs.active == "tab-budget", what="the budget tab")
        for _ in range(3):  # and nothing takes it back a moment later
            await pilot.pause()
        assert tabs.active == "tab-budget"
        assert (
            app.focused is not None and app.focused in tabs.get_pane("tab-budget").walk_children()
        )

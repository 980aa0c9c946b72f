"""Destructive actions: act at once, say what went and what went with it, and Ctrl+Z brings all of it back."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from pra import i18n
from pra.i18n import t
from pra.model import PraStep, Workshop
from pra.tui.app import PraApp
from pra.tui.removal import person
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_until

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")


def _last_label(app: PraApp) -> str:
    """What the last change was called: the toast's sentence (StepView.remove_record uses one for both)."""
    return app.session.undo_stack[-1][1]


def test_what_goes_with_rohani_is_named() -> None:
    ws = palembang()
    also = person(ws, "p-01")
    assert also[0] == "ketua Kelompok Sedap Malam"
    assert "1 janji hati" in also
    sentence = t("tui.remove.done_with", what="Rohani", also=", ".join(also))
    assert sentence.startswith("Rohani dihapus — ketua Kelompok Sedap Malam, ")
    # the undo stack keeps this sentence ("Dibatalkan: Rohani dihapus — …"); the toast adds the key
    assert sentence.endswith(", 3 titik suara.")


async def _open_table(app: PraApp, pilot: object, step: PraStep, table_id: str) -> DataTable:  # type: ignore[type-arg]
    await wait_until(
        pilot,  # type: ignore[arg-type]
        lambda: step in getattr(app.screen, "views", {}) and app.focused is not None,
        what=f"{step.value} open",
    )
    table = app.screen.query_one(f"#{table_id}", DataTable)
    table.focus()
    await wait_for_focus(pilot, lambda w: w is table, what=table_id)  # type: ignore[arg-type]
    return table


async def test_deleting_the_chair_says_what_went_and_undo_brings_it_all_back() -> None:
    before: Workshop = palembang()
    app = PraApp(make_session(before), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=SIZE) as pilot:
        table = await _open_table(app, pilot, PraStep.PARTICIPANTS, "people-table")
        table.move_cursor(row=0)  # Rohani, chair of Sedap Malam
        await keys(pilot, "delete")
        ws = app.session.workshop
        assert ws.participant("p-01") is None
        group = ws.group("g-sedap-malam")
        assert group is not None and group.chair_id is None
        assert all(p.participant_id != "p-01" for p in group.pledges)
        said = _last_label(app)
        assert said == t(
            "tui.remove.done_with", what="Rohani", also=", ".join(person(before, "p-01"))
        )
        await keys(pilot, "ctrl+z")
        assert app.session.workshop == before, "Ctrl+Z restores her, her role and her pledges"


async def test_deleting_a_problem_names_its_votes_and_priority_and_undo_restores_them() -> None:
    before = palembang()
    priority = before.voting.priority_id
    assert priority is not None
    app = PraApp(make_session(before), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        table = await _open_table(app, pilot, PraStep.PROBLEMS, "problem-table")
        table.move_cursor(row=[p.id for p in before.problems].index(priority))
        await keys(pilot, "delete")
        ws = app.session.workshop
        assert ws.problem(priority) is None and ws.voting.priority_id is None
        said = _last_label(app)
        assert t("tui.remove.priority") in said and "Ctrl+Z" not in said
        await keys(pilot, "ctrl+z")
        assert app.session.workshop == before


async def test_deleting_a_step_others_wait_for_names_them_and_undo_restores_the_order() -> None:
    before = palembang()
    group = before.group("g-sedap-malam")
    assert group is not None
    waited = next(s for s in group.steps if any(s.id in o.depends_on for o in group.steps))
    n = sum(1 for o in group.steps if waited.id in o.depends_on)
    app = PraApp(make_session(before), step=PraStep.STEPS)
    async with app.run_test(size=SIZE) as pilot:
        table = await _open_table(app, pilot, PraStep.STEPS, "step-table")
        table.move_cursor(row=[s.id for s in group.steps].index(waited.id))
        await keys(pilot, "delete")
        said = _last_label(app)
        assert said == t(
            "tui.remove.done_with",
            what=f"“{waited.title}”",
            also=t("tui.remove.waiting", n=n),
        )
        await keys(pilot, "ctrl+z")
        assert app.session.workshop == before

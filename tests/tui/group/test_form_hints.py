"""Every hint of a one-line entry form with a set width is whole at 100 columns."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.widgets import Input, TabbedContent, TabPane

from pra.model import PraStep
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, wait_for_step, wait_until

GROUP_STEPS = [s for s in PraStep if s.per_group]


def cut_hints(app: object) -> list[str]:
    """The hints of the shown entry-form fields of a set width that their field cuts."""
    cut = []
    for field in app.screen.query(".entry > Input").results(Input):  # type: ignore[attr-defined]
        if not field.display or field.region.width == 0 or field.styles.width is None:
            continue
        if field.styles.width.is_fraction or not field.placeholder:
            continue  # a field taking the rest of the row: its hint may be long
        if field.content_region.width < cell_len(field.placeholder):
            cut.append(f"{field.id}: {field.placeholder!r} in {field.content_region.width}")
    return cut


@pytest.mark.parametrize("step", GROUP_STEPS, ids=[s.value for s in GROUP_STEPS])
async def test_no_form_hint_is_cut_at_100_columns(step: PraStep) -> None:
    app = group_app(step)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, step)
        tabs = app.screen.query(TabbedContent)
        panes = len(tabs.first().query(TabPane)) if tabs else 1
        found: list[str] = []
        for n in range(panes):
            if n:
                shown = tabs.first().active
                await keys(pilot, "f6")
                await wait_until(pilot, lambda s=shown: tabs.first().active != s, what="next tab")
                await pilot.pause()
            found += cut_hints(app)
        assert found == []


@pytest.mark.parametrize("size", [(100, 30), (120, 40)], ids=["100x30", "120x40"])
async def test_the_skill_hint_is_whole_beside_its_people(size: tuple[int, int]) -> None:
    """The skill line shares its row with the list of people: its hint was cut to '(mis.'."""
    from pra.tui.app import PraApp
    from tests.tui.conftest import make_session, palembang

    app = PraApp(make_session(palembang()), step=PraStep.POTENTIALS)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        field = app.screen.query_one("#skill-name", Input)
        await wait_until(
            pilot, lambda: field.content_region.width > 0, what="the skill line laid out"
        )
        assert field.content_region.width >= cell_len(field.placeholder), field.placeholder

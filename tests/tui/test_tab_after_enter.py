"""A Tab typed right after Enter never loses the entry (issue #12).

Tab is an app priority binding (the keys after it go to the field it reaches),
so it used to run before the field being left had read the keys typed before
it: the Enter then found another field focused and did not add the entry, whose
text stayed and joined the next one ("Beternak leleMenjual pulsa"). The keys are
sent at once, as a fast typist's terminal does.
"""

from __future__ import annotations

import pytest

from pra.model import PraStep
from tests.tui.conftest import SIZE, AppFactory, palembang
from tests.tui.pilot import type_fast, wait_for_focus, wait_for_step, wait_until


async def test_enter_then_tab_at_once_on_problems_adds_both_entries(app_for: AppFactory) -> None:
    app = app_for(step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PROBLEMS)
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "problem-title", what="the entry line"
        )
        before = [p.title for p in app.session.workshop.problems]
        type_fast(pilot, "Beternak lele", "enter", "tab", "Menjual pulsa", "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.problems) == len(before) + 2,
            what="two new problems",
        )
        titles = [p.title for p in app.session.workshop.problems]
        assert titles[len(before) :] == ["Beternak lele", "Menjual pulsa"]


async def test_text_then_tab_at_once_keeps_every_preparation_field(app_for: AppFactory) -> None:
    from pra.edit import info

    typed = {
        "title": "Lokakarya Kampung Baru",
        "province": "Sumatera Selatan",
        "city": "Kota Palembang",
        "district": "Ilir Barat Dua",
        "village": "Tanjung Barangan",
    }
    ws = palembang()
    for name in typed:  # a new workshop's empty form
        ws = info.set_field(ws, name, "")
    app = app_for(ws, step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "f-title", what="the title field"
        )
        for text in typed.values():
            type_fast(pilot, text, "tab")
        await wait_until(
            pilot,
            lambda: app.focused is not None and app.focused.id == "f-rw",
            what="the focus on the RW field",
        )
        await wait_until(
            pilot,
            lambda: {n: info.field_text(app.session.workshop, n) for n in typed} == typed,
            what="every field kept",
        )


@pytest.mark.parametrize(
    ("pane", "field", "texts"),
    [
        ("tab-skills", "skill-name", ("Menjahit kebaya", "Membuat pempek")),
        ("tab-resources", "resource-name", ("Lahan kosong RT 03", "Kolam bekas")),
    ],
)
async def test_enter_then_tab_at_once_on_a_potentials_tab_adds_both_entries(
    app_for: AppFactory, pane: str, field: str, texts: tuple[str, str]
) -> None:
    from pra.tui.screen import WorkshopScreen

    app = app_for(step=PraStep.POTENTIALS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.POTENTIALS)
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        view = screen.views[PraStep.POTENTIALS]
        view.show_tab(pane)
        await wait_for_focus(pilot, lambda w: w is not None and w.id == field, what=field)
        listed = {
            "skill-name": lambda: [s.name for s in app.session.workshop.skills],
            "resource-name": lambda: [r.name for r in app.session.workshop.resources],
        }[field]
        before = listed()
        type_fast(pilot, texts[0], "enter", "tab", texts[1], "enter")
        await wait_until(pilot, lambda: len(listed()) == len(before) + 2, what="two new entries")
        assert listed()[len(before) :] == list(texts)
        assert app.focused is not None and app.focused.id == field


async def test_text_and_enter_at_once_keeps_every_preparation_field(app_for: AppFactory) -> None:
    """Enter keeps a field and goes to the next: the letters typed right after it go there."""
    from pra.edit import info

    typed = {
        "title": "Lokakarya Kampung Baru",
        "province": "Sumatera Selatan",
        "city": "Kota Palembang",
    }
    ws = palembang()
    for name in typed:
        ws = info.set_field(ws, name, "")
    app = app_for(ws, step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "f-title", what="the title field"
        )
        for text in typed.values():
            type_fast(pilot, text, "enter")
        await wait_until(
            pilot,
            lambda: app.focused is not None and app.focused.id == "f-district",
            what="the focus on the district field",
        )
        await wait_until(
            pilot,
            lambda: {n: info.field_text(app.session.workshop, n) for n in typed} == typed,
            what="every field kept",
        )


async def test_clear_text_and_enter_at_once_change_only_the_fields_typed_in(
    app_for: AppFactory,
) -> None:
    """Ctrl+U empties the field it is typed in, even in a burst: it used to run after the
    last Enter, against the field reached last (Kecamatan, emptied)."""
    from textual.widgets import Input

    from pra.edit import info

    typed = {
        "title": "Lokakarya Kampung Baru",
        "province": "Sumatera Selatan Raya",
        "city": "Kota Palembang",
    }
    ws = palembang()
    district = info.field_text(ws, "district")
    assert district == "Ilir Timur II"
    app = app_for(ws, step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "f-title", what="the title field"
        )
        for text in typed.values():
            type_fast(pilot, "ctrl+u", text, "enter")
        await wait_until(
            pilot,
            lambda: {n: info.field_text(app.session.workshop, n) for n in typed} == typed,
            what="every field typed in holds what was typed",
        )
        field = await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "f-district", what="the district field"
        )
        assert isinstance(field, Input) and field.value == district
        assert info.field_text(app.session.workshop, "district") == district

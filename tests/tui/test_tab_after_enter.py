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


@pytest.mark.xfail(
    strict=False,
    reason="open (#12): Enter then Tab sent in one burst still loses the second entry's text "
    "now and then ('M' kept of 'Menjual pulsa'); the fix waits for the field being left, not "
    "for the step's list to take the entry",
)
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

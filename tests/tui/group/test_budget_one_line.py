"""The RAB's Barang field takes the whole line, or says above it why not (rev15-facil, step 11).

``Mesin jahit Butterfly, 1, unit, 1.500.000`` + Enter in Barang added no row and
said nothing; ``Mesin jahit`` alone, the same.
"""

from __future__ import annotations

import re

import pytest
from textual.widgets import Input, Static

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.group.test_budget_line_source import _budget, _focus_is, _with_sources
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    type_fast,
    wait_for_focus,
    wait_until,
)


async def test_the_budget_line_in_one_field() -> None:
    ws = _with_sources(palembang(), 1)
    app = group_app(PraStep.CAPITAL, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus_is("budget-form-item"), what="Barang")
        before = len(_budget(app))
        type_fast(pilot, "Mesin jahit Butterfly, 1, unit, 1.500.000", "enter")
        await wait_until(pilot, lambda: len(_budget(app)) == before + 1, what="the line added")
        line = _budget(app)[-1]
        assert (line.item, line.quantity, line.unit, line.unit_price) == (
            "Mesin jahit Butterfly",
            1,
            "unit",
            1_500_000,
        )
        item = app.screen.query_one("#budget-form-item", Input)
        refusal = app.screen.query_one("#budget-line-refusal", Static)
        await wait_until(pilot, lambda: item.value == "", what="the line emptied")
        type_fast(pilot, "Mesin jahit", "enter")
        await wait_until(pilot, lambda: refusal.display, what="the refusal above the line")
        assert "Mesin jahit" in str(refusal.render())
        assert item.value == "Mesin jahit"  # kept, to be completed
        assert len(_budget(app)) == before + 1
        type_fast(pilot, ", 1, unit, 1.500.000", "enter")
        await wait_until(pilot, lambda: len(_budget(app)) == before + 2, what="completed, added")
        await wait_until(pilot, lambda: not refusal.display, what="the refusal gone")
        assert app.session is not None and app.session.workshop.group(SEDAP) is not None


async def test_the_source_chosen_for_a_whole_line_adds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """With several sources, Enter on a whole line opens the list of sources; choosing one
    added nothing (the empty Jml/Satuan/Harga fields counted as a line not filled in), and
    Enter on the list only opened it again (tried at 100x30 on the Palembang demo)."""
    from textual.widgets import Select

    app = group_app(PraStep.CAPITAL, palembang())  # Sedap Malam has two sources
    said = record_notices(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus_is("budget-form-item"), what="Barang")
        before = len(_budget(app))
        type_fast(pilot, "Kompor gas dua tungku, 1, unit, 650.000", "enter")
        source = app.screen.query_one("#budget-form-source", Select)
        await wait_until(pilot, lambda: source.expanded, what="the sources' list open")
        await keys(pilot, "down", "enter")  # the first source
        await wait_until(pilot, lambda: len(_budget(app)) == before + 1, what="the line added")
        line = _budget(app)[-1]
        assert (line.item, line.unit_price) == ("Kompor gas dua tungku", 650_000)
        # below a long table the new row is off the screen: a notice names it (rev17-facil)
        n = len(_budget(app))
        await wait_until(
            pilot,
            lambda: any(
                f"Baris {n} RAB ditambahkan: Kompor gas dua tungku, Rp\u00a0650.000" in x
                for x in said
            ),
            what="the notice naming the line added",
        )
        # ...and the table shows it: its row is on the screen, beside the entry line
        await wait_until(
            pilot,
            lambda: re.search(rf"\b{n}\s+Kompor gas dua\s.*Rp\s650\.000", screen_text(app)),
            what="the new row on the screen",
        )
        assert "Kompor gas dua tungku" not in app.screen.query_one("#budget-form-item", Input).value

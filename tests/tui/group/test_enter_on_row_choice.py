"""Enter on a filled-in row's closed dropdown adds the row (review10t finding 8).

RAB, step 11: ``Mesin bordir`` Tab ``1`` Tab ``unit`` Tab ``1,5jt`` Tab, a source,
Tab to ``aset ▼`` and Enter, Enter, Enter only opened and closed the list, though
the hint says the row is added with Enter at its end. The first Enter opens the list
(a choice is never kept unseen); the second keeps the choice and, on the form's last
field of a filled-in row, adds the row (s13-forms: it took a third Enter).
"""

from __future__ import annotations

from textual.widgets import Select

from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app, steady
from tests.tui.pilot import keys, wait_for_focus, wait_until


async def test_enter_on_the_last_dropdown_of_a_filled_row_adds_the_budget_line() -> None:
    ws = palembang()
    app = group_app(PraStep.CAPITAL, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")  # the budget (RAB)
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang"
        )
        assert app.session is not None
        before = len(app.session.workshop.groups[0].capital.budget)
        await keys(pilot, "Mesin bordir", "tab", "1", "tab", "unit", "tab", "1,5jt", "tab")
        await keys(pilot, "enter", "down", "enter")  # a source (a new line needs one)
        await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-prepaid", what="aset"
        )
        assert len(app.session.workshop.groups[0].capital.budget) == before
        await keys(pilot, "enter", "enter")  # the list opened, "aset" kept: the row added
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.groups[0].capital.budget) == before + 1,
            what="the line added",
        )
        line = app.session.workshop.groups[0].capital.budget[-1]
        assert line.item == "Mesin bordir" and line.unit_price == 1_500_000
        prepaid = app.screen.query_one("#budget-form-prepaid", Select)
        assert not prepaid.expanded


async def test_enter_on_the_dropdown_of_a_row_not_filled_in_opens_its_list_again() -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-item", what="Barang"
        )
        assert app.session is not None
        before = app.session.workshop
        await keys(pilot, "Mesin bordir", "tab", "tab", "tab", "tab", "tab")
        await wait_for_focus(
            pilot, lambda w: getattr(w, "id", None) == "budget-form-prepaid", what="aset"
        )
        await keys(pilot, "enter", "enter", "enter")  # opened, chosen, opened again
        prepaid = app.screen.query_one("#budget-form-prepaid", Select)
        await wait_until(pilot, lambda: prepaid.expanded, what="the list open")
        await steady(pilot)
        assert app.session.workshop == before

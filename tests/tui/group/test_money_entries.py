"""The day selling starts (Analisis usaha › Arus kas) and a budget line paid ahead (Modal › RAB),
entered by keyboard and read back from the saved file (issue 13).

Both were used by the plan (the first month's sales pro-rated by selling days; a prepaid
line's money kept in the opening cash) but could only be set by editing the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from pra import store
from pra.model import BusinessGroup, PraStep
from pra.tui.app import PraApp
from pra.tui.session import Session, store_save
from tests.tui.conftest import FROZEN, SIZE, palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_until,
)

NB = "\u00a0"


def _app(tmp_path: Path, step: PraStep) -> tuple[PraApp, Path]:
    path = tmp_path / "palembang.json"
    ws = palembang()
    store.save(ws, path)
    session = Session(ws, path, saver=store_save, clock=lambda: FROZEN, debounce=0)
    return PraApp(session, step=step), path


def _saved(path: Path) -> BusinessGroup:
    group = store.load(path).group(SEDAP)
    assert group is not None
    return group


def _focus_is(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: w is not None and w.id == widget_id


async def _saved_as(pilot: Pilot[None], path: Path, test, what: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await wait_until(pilot, lambda: test(_saved(path)), what=what)


async def test_the_day_selling_starts_is_typed_kept_said_and_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, path = _app(tmp_path, PraStep.ANALYSIS)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.ANALYSIS)
        # Sedap Malam starts selling with its step 6 ("Menitipkan kue ke warung …")
        steps = _saved(path).steps
        assert _saved(path).analysis.sales_step_id == steps[5].id
        await keys(pilot, "f6", "f6", "f6")  # Arus kas: the field first
        await wait_for_focus(pilot, _focus_is("sales-start"), what="the sales start field")
        field = app.screen.query_one("#sales-start", Input)
        assert field.value == "langkah 6"
        # a date: kept in the file, the step no longer named, said with the key that undoes it
        await keys(pilot, "ctrl+u", "1-10-2003", "enter")
        await _saved_as(
            pilot,
            path,
            lambda g: (
                (g.analysis.sales_start, g.analysis.sales_step_id) == (dt.date(2003, 10, 1), None)
            ),
            what="1 October 2003 saved",
        )
        assert said[-1] == "Penjualan mulai: 1 Oktober 2003. ^z membatalkan."
        # a step by its number ("langkah 3" or "3")
        assert (field.value, field.cursor_position) == ("01-10-2003", 10)  # as the file has it
        await keys(pilot, "ctrl+u", "langkah 3", "enter")
        await _saved_as(
            pilot,
            path,
            lambda g: (g.analysis.sales_start, g.analysis.sales_step_id) == (None, steps[2].id),
            what="step 3 saved",
        )
        assert said[-1] == "Penjualan mulai: langkah 3. ^z membatalkan."
        # Ctrl+Z: the date again, in the file and in the field
        await keys(pilot, "ctrl+z")
        await _saved_as(
            pilot,
            path,
            lambda g: g.analysis.sales_start == dt.date(2003, 10, 1),
            what="the date back",
        )
        await wait_until(pilot, lambda: field.value == "01-10-2003", what="the field follows")
        # a text that is neither: refused with its sentence, the file unchanged
        await keys(pilot, "ctrl+u", "besok", "enter")
        await wait_until(pilot, lambda: bool(said) and "besok" in said[-1], what="the refusal")
        assert said[-1].startswith('"besok" bukan tanggal atau nomor langkah.')
        assert field.value == "besok"  # kept in the field, to be corrected
        assert _saved(path).analysis.sales_start == dt.date(2003, 10, 1)
        # emptied: sales from the plan's start
        await keys(pilot, "ctrl+u", "enter")
        await _saved_as(
            pilot,
            path,
            lambda g: (g.analysis.sales_start, g.analysis.sales_step_id) == (None, None),
            what="no start saved",
        )
        assert said[-1] == "Penjualan dihitung dari awal rencana. ^z membatalkan."


async def test_a_budget_line_is_marked_as_paid_ahead_said_and_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, path = _app(tmp_path, PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notices(monkeypatch, app)
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f6")  # RAB
        await wait_for_focus(pilot, _focus_is("budget-form-item"), what="the item field")
        before = len(_saved(path).capital.budget)
        # a new line: item, quantity, unit, price, its source (the grant), then "biaya bln"
        await keys(pilot, "Sewa etalase", "tab", "3", "tab", "bulan", "tab", "40rb")
        await keys(pilot, "tab", "enter", "down", "enter", "tab")
        await wait_for_focus(pilot, _focus_is("budget-form-prepaid"), what="the paid-ahead choice")
        # the form's last field: choosing there adds the filled-in line (s13-forms)
        await keys(pilot, "enter", "down", "down", "enter")
        await _saved_as(
            pilot, path, lambda g: len(g.capital.budget) == before + 1, what="the line saved"
        )
        line = _saved(path).capital.budget[-1]
        assert (line.item, line.quantity, line.unit, line.unit_price, line.prepaid) == (
            "Sewa etalase",
            3,
            "bulan",
            40_000,
            "fixed_costs",
        )
        assert said[-1] == (
            "Sewa etalase: biaya bulanan di muka; uangnya tetap di kas awal arus kas, "
            "disisihkan untuk biaya itu. ^z membatalkan."
        )
        # under the table: the lines paid ahead by number (Sedap Malam's ingredients, packaging
        # and working capital are rows 6 to 11; the new line comes last)
        # (below the fold at 100x30: read from the widget, not the screen)
        shown = str(app.screen.query_one("#capital-lines", Static).render()).splitlines()
        assert shown[0] == (
            "Dibayar di muka, uangnya tetap di kas awal arus kas (bahan di muka: baris 6, 7, 8, "
            f"9, 10, 11; biaya bulanan di muka: baris {before + 1})."
        )
        # Ctrl+Z takes the line back
        await keys(pilot, "ctrl+z")
        await _saved_as(
            pilot, path, lambda g: len(g.capital.budget) == before, what="the line taken back"
        )


async def test_the_money_story_on_screen_names_a_deduction_as_the_plan_does() -> None:
    # Jaya Bersama keeps Rp 25.000 of each of its 10 loans as "Simpanan pokok koperasi Bina
    # Vitalis": the printed plan's ledger names it so; the screen said "Saham / simpanan pokok"
    app = group_app(PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f3", "f5")  # the next group, its funding sources
        ledger = app.screen.query_one("#ledger-lines", Static)
        await wait_until(
            pilot, lambda: "Jaya Bersama" in screen_text(app), what="the second group shown"
        )
        await wait_until(
            pilot,
            lambda: "Simpanan pokok koperasi Bina Vitalis" in str(ledger.render()),
            what="the deduction by its name",
        )
        grant = str(ledger.render()).splitlines()[0]
        assert (
            "Simpanan pokok koperasi Bina Vitalis (dipotong saat dana diserahkan, milik "
            f"anggota) Rp{NB}250.000" in grant
        )
        assert "Saham" not in grant

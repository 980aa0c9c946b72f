"""The capital plan by keyboard: fund rules, a deduction, a budget line, first round, a rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from textual.widgets import Input, Select, Static

from pra.model import CapitalPlan, PraStep, Workshop
from pra.plan.capital import capital_summary
from pra.plan.effective_rate import effective_rate
from pra.plan.formatting import format_rupiah
from pra.plan.fund import member_share, repayment_schedule
from pra.plan.revolving import fund_start
from pra.tui.steps.group_capital import SOURCE_FORM
from tests.tui.conftest import SIZE, MemorySaver, palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_step,
    wait_until,
)


def _blank_plan() -> Workshop:
    ws = palembang()
    groups = tuple(
        g.model_copy(update={"capital": CapitalPlan()}) if g.id == SEDAP else g for g in ws.groups
    )
    return ws.model_copy(update={"groups": groups})


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Static).render())


async def test_capital_plan_by_keys_shows_the_plans_arithmetic() -> None:
    saver = MemorySaver()
    app = group_app(PraStep.CAPITAL, _blank_plan(), saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        for value in ("750.000", "5.000", "1,5", "12", "6", "1.000", "setiap pertemuan"):
            await keys(pilot, "ctrl+u", value, "enter")
        await keys(pilot, "Cadangan", "tab", "tab", "10%", "enter")
        await pilot.pause()
        plan = app.session.workshop.group(SEDAP).capital  # type: ignore[union-attr]
        assert plan.stimulus_per_member == 750000
        assert plan.compulsory_dues == 5000
        assert plan.service_fee_percent == Decimal("1.5")
        assert plan.loan_term_months == 12
        assert plan.repayment_day == 6
        assert plan.cash_unit == 1000
        assert plan.voluntary_savings == "setiap pertemuan"
        assert [(d.label, d.kind, d.percent, d.frequency) for d in plan.deductions] == [
            ("Cadangan", "reserve", Decimal(10), "once")
        ]
        received = member_share(plan).received
        assert received == 675000
        assert format_rupiah(received) in _text(app, "#share-lines")
        # the budget tab: one line, then the capital summary from pra.plan
        await keys(pilot, "f6")
        await pilot.pause()
        await keys(pilot, "Etalase", "tab", "2", "tab", "unit", "tab", "150.000", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        line = group.capital.budget[-1]
        # the plan's only source, the members' own capital (the dues typed above), pays it:
        # a new line never comes from nowhere (s13-forms)
        own = group.capital.own_capital
        assert own is not None and len(group.capital.sources) == 1
        assert (line.item, line.quantity, line.unit, line.unit_price, line.source_id) == (
            "Etalase",
            2,
            "unit",
            150000,
            own.id,
        )
        summary = capital_summary(group)
        assert format_rupiah(summary.budget_total) in _text(app, "#capital-lines")
        # the repayment tab shows the plan's monthly total
        await keys(pilot, "f6")
        await pilot.pause()
        repayment = repayment_schedule(group.capital, group.calendar.start)
        shown = _text(app, "#repayment-lines")
        assert format_rupiah(repayment.rows[0].total) in shown
        # handed over on 1 September 2003 (the calendar's start): the first 6th a month later
        assert "Angsuran jatuh setiap tanggal 6" in shown
        assert "6 Oktober 2003" in shown
        # 750.000 ÷ 12 = 62.500 → up to Rp 1.000: 11 × 63.000 = 693.000, last 57.000
        assert [r.principal for r in repayment.rows] == [63_000] * 11 + [57_000]
        assert repayment.lines[0].text() in shown
        assert "11 × Rp\u00a063.000" in repayment.lines[0].text()
        # the effective yearly rate beside the flat one, and its sentence: on the due dates
        rate = effective_rate(group.capital, fund_start(group))
        assert rate is not None and rate.dated
        assert all(line.text() in shown for line in rate.lines())
        # the revolving fund: the first member borrows first; a rule in the group's words
        await keys(pilot, "f6")
        await pilot.pause()
        await keys(pilot, "enter", "tab", "Angsuran tiap minggu", "enter")
        await pilot.pause()
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        assert group.capital.first_round_ids == (group.member_ids[0],)
        assert group.capital.rules[-1] == "Angsuran tiap minggu"
        # the first member borrows in month 0; a second round once the first repays
        rounds = _text(app, "#rounds").splitlines()
        assert rounds[:2] == [
            "Putaran 1: bulan ke-0 (1 September 2003), 1 orang: Rohani",
            "Putaran 2: bulan ke-5 (6 Februari 2004), 1 orang: Yusnaini",  # on the repayment day
        ]
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert saver.saved and saver.saved[-1] == app.session.workshop


async def test_a_bad_percentage_is_refused_with_a_sentence() -> None:
    app = group_app(PraStep.CAPITAL, _blank_plan())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "tab", "tab", "ctrl+u", "banyak", "enter")
        await pilot.pause()
        assert app.session.workshop.group(SEDAP).capital.service_fee_percent == 0  # type: ignore[union-attr]
        assert app.session.last_error == (
            'Persen "banyak" tidak dikenal. Tulis seperti 10% atau 1,5 (0 sampai 100).'
        )


async def test_a_fund_too_slow_for_everyone_does_not_say_all_have_repaid() -> None:
    """As on the printed plan: the closing line only once every member has had a turn."""
    ws = palembang()
    groups = tuple(
        g.model_copy(
            update={
                "capital": g.capital.model_copy(
                    update={
                        "loan_term_months": 120,
                        "first_round_ids": g.member_ids[:1],
                        "service_fee_percent": 0,
                        # no own capital: no dues fill the fund
                        "sources": g.capital.grants,
                        "deductions": (),
                    }
                )
            }
        )
        if g.id == SEDAP
        else g
        for g in ws.groups
    )
    app = group_app(PraStep.CAPITAL, ws.model_copy(update={"groups": groups}))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        rounds = _text(app, "#rounds")
        assert "belum bisa meminjam" in rounds
        assert "semua sudah meminjam dan melunasi" not in rounds
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        assert "semua sudah meminjam dan melunasi" in _text(app, "#rounds")


async def test_a_grant_removed_and_brought_back_then_a_lender_loan_typed_on_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        said = record_notices(monkeypatch, app)
        # the last tab: the form (kind, line), then the table of sources
        await keys(pilot, "f5")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == f"{SOURCE_FORM}-kind", what="the kind"
        )
        await keys(pilot, "tab", "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "source-table", what="the table"
        )
        # the grant row: Delete removes it and says which budget lines lost their source: the
        # 11 it pays and the 2 the members buy with their loans from it (#13)
        await keys(pilot, "delete")
        await wait_until(pilot, lambda: bool(said), what="the removal toast")
        assert said[-1] == (
            "Bantuan stimulan Dinas Sosial melalui Yayasan Bina Vitalis dihapus — 13 baris RAB"
            " kini tanpa sumber. ^z membatalkan."
        )
        group = app.session.workshop.group(SEDAP)
        assert group is not None and group.capital.grants == ()
        assert all(b.source_id != "fs-sm-stimulan" for b in group.capital.budget)
        await keys(pilot, "ctrl+z")
        group = app.session.workshop.group(SEDAP)
        assert group is not None and [g.id for g in group.capital.grants] == ["fs-sm-stimulan"]
        assert sum(b.source_id == "fs-sm-stimulan" for b in group.capital.budget) == 13
        # a loan: the kind is a choice (Enter opens it), the line is typed text
        await keys(pilot, "shift+tab", "shift+tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == f"{SOURCE_FORM}-kind", what="the kind"
        )
        await keys(pilot, "enter", "down", "enter")
        await wait_until(
            pilot,
            lambda: app.screen.query_one(f"#{SOURCE_FORM}-kind", Select).value == "loan",
            what="the kind 'pinjaman' chosen",
        )
        await keys(pilot, "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == f"{SOURCE_FORM}-text", what="the line"
        )
        await keys(pilot, "KUR BRI, 6.000.000, 12 bulan, 1%, menurun, tgl 31, 15-1-2024", "enter")
        group = app.session.workshop.group(SEDAP)
        assert group is not None
        loan = group.capital.loans[-1]
        assert (loan.lender, loan.principal, loan.method, loan.due_day) == (
            "KUR BRI",
            6_000_000,
            "declining",
            31,
        )
        await wait_until(
            pilot,
            lambda: "Pinjaman KUR BRI: masuk Rp" in screen_text(app),
            what="the loan in the money story",
        )


async def test_a_refused_plan_field_keeps_its_text_and_its_sentence_when_left() -> None:
    """As a date in the preparation form: the text is corrected, not typed again."""
    app = group_app(PraStep.CAPITAL, _blank_plan())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        before = app.session.workshop
        field = app.screen.query_one("#cap-stimulus_per_member", Input)
        assert app.focused is field
        await keys(pilot, "ctrl+u", "lima ratus ribu", "tab")
        await wait_for_focus(pilot, lambda w: w is not field, what="the next field")
        sentence = (
            'Jumlah "lima ratus ribu" tidak dikenal. Tulis rupiah seperti 500.000 atau Rp 25.000.'
        )
        assert field.value == "lima ratus ribu"
        line = app.screen.query_one("#cap-refusal", Static)
        assert line.display and str(line.render()) == sentence
        assert app.session.workshop == before
        # another field kept (the view shows the workshop again): the refused text stays
        await keys(pilot, "ctrl+u", "5.000", "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).capital.compulsory_dues == 5000,  # type: ignore[union-attr]
            what="the dues kept",
        )
        assert field.value == "lima ratus ribu"
        assert line.display and str(line.render()) == sentence
        # corrected: kept, and the sentence goes
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the stimulus field again")
        await keys(pilot, "ctrl+u", "500.000", "enter")
        await wait_until(pilot, lambda: not line.display, what="the sentence gone")
        assert app.session.workshop.group(SEDAP).capital.stimulus_per_member == 500000  # type: ignore[union-attr]


def test_the_members_stock_is_not_said_to_stay_in_the_groups_opening_cash() -> None:
    """Tri Astha's member lines are marked as the materials of the members' trades (rev15-lender
    2): their money is the members' loans, never the group's opening cash, so the screen's
    "Dibayar di muka, uangnya tetap di kas awal arus kas" line does not name them."""
    from pra.model import Workshop
    from pra.resources import example_path
    from pra.tui.steps.group_capital import _prepaid_line

    tri = Workshop.model_validate_json(
        example_path("yogyakarta").read_text(encoding="utf-8")
    ).groups[0]
    assert any(b.member_loans and b.prepaid == "materials" for b in tri.capital.budget)
    assert _prepaid_line(tri) is None

"""Money in the capital step is never cut at 100×30 or 120×40, projector mode (F2) included.

Projector mode widens the margins after the tables were filled; the budget's
item names and the repayment's dates give way (wrap, a short month), the
amounts never do.
"""

from __future__ import annotations

import pytest

from pra.model import PraStep
from pra.plan.formatting import format_rupiah
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.group.conftest import SEDAP, steady
from tests.tui.layout_check import malformed_money, shown_whole
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until


@pytest.mark.parametrize("size", [(100, 30), (120, 40)], ids=["100x30", "120x40"])
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
async def test_budget_and_repayment_amounts_are_whole(
    size: tuple[int, int], projector: bool
) -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    app = PraApp(make_session(ws), step=PraStep.CAPITAL)
    async with app.run_test(size=size) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        if projector:
            await keys(pilot, "f2")
            await wait_until(pilot, lambda: app.projector, what="projector mode")
        await keys(pilot, "f6")  # the budget (RAB)
        await steady(pilot)
        text = screen_text(app)
        assert malformed_money(text, size[0]) == [], text
        # the first line's total, and the working capital of 1.200.000, whole
        # the first lines (the source names in "Dari" wrap, so line 11 is further down)
        for line in (group.capital.budget[0], group.capital.budget[2]):
            total = format_rupiah(line.quantity * line.unit_price)
            assert shown_whole(text, total), (total, text)
        await keys(pilot, "f6")  # the repayment schedule
        await steady(pilot)
        text = screen_text(app)
        assert malformed_money(text, size[0]) == [], text
        # what remains after the first month: Rp 250.000 lent - Rp 21.000 (rounded up to Rp 500)
        assert shown_whole(text, "Rp 229.000"), text


async def test_a_long_deduction_name_leaves_its_amount_whole_in_projector_mode() -> None:
    """Surabaya's 'Simpanan pokok koperasi Yayasan Widya Dharma' wraps; 'Rp 10.000' stays whole."""
    from pra.model import Workshop
    from pra.resources import example_path

    ws = Workshop.model_validate_json(example_path("surabaya").read_text(encoding="utf-8"))
    app = PraApp(make_session(ws), step=PraStep.CAPITAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        await keys(pilot, "f2")
        await wait_until(pilot, lambda: app.projector, what="projector mode")
        await steady(pilot)
        text = screen_text(app)
        assert malformed_money(text, 100) == [], text
        assert shown_whole(text, "Simpanan pokok koperasi Yayasan Widya Dharma"), text


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("group_id", [SEDAP, "g2"], ids=["sedap", "second"])
async def test_the_repayment_tab_opens_at_its_first_line(projector: bool, group_id: str) -> None:
    """Modal › Angsuran opened scrolled past its first lines at 100x30 (the first line shown
    was "▎ September 2003): 6 Oktober 2003"): it opens on the arithmetic's first line."""
    ws = palembang()
    groups = [g.id for g in ws.groups]
    app = PraApp(make_session(ws), step=PraStep.CAPITAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.CAPITAL)
        if projector:
            await keys(pilot, "f2")
            await wait_until(pilot, lambda: app.projector, what="projector mode")
        if group_id != SEDAP:
            await keys(pilot, "f3")  # the second group: a lender's schedule under the members'
            await wait_until(
                pilot, lambda: app.screen.group_id == groups[1], what="the second group"
            )
        await keys(pilot, "f6", "f6")
        await steady(pilot)
        await wait_until(
            pilot, lambda: "Cicilan pokok:" in screen_text(app), what="the first line shown"
        )
        # read down to the schedule's last month, go on to the next tab and come back
        await keys(pilot, "tab", "end", "f6", "f5")
        await steady(pilot)
        await wait_until(
            pilot, lambda: "Cicilan pokok:" in screen_text(app), what="the first line again"
        )

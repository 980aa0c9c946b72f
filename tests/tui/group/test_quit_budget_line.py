"""Ctrl+Q with a budget line typed and not kept names why it is not kept (rev18-facil: a line
never entered, refused only at Ctrl+Q, was said "ditolak (alasannya dalam pemberitahuan saat
Enter)" — no notice had been given)."""

from __future__ import annotations

import pytest

from pra.i18n import t
from pra.model import PraStep
from tests.tui.conftest import palembang
from tests.tui.group.conftest import group_app
from tests.tui.group.test_budget_line_source import _focus_is
from tests.tui.pilot import keys, record_notices, type_fast, wait_for_focus, wait_until


async def test_ctrl_q_names_the_reason_a_budget_line_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = group_app(PraStep.CAPITAL, palembang())
    said = record_notices(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus_is("budget-form-item"), what="Barang")
        type_fast(pilot, "Sarung tangan las, 4, pasang")  # no price, not entered
        await pilot.pause()
        await keys(pilot, "ctrl+q")
        line = "Sarung tangan las, 4, pasang"
        await wait_until(pilot, lambda: any(line in x for x in said), what="Ctrl+Q's sentence")
        sentence = next(x for x in said if line in x)
        assert t("tui.group.unkept_where") not in sentence, sentence
        assert app.is_running  # the first Ctrl+Q stays

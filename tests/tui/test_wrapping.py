"""A line on screen never ends with "Rp": the amount stays with its sign (pra/tui/wrapping.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from pra import i18n
from pra.i18n import t
from pra.plan.formatting import format_rupiah
from pra.tui import app as app_module
from pra.tui.app import PraApp
from tests.tui.pilot import screen_text, wait_for_text


def business_sentence() -> str:
    """The analysis step's month and capacity sentences, as the summary shows them one after the other."""
    money = format_rupiah
    return " ".join(
        [
            t(
                "plan.business.line_pnl",
                sales=money(2_520_000),
                cost=money(1_145_000),
                fixed=money(300_000),
                profit=money(1_075_000),
            ),
            t(
                "plan.business.capacity_enough",
                profit=money(1_075_000),
                members=5,
                per_member=money(215_000),
                payment=money(51_000),
                paid_for=t("plan.business.paid_for"),
                left=money(164_000),
            ),
        ]
    )


class SentenceScreen(Screen[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text, id="sentence")


class SentenceApp(PraApp):
    """The pra app (its theme, its styles, its text set-up) showing one sentence."""

    CSS_PATH = str(Path(app_module.__file__).with_name("pra.tcss"))

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def get_default_screen(self) -> Screen[Any]:
        return SentenceScreen(self.text)


@pytest.mark.parametrize("width", [100, 60])
async def test_a_long_sentence_with_amounts_never_ends_a_line_with_rp(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.setattr(i18n, "_current", "id")
    sentence = business_sentence()
    app = SentenceApp(sentence)
    async with app.run_test(size=(width, 20)) as pilot:
        await wait_for_text(pilot, "Sebulan biasa")
        lines = [line for line in screen_text(app).splitlines() if line.strip()]
    # the sentence wraps over several lines, and every amount is whole on one of them
    assert len(lines) >= 3
    assert [line for line in lines if line.endswith("Rp")] == []
    shown = " ".join(lines)
    for amount in ("2.520.000", "1.145.000", "300.000", "1.075.000", "215.000", "51.000"):
        assert f"Rp {amount}" in shown
    assert shown == sentence.replace("\u00a0", " ")

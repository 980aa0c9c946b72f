"""Every step and part fits a projector: nothing that matters cut, the focus visible, 80×24 said.

At 100×30 and 120×40, in both languages, on the demo (Palembang), the largest example (Surabaya)
and the maximal synthetic workshop, for every step, every part (F5/F6) and
every group step: no participant name, pledge text or rupiah amount is cut
short, and the focused widget has a thick accent border or reversed text.
At 80×24 the screen says it is too small and how big it must be. Each case
runs in a fresh interpreter (see ``tests/tui/layout_fit.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.tui.layout_check import cut_values, focus_marked, malformed_money, shown_whole

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # a few minutes each on a loaded machine: every step, part and size
@pytest.mark.parametrize(
    ("lang", "workshop"),
    # every example in Indonesian; English (other words, other key labels) on the maximal
    # workshop, whose longest names and amounts are where English could be cut first
    [("id", "palembang"), ("id", "surabaya"), ("id", "synthetic"), ("en", "synthetic")],
)
def test_every_step_fits(lang: str, workshop: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.tui.layout_fit", lang, workshop],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    lines = done.stdout.splitlines()
    bad = [line for line in lines if not line.startswith("ok ")]
    assert done.returncode == 0 and not bad, "\n".join(bad) + done.stderr[-2000:]
    # every step and part at both sizes, and the 80×24 sentence, were looked at
    assert sum("part" in line for line in lines) >= 2 * 22, done.stdout
    assert lines[-1] == "ok at 80x24: says it is too small"


# The checks themselves, on screens written out by hand.

SCREEN = """\
│ 1  Rohani   Rp 200.000  Oven dan c│
│ 2  Masitoh  Rp 1.         Tenaga membuat
│                           kue setiap pagi
│ Swadaya: uang Rp 150.000 · JUMLAH Rp
│ 812.500 · sudah ditepati
│ 3  Yusnaini  Penanggung jawab: Rohani, Ma"""


def test_a_wrapped_value_is_whole() -> None:
    assert shown_whole(SCREEN, "Tenaga membuat kue setiap pagi")
    assert shown_whole(SCREEN, "Rp 812.500")
    assert not shown_whole(SCREEN, "Oven dan cetakan kue")


def test_cut_values_are_found_and_absent_ones_are_not() -> None:
    values = ["Rohani", "Rp 200.000", "Oven dan cetakan kue", "Tenaga membuat kue setiap pagi"]
    values += ["Masitoh", "Rp 1.320.000", "Siti Zubaidah", "Yusnaini Putri"]
    cut = cut_values(SCREEN, values, width=44)
    # "Oven dan c" at a box edge, "Rp 1." before a gap, "Yusnaini" then another cell;
    # Siti Zubaidah is not on screen at all (a row scrolled away is not cut)
    assert cut == ["Oven dan cetakan kue", "Rp 1.320.000", "Yusnaini Putri"]
    assert cut_values(SCREEN, ["Masitoh Dewi"], width=44) == ["Masitoh Dewi"]


def test_malformed_money() -> None:
    assert malformed_money(SCREEN, width=44) == ["Rp 1."]
    assert malformed_money("│ Total Rp 1.200…  │", width=40) == ["Rp 1.200…"]
    assert malformed_money("Jumlah Rp 1.200.000.", width=40) == []
    assert malformed_money("sisa pinjaman Rp 0.", width=40) == []
    assert malformed_money("│ kolom   Rp 51.666│", width=40) == ["Rp 51.666"]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "pra-projector"])
def test_the_focus_check_needs_a_thick_accent_border(theme: str) -> None:
    import asyncio

    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Input

    class Two(App[None]):
        CSS_PATH = str(Path(__file__).resolve().parents[2] / "pra" / "tui" / "pra.tcss")

        def compose(self) -> ComposeResult:
            yield Input(id="plain", compact=True)
            yield DataTable(id="table")

    async def run() -> None:
        from pra.tui.themes import PROJECTOR_THEME

        app = Two()
        app.register_theme(PROJECTOR_THEME)
        app.theme = theme
        async with app.run_test(size=(60, 10)) as pilot:
            field = app.query_one("#plain", Input)
            table = app.query_one("#table", DataTable)
            field.focus()
            await pilot.pause()
            assert focus_marked(app, field) == "thick border (right) on Input"
            assert focus_marked(app, table) is None  # not focused: no mark
            table.focus()
            await pilot.pause()
            assert focus_marked(app, table) == "thick border (left) on DataTable"
            assert focus_marked(app, field) is None

    asyncio.run(run())


async def test_too_small_says_so_takes_no_typing_and_gives_the_focus_back() -> None:
    from textual.widgets import Input

    from pra.i18n import t
    from pra.model import PraStep
    from pra.tui.app import PraApp
    from pra.tui.screen import MIN_SIZE
    from tests.tui.conftest import make_session, palembang
    from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=(100, 30)) as pilot:
        field = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "people-name", what="the name field"
        )
        assert isinstance(field, Input)
        await keys(pilot, "Siti")
        before = app.session.workshop if app.session else None
        await pilot.resize_terminal(80, 24)
        sentence = t("tui.layout.too_small", width=MIN_SIZE[0], height=MIN_SIZE[1])
        await wait_until(
            pilot, lambda: shown_whole(screen_text(app), sentence), what="the too-small sentence"
        )
        await keys(pilot, "d", "x", "enter")
        assert field.value == "Siti"  # nothing typed went into the hidden field
        assert app.session is not None and app.session.workshop is before
        await pilot.resize_terminal(100, 30)
        await wait_for_focus(pilot, lambda w: w is field, what="the name field again")
        assert field.value == "Siti"
        assert not shown_whole(screen_text(app), sentence)

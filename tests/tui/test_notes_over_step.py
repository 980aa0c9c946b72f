"""The notes (F1) lie over the right of the step below 130 columns (#12): the lines the
facilitator reads while they are open (hints, the ideas to choose from, sums) wrap to
the left of them, never run on under them (rev14-facil: "Gagasan usaha: 1. Jahit seragam
sekolah (dipi…" at 100×30)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.containers import Grid
from textual.geometry import Region
from textual.widgets import Static

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_step, wait_until

LINES = ("hint", "form-hint", "summary", "arithmetic", "section-title", "message", "box-title")
"""The step's lines of text: what the facilitator reads with the notes open."""


def _covered(app: PraApp) -> list[str]:
    """The text lines of the step that run on under the notes panel."""
    screen = app.screen
    notes = screen.query_one("#notes").region
    content = screen.query_one("#content")
    cut: list[str] = []
    for widget in content.query(Static):
        region = widget.region
        if not widget.display or not region.overlaps(notes) or not widget.classes & set(LINES):
            continue
        if any(a.has_class("half") or isinstance(a, Grid) for a in widget.ancestors):
            continue  # a half or a quadrant of the step lies under the notes (as tables do)
        lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
        for y, strip in enumerate(lines):
            text = strip.text.rstrip()
            if text and region.x + cell_len(text) > notes.x and region.y + y < notes.bottom:
                cut.append(f"{widget.id or widget.classes}: {text.strip()}")
    return cut


STEPS = (PraStep.SUCCESS, PraStep.PLEDGES, PraStep.CAPITAL, PraStep.ANALYSIS)
"""The group steps with the most lines of text (all 13 steps had lines under the notes; one
app visits these few, to stay cheap)."""


async def test_the_lines_of_the_group_steps_wrap_beside_the_notes_at_100x30() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.SUCCESS)
    found: dict[str, list[str]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await keys(pilot, "f1")
        await wait_until(pilot, lambda: app.screen.query_one("#notes").display, what="notes")
        for step in STEPS:
            app.screen.go(step)  # type: ignore[attr-defined]
            await wait_for_step(pilot, step)
            await pilot.pause()
            cut = _covered(app)
            if step is PraStep.SUCCESS:
                # wrapped, the ideas take more lines: they stay on the screen all the same
                ideas = app.screen.query_one("#business-ideas").region
                if not app.screen.query_one("#content").region.contains_region(ideas):
                    cut.append(f"business-ideas below the screen: {ideas}")
            if cut:
                found[step.value] = cut
        assert not found, found
        # step 9's table lies left of the notes with the columns that fit there: each step's
        # title whole (wrapped) and its cost (rev17-facil: "Mencari tempat: dapur bersama di rum")
        app.screen.go(PraStep.STEPS)  # type: ignore[attr-defined]
        await wait_for_step(pilot, PraStep.STEPS)
        await wait_until(
            pilot,
            lambda: _whole_steps(app),
            what=f"the first steps whole left of the notes: {_left_of_notes(app, '#step-table')}",
        )
        # ...and step 8's: who pledged what (wrapped) and its value (the text lay under them)
        app.screen.go(PraStep.PLEDGES)  # type: ignore[attr-defined]
        await wait_for_step(pilot, PraStep.PLEDGES)
        await wait_until(
            pilot,
            lambda: all(
                _whole(app, "#pledge-table", part)
                for part in ("Syamsul Bahri: Sepeda", "untuk mengantar kue")  # 2 lines
            ),
            what=f"a pledge whole left of the notes: {_left_of_notes(app, '#pledge-table')}",
        )
        assert _whole(app, "#pledge-table", "Rp 300.000")
        # ...and step 11's and 12's tables of amounts, with the columns that fit there (their
        # totals lay under the notes, "Rp 3…"; h-room8): a deduction and each member's share,
        for step, tab, table, parts in (
            (PraStep.CAPITAL, "tab-fund", "#deduction-table", ("Simpanan pokok", "Rp 25.000")),
            # a budget line and its total, the product, its price and its monthly profit
            (PraStep.CAPITAL, "tab-budget", "#budget-table", ("1 Oven Rp 700.000",)),
            # a source and its amount (rev18-facil: "… Dinas Sosial melalui  Rp 5│")
            (PraStep.CAPITAL, "tab-sources", "#source-table", ("Rp 5.000.000",)),
            (PraStep.ANALYSIS, None, "#product-table", ("Kue bolu Rp 1.000 Rp 600.000",)),
            # a fixed cost and its amount (rev18-facil: "Sewa tempat  Rp 50│")
            (PraStep.ANALYSIS, "tab-seasons", "#cost-table", ("Minyak tanah dan gas Rp 120.000",)),
        ):
            app.screen.go(step)  # type: ignore[attr-defined]
            await wait_for_step(pilot, step)
            if tab is not None:
                app.screen.views[step].show_tab(tab)  # type: ignore[attr-defined]
            await wait_until(
                pilot,
                lambda t=table, ps=parts: all(_whole(app, t, part) for part in ps),
                what=f"{parts} left of the notes: {_left_of_notes(app, table)}",
            )


def _left_of_notes(app: PraApp, selector: str) -> list[str]:
    """The lines of ``selector`` on the screen, as far as the notes' left edge."""
    region, notes = app.screen.query_one(selector).region, app.screen.query_one("#notes").region
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    return [line[region.x : notes.x] for line in lines]


def _whole(app: PraApp, selector: str, text: str) -> bool:
    """``text`` is left of the notes, its words in order (wrapped lines joined)."""
    return text in " ".join(" ".join(_left_of_notes(app, selector)).split())


def _whole_steps(app: PraApp) -> bool:
    words = " ".join(_left_of_notes(app, "#step-table")).split()
    wanted = ["Mencari", "tempat:", "dapur", "bersama", "di", "rumah", "ketua", "Rp", "50.000"]
    return all(w in words for w in wanted) and "stimulan" in words

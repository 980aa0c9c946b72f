"""Every step and part at 100×30, 120×40 and 80×24: nothing that matters cut, the focus visible.

Run in a fresh interpreter per language (``python -m tests.tui.layout_fit LANG WORKSHOP``):
key labels are read from the catalogue when the step modules are imported.
Prints one line per screen, ``ok …`` or ``BAD …`` with what is wrong.

For each step (each group step on the first group) and each of its parts
(F6), at each size: every participant name and pledge text is on screen
whole (maybe wrapped) or not at all — never cut short —, no rupiah amount is
cut (``Rp 1.``, or an amount running into the edge of its box or an
ellipsis), and the focused widget has a thick accent border or reversed
text. At 80×24 the screen says it is too small and how big it must be.
"""

from __future__ import annotations

import asyncio
import sys

from pra import i18n
from pra.model import PraStep, Workshop
from pra.resources import example_path
from pra.synthetic import maximal_workshop
from tests.tui.layout_check import cut_values, focus_marked, malformed_money, shown_whole

SIZES = ((100, 30), (120, 40))
SMALL = (80, 24)
PROJECTOR_STEPS = (PraStep.PLEDGES, PraStep.STEPS, PraStep.CAPITAL)
"""Walked again in projector mode (F2), whose margins leave the least room for money and pledges."""


def workshop(name: str) -> Workshop:
    if name == "synthetic":
        return maximal_workshop()
    return Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))


def values_of(ws: Workshop) -> set[str]:
    """Participant names and pledge texts: they must never be cut."""
    names = {p.name for p in ws.participants}
    pledges = {p.description for g in ws.groups for p in g.pledges if p.description}
    return names | pledges


async def _settle(pilot: object) -> None:
    """Let every widget handle what is queued and the screen refresh, three times: a wrapping
    table fills again after the refresh that gives it its box (``fill``), and two bare pauses
    read it before that on a loaded machine ('Rp 240.00' cut). Not ``wait_for_still_screen``:
    a focused field's blinking cursor keeps some screens changing."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for _ in range(3):
        await pilot.pause()
        await pilot.app.screen.wait_for_refresh()


def check_screen(app: object, values: set[str], where: str, width: int) -> str:
    """``ok …`` or ``BAD …`` for what the app shows now."""
    from pra.tui.app import PraApp
    from tests.tui.pilot import screen_text

    assert isinstance(app, PraApp)
    text = screen_text(app)
    problems = []
    cut = cut_values(text, values, width)
    if cut:
        problems.append(f"cut: {cut}")
    bad = malformed_money(text, width)
    if bad:
        problems.append(f"money cut: {bad}")
    why = focus_marked(app, app.focused)
    if why is None:
        problems.append(f"focus not visible on {app.focused!r}")
    return (
        ("BAD " if problems else "ok ")
        + f"{where}: "
        + ("; ".join(problems) if problems else f"focus {why}")
    )


async def check_all(ws: Workshop) -> list[str]:
    """``ok``/``BAD`` lines for every part of every step at every size, then at 80×24.

    One app walks the steps with F8 and their parts with F6, once per size, then
    the steps with money and pledge tables again in projector mode.
    """
    from textual.widgets import TabbedContent, TabPane

    from pra.i18n import t
    from pra.tui.app import PraApp
    from pra.tui.screen import MIN_SIZE, WorkshopScreen
    from tests.tui.conftest import make_session
    from tests.tui.pilot import keys, screen_text, wait_until

    out: list[str] = []
    values = values_of(ws)
    app = PraApp(make_session(ws), step=PraStep.PREPARATION)
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = app.screen
        assert isinstance(screen, WorkshopScreen)
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            for number, step in enumerate(PraStep):
                if number:
                    await keys(pilot, "f8")
                else:
                    screen.go(step)
                await wait_until(
                    pilot,
                    lambda step=step: (
                        screen.current is step
                        and app.focused is not None
                        and app.focused in screen.views[step].walk_children()
                    ),
                    what=f"the focus in {step}",
                )
                tabs = screen.views[step].query(TabbedContent)
                parts = len(tabs.first().query(TabPane)) if tabs else 1
                for part in range(parts):
                    if part:
                        await keys(pilot, "f6")
                    await _settle(pilot)
                    where = f"{step.value} part {part + 1} at {width}x{height}"
                    out.append(check_screen(app, values, where, width))
                if parts > 1:
                    await keys(pilot, "f6")  # back to the first part for the next pass
            # projector mode (F2: wider margins) on the steps with money tables
            await keys(pilot, "f2")
            await wait_until(pilot, lambda: app.projector, what="projector mode")
            for step in PROJECTOR_STEPS:
                screen.go(step)
                await wait_until(
                    pilot,
                    lambda step=step: (
                        screen.current is step
                        and app.focused is not None
                        and app.focused in screen.views[step].walk_children()
                    ),
                    what=f"the focus in {step}",
                )
                tabs = screen.views[step].query(TabbedContent)
                parts = len(tabs.first().query(TabPane)) if tabs else 1
                for part in range(parts):
                    if part:
                        await keys(pilot, "f6")
                    await _settle(pilot)
                    where = f"{step.value} part {part + 1} at {width}x{height} projector"
                    out.append(check_screen(app, values, where, width))
                if parts > 1:
                    await keys(pilot, "f6")
            await keys(pilot, "f2")
            await wait_until(pilot, lambda: not app.projector, what="projector mode off")
            screen.go(PraStep.PREPARATION)
        await pilot.resize_terminal(*SMALL)
        await _settle(pilot)
        sentence = t("tui.layout.too_small", width=MIN_SIZE[0], height=MIN_SIZE[1])
        said = shown_whole(screen_text(app), sentence)
        out.append(f"{'ok' if said else 'BAD'} at 80x24: says it is too small")
    return out


async def _main(lang: str, name: str) -> int:
    i18n.set_language(lang)  # type: ignore[arg-type]
    bad = 0
    for line in await check_all(workshop(name)):
        bad += line.startswith("BAD")
        print(line, flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main(sys.argv[1], sys.argv[2])))

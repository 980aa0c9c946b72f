"""Does every key the footer shows fit? ``python -m tests.tui.footer_fit LANG [WIDTH]``.

Run in a fresh interpreter per language: key labels are read from the catalogue
when the step modules are imported. Prints one line per screen and exits 1 if a
footer needs more columns than it has (the keys left of the palette key).
"""

from __future__ import annotations

import asyncio
import sys

from pra import i18n
from pra.model import PraStep

WIDTH = 120
"""The width the snapshots use; ``WIDTH`` on the command line checks another (100: the narrowest)."""
CASES: list[tuple[str, PraStep, tuple[str, ...]]] = [
    ("preparation", PraStep.PREPARATION, ()),
    ("participants_table", PraStep.PARTICIPANTS, ("tab",)),
    ("problems_list", PraStep.PROBLEMS, ("tab",)),
    ("problems_vote", PraStep.PROBLEMS, ("f6",)),
    # pairwise (^o), a pair asked: ← → beside the step keys (rev18-facil: "Bagian ▶" was cut)
    ("problems_pairwise", PraStep.PROBLEMS, ("f6", "ctrl+o")),
    ("problems_results", PraStep.PROBLEMS, ("f6", "f6")),
    ("potentials_skills", PraStep.POTENTIALS, ("tab",)),
    ("ideas_matrix", PraStep.IDEAS, ("f6", "f6")),
    # the member table: its officer keys (^k ^e ^r) beside F9 and the step keys
    ("ideas_members", PraStep.IDEAS, ("f6", "f6", "f6", "tab")),
    ("success_table", PraStep.SUCCESS, ("tab", "tab")),
    ("pledges_table", PraStep.PLEDGES, ("tab", "tab", "tab", "tab", "tab")),
    ("calendar_grid", PraStep.CALENDAR, ()),
    ("capital_repayment", PraStep.CAPITAL, ("f6", "f6")),
    ("review", PraStep.REVIEW, ()),
]


async def _need_and_room(
    step: PraStep, presses: tuple[str, ...], width: int
) -> tuple[int, int, str]:
    from textual.widgets import Footer

    from pra.tui.app import PraApp
    from tests.tui.conftest import make_session, palembang
    from tests.tui.pilot import screen_text

    app = PraApp(make_session(palembang()), step=step)
    async with app.run_test(size=(width, 30 if width < WIDTH else 40)) as pilot:
        await pilot.pause()
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        parts = [w for w in footer.children if not w.has_class("-command-palette")]
        palette = [w for w in footer.children if w.has_class("-command-palette")]
        need = sum(w.outer_size.width + w.styles.margin.width for w in parts)
        room = footer.size.width - sum(w.outer_size.width for w in palette)
        return need, room, screen_text(app).splitlines()[-1].strip()  # the footer's row


async def _main(lang: str, width: int) -> int:
    i18n.set_language(lang)  # type: ignore[arg-type]
    over = 0
    for name, step, presses in CASES:
        need, room, shown = await _need_and_room(step, presses, width)
        fits = need <= room and need > 0
        over += not fits
        print(f"{'ok' if fits else 'OVER'} {name}: {need}/{room} {shown}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else WIDTH)))

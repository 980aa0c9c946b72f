"""A typed amount is never split over two lines: ``Rp`` / ``1.500``, ``1,5`` / ``rb``.

Product names, step titles and pledges are typed with ordinary spaces; where they
wrap (a table's long-text column), the spaces inside an amount are kept no-break,
as the formatter's own ``Rp 1.500`` is (pra/tui/wrapping.py).
"""

from __future__ import annotations

import re

from pra.edit import analysis as edits
from pra.model import PraStep
from pra.tui.wrapping import keep_amounts
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.pilot import screen_text, wait_for_step, wait_for_still_screen, wait_until

# names of every length from 30 to 41 characters before the amounts: one of them puts
# "Rp", "1,5" or "2" at the end of a wrapped line, whatever the column's width
NAMES = [f"Es teh {'x' * k} gelas besar Rp 1.500 atau 1,5 rb atau 2 juta" for k in range(12)]


def test_the_spaces_inside_amounts_are_kept_together() -> None:
    assert keep_amounts("Kue Rp 1.500 atau rp. 2.000, 1,5 rb, 2 juta, 3 jt, 50 ribu") == (
        "Kue Rp\u00a01.500 atau rp.\u00a02.000, 1,5\u00a0rb, 2\u00a0juta, 3\u00a0jt, 50\u00a0ribu"
    )
    # words that only begin or end like an amount are left alone
    assert keep_amounts("Grp 12 · 12 rbx · 3 jutawan") == "Grp 12 · 12 rbx · 3 jutawan"


def _split(text: str) -> list[str]:
    """Lines where an amount stops: ``Rp`` not followed by its number, a number whose size
    (``rb``, ``juta``) is not beside it."""
    bad = []
    for line in text.splitlines():
        if re.search(r"\bRp(?! \d)", line) or re.search(r"(?<![\d,] )\b(rb|juta)\b", line):
            bad.append(line)
    return bad


async def test_product_names_with_amounts_wrap_around_them_at_100x30() -> None:
    ws = palembang()
    for name in NAMES:
        ws = edits.add_product_line(ws, SEDAP, f"{name}, gelas, 2.000, 800, 100")
    app = group_app(PraStep.ANALYSIS, ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.ANALYSIS)
        await wait_until(pilot, lambda: "gelas besar" in screen_text(app), what="the products")
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert text.count("gelas besar") >= 3, text  # several of them on screen, wrapped
        assert _split(text) == [], text

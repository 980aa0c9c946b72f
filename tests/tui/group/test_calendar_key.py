"""The calendar at 100×30 says what its codes and symbols mean, and only what it shows.

The people column shows codes (``RO MA``): the key under the grid names each code shown
(``RO = Rohani``) and is on screen, not below it; the legend lists exactly the
symbols the grid uses (no ``✕`` when no period is marked as not working).
"""

from __future__ import annotations

import re

from pra.edit import calendar as calendar_edits
from pra.edit import steps as step_edits
from pra.model import PraStep, Workshop
from tests.tui.conftest import palembang
from tests.tui.group.conftest import SEDAP, group_app
from tests.tui.layout_check import shown_whole
from tests.tui.pilot import screen_text, wait_for_step, wait_for_still_screen

SIZE = (100, 30)


async def _calendar(ws: Workshop) -> tuple[list[str], list[str]]:
    """The grid's people column (codes per row) and the lines under the grid, from the screen."""
    app = group_app(PraStep.CALENDAR, ws)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        await wait_for_still_screen(pilot)
        lines = screen_text(app).splitlines()[:-2]  # not the status line and the footer
    head = next(i for i, line in enumerate(lines) if "Oleh" in line and "Langkah" in line)
    column = lines[head].index("Oleh")
    key = next((i for i, line in enumerate(lines) if "Oleh: " in line), None)
    assert key is not None, "no key 'Oleh: RO = Rohani …' on screen:\n" + "\n".join(lines)
    codes = [line[column : column + 9].split() for line in lines[head + 2 : key]]
    return [c for row in codes for c in row], lines[key:]


def _legend(lines: list[str]) -> str:
    return "\n".join(re.sub(r"^[│╰][^│╯]*[│╯] ?", "", line) for line in lines)


async def test_every_code_shown_is_named_under_the_grid_and_only_the_symbols_shown() -> None:
    codes, under = await _calendar(palembang())
    legend = _legend(under)
    names = {"RO": "Rohani", "MA": "Masitoh", "SI": "Siti Zubaidah", "AI": "Aisyah"}
    names |= {"FA": "Fatimah", "SY": "Syamsul Bahri", "YU": "Yusnaini", "HE": "Herlina"}
    names |= {"NU": "Nurbaya", "RU": "Rusmini"}
    assert set(codes) == set(names)
    for code, name in names.items():
        assert shown_whole(legend, f"{code} = {name}"), (code, legend)
    # the 12 weeks hold no holiday (Lebaran is week 13): no ✕, no ■!, no holiday line
    assert "✕" not in legend and "■!" not in legend, legend
    assert "■■ berjalan" in legend and "· tidak berjalan" in legend
    assert "★ jalur kritis" in legend


async def test_a_step_without_anyone_and_a_holiday_in_the_plan_are_explained() -> None:
    ws = palembang()
    group = ws.group(SEDAP)
    assert group is not None
    second = group.steps[1]  # "Mencari tempat", Rohani alone
    ws = step_edits.toggle_responsible(ws, SEDAP, second.id, second.responsible_ids[0])
    ws = calendar_edits.add_blackout(ws, SEDAP, "Panen", "15-09-2003", "21-09-2003")
    codes, under = await _calendar(ws)
    legend = _legend(under)
    assert "–" in codes
    assert "– = belum ada penanggung jawab" in " ".join(legend.split())
    # week 3 is not worked: step 5 runs then (■!), the others show ✕
    assert "■! berjalan di masa tidak bisa bekerja" in " ".join(legend.split())
    assert "✕ tidak bisa bekerja" in legend
    assert shown_whole(legend, "✕ Tidak bisa bekerja: Panen (15 September 2003 – 21 September")
    assert "Lebaran" not in legend  # week 13 is not on the grid

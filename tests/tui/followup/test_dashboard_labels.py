"""The progress tab's fields keep a label once filled, at 100×30 (rev15 F11).

Their only words were placeholders: with the dates in, the row read "06-05-2004  04-07-2004
04-07-2004", and which date ends the mentoring (mandiri) and which only dates the figures
could not be read off the screen.
"""

from __future__ import annotations

import re

from textual.widgets import Input

from pra.edit import followup as fu
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.followup.conftest import SEDAP
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until


async def test_each_filled_field_has_its_label_beside_it_at_100x30() -> None:
    ws = fu.set_independent(palembang(), SEDAP, "04-07-2004")
    app = PraApp(make_session(ws))
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "fu-mentor", what="the mentor"
        )
        await keys(pilot, "tab", "tab", "tab", "tab")  # the LKM, its day, mandiri, the figures' day
        await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "fu-on", what="the figures' day"
        )
        await keys(pilot, *"05-07-2004", "enter")
        await wait_until(pilot, lambda: "Per 5 Juli 2004" in screen_text(app), what="the day kept")
        await keys(pilot, "tab")  # the figures' day is left: its field shows its value whole
        lines = screen_text(app).splitlines()
        names = next(line for line in lines if "Hendra Saputra" in line)
        assert re.search(r"Pendamping\s+.?Hendra Saputra \(Yayasan Bina Vitalis\)", names), names
        assert re.search(r"LKM\s+.?BMM \(Bina Masyarakat Mandiri\) Palembang", names), names
        dates = next(line for line in lines if "06-05-2004" in line)
        assert re.search(r"Terhubung ke LKM tgl\s+.?06-05-2004", dates), dates
        assert re.search(r"Mandiri sejak\s+.?04-07-2004", dates), dates
        assert re.search(r"Angka per tanggal\s+.?05-07-2004", dates), dates
        # the way to the figures below is still said, whole
        assert any("Tab ke angka di bawah, ↑/↓ PgDn gulir" in line for line in lines), lines

"""The progress tab at 100×30 (the shipped Palembang follow-up): names, amounts and counts whole."""

from __future__ import annotations

import re

from textual.widgets import Input

from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.layout_check import malformed_money
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_still_screen


async def test_the_mentor_the_arrears_and_each_meetings_count_are_whole() -> None:
    app = PraApp(make_session(palembang()))
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "f4", "f6", "f6")
        await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.id == "fu-mentor", what="the mentor"
        )
        await keys(pilot, "tab")  # the mentor's field shows the start of its value when left
        await wait_for_still_screen(pilot)
        text = screen_text(app)
        assert "Hendra Saputra (Yayasan Bina Vitalis)" in text, text
        # the arrears are an amount like any other: "Rp 0" on one line, never "Rp" / "0"
        assert re.search(r"tunggakan\s+anggota\s+Rp \d", text), text
        assert not any(line.rstrip().endswith("Rp") for line in text.splitlines()), text
        reflection = "Kelompok menilai sendiri bahwa kekompakan dan pencatatan membuat usaha"
        assert reflection in text, text
        assert malformed_money(text, 100) == [], text
        # every meeting's day with its count: "1 Apr 10/10", never "1 Apr" / "10/10"
        lines = text.splitlines()
        start = next(i for i, line in enumerate(lines) if "Kehadiran:" in line)
        attendance = " ".join(lines[start : start + 3])
        counts = re.findall(r"\d+/\d+", attendance)
        days = re.findall(r"\d{1,2} [A-Z][a-z]{2} \d+/\d+", attendance)
        assert len(days) == len(counts) == 8, attendance

"""F1 in a follow-up meeting says what is typed in the line the focus is in (review10t finding 7).

The problem, follow-up, Jual, Biaya and Catatan lines all showed the meeting's sentence
("Tanggal pertemuan lalu Enter · di tabel anggota …"); nothing explained the follow-up's
``apa, oleh siapa, tanggal``.
"""

from __future__ import annotations

from textual.widgets import Static

from pra import i18n
from pra.edit import followup as fu
from pra.model import PraStep
from pra.tui.app import PraApp
from pra.tui.keys import key_text
from tests.tui.conftest import make_session
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, wait_for_focus, wait_until

WIDE = (140, 40)
"""Wide enough that the notes panel is open beside the step."""


async def test_f1_names_what_each_meeting_line_takes() -> None:
    i18n.set_language("id")
    ws = fu.add_meeting(cleared(), "g-jaya-bersama", "06-09-2003")
    app = PraApp(make_session(ws), step=PraStep.SUCCESS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.screen.focused is not None, what="a focus")
        await keys(pilot, "f4")
        await wait_for_focus(pilot, lambda w: w is not None and w.id == "fu-date", what="date")
        await keys(pilot, "f1")
        notes = app.screen.query_one("#notes-keys", Static)
        await wait_until(pilot, lambda: notes.display, what="the notes (F1) open")
        meeting = i18n.t("notes.parts.followup.fu-tab-meeting")
        seen: dict[str, str] = {}
        for line in ("fu-problem", "fu-action", "fu-sales", "fu-costs", "fu-notes"):
            for _ in range(12):
                if getattr(app.screen.focused, "id", None) == line:
                    break
                await keys(pilot, "tab")
            await wait_for_focus(
                pilot, lambda w, line=line: getattr(w, "id", None) == line, what=line
            )
            said = key_text(app.screen, f"notes.parts.followup.{line}")
            await wait_until(
                pilot, lambda said=said: said in str(notes.render()), what=f"{line}'s sentence"
            )
            assert meeting not in str(notes.render()), line
            seen[line] = said
        assert "apa, oleh siapa, tanggal" in seen["fu-action"]
        assert "Mengunjungi Aisyah, oleh Rohani, 12-02-2004" in seen["fu-action"]
        assert seen["fu-sales"].startswith("Jual: penjualan usaha sejak pertemuan lalu")
        assert seen["fu-costs"].startswith("Biaya: biaya usaha sejak pertemuan lalu")
        assert seen["fu-notes"].startswith("Catatan pendamping")
        assert len(set(seen.values())) == 5  # a sentence per line
        # the member table: the key that ticks as the footer writes it ("spasi"), not "Enter" alone
        await keys(pilot, "shift+tab")
        for _ in range(12):
            if getattr(app.screen.focused, "id", None) == "fu-members":
                break
            await keys(pilot, "shift+tab")
        said = key_text(app.screen, "notes.parts.followup.fu-members")
        assert said.startswith("Di tabel anggota: spasi atau Enter pada kolom Hadir"), said
        await wait_until(pilot, lambda: said in str(notes.render()), what="the table's sentence")

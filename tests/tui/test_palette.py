"""The command palette (Ctrl+P) speaks the facilitator's language: no English in Indonesian."""

from __future__ import annotations

import re

from textual.command import CommandPalette
from textual.pilot import Pilot

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import SIZE, make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_text, wait_until

ENGLISH = re.compile(
    r"\b(Keys|Maximi[sz]e|Minimi[sz]e|Quit|Screenshot|Theme|themes?|Search|commands?|"
    r"application|possible|Show|Hide|help|focused|widget|current|Change|Save|the|and|for)\b"
)
"""Words of Textual's own commands and prompts (none is an Indonesian word)."""


async def _every_line_of_the_palette(pilot: Pilot[None], app: PraApp, options: int) -> str:
    """The palette's text while its highlight goes down every option (the list scrolls)."""
    seen: dict[str, None] = {}
    for _ in range(options + 1):
        for line in screen_text(app).splitlines():
            seen.setdefault(line.strip())
        await keys(pilot, "down")
    return "\n".join(seen)


async def test_the_palette_lists_no_english_in_indonesian() -> None:
    ws = palembang()
    app = PraApp(make_session(ws), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "ctrl+p")
        await wait_until(
            pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette open"
        )
        await wait_for_text(pilot, "Langkah: 1 Persiapan")
        options = len(PraStep) + len(ws.groups) + len(ws.participants) + 5
        text = await _every_line_of_the_palette(pilot, app, options)
        assert ENGLISH.findall(text) == [], text
        # the facilitator's own commands are offered, Textual's are not
        for command in (
            "Catatan fasilitator",
            "Mode proyektor",
            "Simpan di tempat lain",
            "Warna tampilan",
            "Keluar",
            "Peserta: Rohani",
        ):
            assert command in text
        # the colour themes are asked for in Indonesian too
        await keys(pilot, "Warna tampilan")
        await wait_for_text(pilot, "Pilih tema warna layar")
        await keys(pilot, "enter")
        await wait_for_text(pilot, "Cari tema warna")
        assert ENGLISH.findall(screen_text(app)) == [], screen_text(app)
        # a query that matches nothing says so in Indonesian, not "No matches found" (rev15
        # P8), in the themes' palette as in the first one
        await keys(pilot, *"zzqx")
        await wait_for_text(pilot, "Tidak ada yang cocok dengan ketikan ini.")
        assert "No matches" not in screen_text(app)
        await keys(pilot, "escape")
        await wait_until(
            pilot, lambda: not isinstance(app.screen, CommandPalette), what="the palette closed"
        )
        await keys(pilot, "ctrl+p")
        await wait_until(
            pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette again"
        )
        await keys(pilot, *"selesai zzqx")
        await wait_for_text(pilot, "Tidak ada yang cocok dengan ketikan ini.")
        assert "No matches" not in screen_text(app)


async def test_the_palette_commands_do_what_they_say() -> None:
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "ctrl+p", "proyektor")
        await wait_for_text(pilot, "Mode proyektor")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: app.projector, what="projector mode on")


async def test_the_colour_themes_are_ours_and_named_in_indonesian() -> None:
    """review10t finding 11: "Warna tampilan" listed ansi-dark, atom-one-light,
    catppuccin-frappe, dracula, flexoki … untranslated in Indonesian mode."""
    app = PraApp(make_session(palembang()), step=PraStep.PROBLEMS)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "ctrl+p", "Warna tampilan")
        await wait_for_text(pilot, "Pilih tema warna layar")
        await keys(pilot, "enter")
        await wait_for_text(pilot, "Cari tema warna")
        text = await _every_line_of_the_palette(pilot, app, 5)
        for label in (
            "Gelap (bawaan)",
            "Terang",
            "Warna terminal, gelap",
            "Warna terminal, terang",
            "Proyektor, kontras tinggi",
        ):
            assert label in text, text
        for english in ("dracula", "catppuccin", "nord", "monokai", "textual-dark", "ansi-dark"):
            assert english not in text, text
        await keys(pilot, "Terang")
        await wait_for_text(pilot, "Terang")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: app.theme == "textual-light", what="the light theme")

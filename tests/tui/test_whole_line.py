"""A one-line field's value wider than the field is shown whole, wrapped under it, at 100x30.

A one-line field scrolls sideways: at 100 columns the preparation's two
facilitators and a capital rule in a sentence were cut (the end while the field
is left, the start while the cursor is at the end).
"""

from __future__ import annotations

from textual.widgets import Input

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_for_still_screen, wait_until

SIZE = (100, 30)
FACILITATORS_END = "Sumatera Selatan)"
"""The end of Palembang's facilitators, "… Dra. Rosmala Dewi (Dinas Sosial Provinsi Sumatera Selatan)"."""


def _content(app: PraApp) -> str:
    """The text right of the step list, its lines joined: a wrapped sentence reads as one."""
    parts = [line.split("│", 2)[-1] for line in screen_text(app).splitlines()]
    return " ".join(" ".join(parts).split())


async def test_the_facilitators_are_shown_whole_in_the_preparation() -> None:
    ws = palembang()
    assert ws.info.facilitators[-1].endswith(FACILITATORS_END)
    app = PraApp(make_session(ws), step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: FACILITATORS_END in screen_text(app), what="the facilitators' end"
        )
        assert "Drs. Bambang Wijaya (peneliti)" in screen_text(app)


async def test_a_long_rule_typed_in_the_capital_step_is_shown_whole() -> None:
    rule = "Setiap pertemuan anggota menabung paling sedikit lima ribu rupiah, dicatat bendahara di buku kas"
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: bool(app.screen.query("#cap-voluntary_savings")), what="the capital form"
        )
        field = app.screen.query_one("#cap-voluntary_savings", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the voluntary savings rule")
        field.value = ""
        await keys(pilot, rule)
        # while the cursor is at its end the field shows the end; the start is under it
        await wait_until(pilot, lambda: rule in _content(app), what="the whole rule while typing")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: rule in _content(app), what="the whole rule once kept")


async def test_a_value_that_fits_its_field_is_not_shown_a_second_time() -> None:
    """Issue #12: a value shown in its field and again, whole, on the line under it. The line
    under it is for a value the field cuts: a value exactly as wide as the field is cut (its
    first letter) only while the cursor sits after it; once the field is left, it is shown
    whole in the field and once."""
    from textual.widgets import Static

    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#f-title", Input)
        await wait_for_focus(pilot, lambda w: w is field, what="the title")
        # the field's width once the screen has its layout (measured before it settles, on a
        # loaded machine, the title was not the field's width and rightly shown twice)
        await wait_for_still_screen(pilot)
        width = field.content_size.width
        words = "Lokakarya PRA Pemberdayaan Migran Kelurahan 13 Ilir Kota Palembang Sumsel 2003 "
        title = (words * 3)[:width].rstrip()
        title = title + "x" * (width - len(title))  # exactly the field's width
        assert len(title) == width
        field.value = ""
        await keys(pilot, title)
        whole = field.parent.query_one(".whole-text", Static) if field.parent else None
        assert whole is not None
        # typing, the cursor after the text: the field shows its end, the start is under it
        await wait_until(pilot, lambda: whole.display, what="the whole title while typing")
        await keys(pilot, "tab")
        await wait_until(pilot, lambda: not field.has_focus, what="the title left")
        await wait_until(pilot, lambda: not whole.display, what="no second copy of the title")
        below_title_bar = screen_text(app).splitlines()[1:]  # the title bar names it too
        assert sum(line.count(title) for line in below_title_bar) == 1, below_title_bar
        # one letter more and the field cuts it, left or not: the whole title is under it
        field.value = title + "s"
        await wait_until(pilot, lambda: whole.display, what="the whole longer title")
        await wait_until(pilot, lambda: title + "s" in _content(app), what="the longer title whole")


def _below_title_bar(app: PraApp) -> str:
    return "\n".join(screen_text(app).splitlines()[1:])  # the title bar names the workshop


async def test_a_long_value_left_is_shown_once_whole_and_keeps_its_tab_stop() -> None:
    """Issue #12 (s13-forms, item 5): "Fasilitator" showed its value twice, once cut in the
    field ("… (Dinas Sosi") and once whole under it. Left, the field folds and its whole
    text stands in its place, once; Tab and Shift+Tab still reach the field."""
    start = "Drs. Bambang Wijaya (peneliti)"
    app = PraApp(make_session(palembang()), step=PraStep.PREPARATION)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: FACILITATORS_END in screen_text(app), what="the facilitators' end"
        )
        await wait_until(
            pilot, lambda: _below_title_bar(app).count(start) == 1, what="the value shown once"
        )
        venue = app.screen.query_one("#f-venue", Input)
        facilitators = app.screen.query_one("#f-facilitators", Input)
        mentor = app.screen.query_one("#f-mentor", Input)
        venue.focus()
        await wait_for_focus(pilot, lambda w: w is venue, what="the venue")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is facilitators, what="Tab to the facilitators")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, lambda w: w is mentor, what="Tab on to the mentor")
        await wait_until(
            pilot, lambda: _below_title_bar(app).count(start) == 1, what="once again, left"
        )
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, lambda w: w is facilitators, what="Shift+Tab back to it")


async def test_the_voluntary_savings_rule_left_is_shown_once_whole() -> None:
    """Issue #12 (s13-forms, item 5): "Simpanan sukarela (aturannya)" showed Sedap Malam's rule
    cut in the field and again whole under it."""
    app = PraApp(make_session(palembang()), step=PraStep.CAPITAL)
    async with app.run_test(size=SIZE) as pilot:
        rule = "Simpanan sukarela setiap pertemuan mingguan"
        await wait_until(pilot, lambda: rule in screen_text(app), what="the savings rule")
        await wait_until(
            pilot, lambda: _below_title_bar(app).count(rule) == 1, what="the rule shown once"
        )
        assert "dicatat bendahara." in _content(app)

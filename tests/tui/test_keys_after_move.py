"""Keys typed right after a step or tab change land in the step or tab they were typed for
(issue #12: a fast facilitator at 100x30 on a loaded machine).

A step opened for the first time takes the focus only after its first refresh,
while the keys typed behind the step key were already handed on: ``F8`` then
``Siti Aminah, P, 03, KK`` Enter saved "i Aminah" (the first letters reached no
field). The keys here are sent at once (:func:`tests.tui.pilot.type_fast`), as a
fast typist's terminal does, and the saved workshop is read back.
"""

from __future__ import annotations

from textual.widgets import Input, OptionList, Select, TabbedContent

from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session, palembang
from tests.tui.group.conftest import group_app
from tests.tui.pilot import keys, type_fast, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)


def _app(step: PraStep, saver: MemorySaver) -> PraApp:
    return PraApp(make_session(palembang(), saver=saver), step=step)


async def test_f8_then_a_participant_line_adds_her_whole_name() -> None:
    """Persiapan, ``F8`` + ``Siti Aminah, P, 03, KK`` + Enter in one burst: "Siti Aminah"."""
    saver = MemorySaver()
    app = _app(PraStep.PREPARATION, saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        type_fast(pilot, "f8", "Siti Aminah, P, 03, KK", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and any("Aminah" in p.name for p in saver.saved[-1].participants),
            what="the new participant saved",
        )
        names = [p.name for p in saver.saved[-1].participants if "Aminah" in p.name]
        assert names == ["Siti Aminah"]


async def test_f8_then_two_problems_adds_both_whole() -> None:
    """Peserta, ``F8`` + two problems each with Enter in one burst: both, word for word."""
    saver = MemorySaver()
    app = _app(PraStep.PARTICIPANTS, saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        before = [p.title for p in app.session.workshop.problems]
        type_fast(pilot, "f8", "Modal usaha kurang", "enter", "Banjir kalau hujan deras", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and any("hujan" in p.title for p in saver.saved[-1].problems),
            what="the second problem saved",
        )
        titles = [p.title for p in saver.saved[-1].problems]
        assert titles == [*before, "Modal usaha kurang", "Banjir kalau hujan deras"]


async def test_palette_to_peserta_then_a_line_adds_the_whole_name() -> None:
    """``Ctrl+P`` ``Peserta`` Enter, then a participant line: no letter lost."""
    saver = MemorySaver()
    app = _app(PraStep.PREPARATION, saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await keys(pilot, "ctrl+p", "Peserta")
        palette = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.value == "Peserta", what="the palette"
        )
        hits = palette.screen.query_one(OptionList)
        await wait_until(
            pilot,
            lambda: hits.option_count > 0 and "Peserta" in str(hits.get_option_at_index(0).prompt),
            what="the palette offers Peserta first",
        )
        type_fast(pilot, "enter", "Ani Lestari, P, 02", "enter")
        await wait_until(
            pilot,
            lambda: saver.saved and any("Lestari" in p.name for p in saver.saved[-1].participants),
            what="the new participant saved",
        )
        names = [p.name for p in saver.saved[-1].participants if "Lestari" in p.name]
        assert names == ["Ani Lestari"]


async def test_f8_then_f6_four_times_then_a_word_goes_to_the_fifth_tab() -> None:
    """Kalender, ``F8`` to Modal (opened for the first time), ``F6`` ×4 and ``Hibah`` in one
    burst: the sources tab is open, its first field (the kind of source) still says a grant,
    and the word, typed on that closed dropdown, is whole in the source form's line beside it.

    (The F6 keys reached the view before it was built: Textual refused the tab, "No Tab with
    id '--content-tab-tab-budget'", and the app stopped.)"""
    app = group_app(PraStep.CALENDAR)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.CALENDAR)
        type_fast(pilot, "f8", "f6", "f6", "f6", "f6", "Hibah")
        field = await wait_for_focus(
            pilot,
            lambda w: isinstance(w, Input) and w.value == "Hibah",
            what="the word in the source form's line",
        )
        assert app.screen.query_one("#cap-tabs", TabbedContent).active == "tab-sources"
        assert app.screen.query_one("#source-form") in field.ancestors
        assert app.screen.query_one("#source-form-kind", Select).value == "grant"


async def test_f4_then_a_date_at_once_gives_the_new_meeting_the_whole_date() -> None:
    """``F4`` + ``17-08-2004`` in one burst: the follow-up's date field holds the whole date
    (the follow-up screen puts the focus there after its first refresh)."""
    from tests.tui.followup.data import followed

    app = PraApp(make_session(followed()))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        type_fast(pilot, "f4", "17-08-2004")
        field = await wait_for_focus(
            pilot,
            lambda w: isinstance(w, Input) and w.id == "fu-date" and w.value.endswith("2004"),
            what="the date typed",
        )
        assert isinstance(field, Input) and field.value == "17-08-2004"


async def test_enter_on_no_matches_holds_no_key() -> None:
    """``Ctrl+P``, a word nothing matches, Enter: the palette stays open and chooses nothing,
    so the keys after it are not held (they waited 10 s for a command that never ran), and
    Escape closes the palette."""
    from textual.command import CommandPalette

    saver = MemorySaver()
    app = _app(PraStep.PREPARATION, saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.PREPARATION)
        await keys(pilot, "ctrl+p", "qzxqzx")
        palette = await wait_for_focus(
            pilot, lambda w: isinstance(w, Input) and w.value == "qzxqzx", what="the palette"
        )
        hits = palette.screen.query_one(OptionList)
        await wait_until(
            pilot,
            lambda: hits.option_count == 1 and hits.get_option_at_index(0).disabled,
            what="the palette says nothing matches",
        )
        await keys(pilot, "enter")
        assert isinstance(app.screen, CommandPalette)
        assert not app.holding_keys
        await keys(pilot, "escape")
        await wait_until(
            pilot, lambda: not isinstance(app.screen, CommandPalette), what="the palette closed"
        )
        assert not app.holding_keys

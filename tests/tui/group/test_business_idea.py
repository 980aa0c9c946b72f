"""The group's business in its own step (lingkaran sukses): typing replaces it, an idea is picked
by its number or name, and leaving the workshop's idea for other words is said."""

from __future__ import annotations

from textual.widgets import Input, Static

from pra.model import PraStep
from tests.tui.conftest import SIZE
from tests.tui.group.conftest import JAYA, SEDAP, group_app, screen_of
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until


def _messages(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


async def test_typing_replaces_the_business_and_an_idea_is_picked_by_number() -> None:
    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        ws = app.session.workshop
        field = app.screen.query_one("#group-business", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the business field")
        # typed words replace the business shown, never join it
        await keys(pilot, "Katering nasi kotak")
        await wait_until(pilot, lambda: "Katering nasi kotak" in field.value, what="typed")
        assert field.value == "Katering nasi kotak"  # on main: "Membuat dan berdagang kueKatering…"
        # the workshop's ideas, numbered, the group's own marked
        ideas = app.screen.query_one("#business-ideas", Static)
        assert "1.\u00a0Dagang kue (dipilih)" in str(ideas.render())
        assert "3.\u00a0Jualan pempek ·" in str(ideas.render())
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).business == "Katering nasi kotak",  # type: ignore[union-attr]
            what="the new business",
        )
        assert app.session.workshop.group(SEDAP).idea_id is None  # type: ignore[union-attr]
        await wait_until(
            pilot,
            lambda: any('bukan lagi gagasan usaha "Dagang kue"' in m for m in _messages(app)),
            what="the toast saying the idea was left",
        )
        assert any("membatalkan" in m for m in _messages(app) if "bukan lagi" in m)
        assert "(dipilih)" not in str(ideas.render())
        # Ctrl+Z gives the idea back, the field shows it, and leaving the field keeps it
        await keys(pilot, "ctrl+z")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).idea_id == "idea-kue",  # type: ignore[union-attr]
            what="the idea back",
        )
        await wait_until(pilot, lambda: field.value == "Membuat dan berdagang kue", what="shown")
        await keys(pilot, "shift+tab", "tab")
        await wait_for_focus(pilot, lambda w: w is field, what="the business field again")
        assert app.session.workshop.group(SEDAP).idea_id == "idea-kue"  # type: ignore[union-attr]
        # an idea's number picks it: the field then shows its name
        app.clear_notifications()
        await keys(pilot, "3", "enter")  # back in the field, typing replaces it
        pempek = ws.ideas[2]
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).idea_id == pempek.id,  # type: ignore[union-attr]
            what="idea 3 picked",
        )
        assert app.session.workshop.group(SEDAP).business == pempek.name  # type: ignore[union-attr]
        await wait_until(pilot, lambda: field.value == pempek.name, what="the idea's name shown")
        assert f'gagasan usaha 3: "{pempek.name}"' in " ".join(_messages(app))
        assert "3.\u00a0Jualan pempek (dipilih)" in str(ideas.render())
        # a number that is no idea's is refused, and nothing changes
        await keys(pilot, "ctrl+u", "9", "enter")
        await pilot.pause()
        assert app.session.workshop.group(SEDAP).idea_id == pempek.id  # type: ignore[union-attr]
        # the value stays selected however it comes, so the room's next choice replaces it
        # (rev14-facil 3: "Jualan pempekdagang kue", "Warung nasi kuning1", idea unlinked)
        await keys(pilot, "ctrl+u", "kue lapis", "enter")  # Enter keeps words no idea's
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).business == "kue lapis",  # type: ignore[union-attr]
            what="the free words kept",
        )
        await keys(pilot, "1", "enter")  # after Enter: "1" replaces them and picks idea 1
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).idea_id == ws.ideas[0].id,  # type: ignore[union-attr]
            what="idea 1 picked after Enter",
        )
        await keys(pilot, "ctrl+z")  # the undone business is shown selected
        await wait_until(pilot, lambda: field.value == "kue lapis", what="the undone words")
        await keys(pilot, "3")
        assert field.value == "3"  # without the fix: "dagang kue3"
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).idea_id == pempek.id,  # type: ignore[union-attr]
            what="idea 3 picked after Ctrl+Z",
        )
        await keys(pilot, "f3")  # the next group's business arrives selected
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="the next group")
        await wait_until(
            pilot,
            lambda: field.value == app.session.workshop.group(JAYA).business,  # type: ignore[union-attr]
            what="Jaya Bersama's business shown",
        )
        assert app.focused is field
        await keys(pilot, "2")
        assert field.value == "2"  # without the fix: "Menjahit pakaian, … permak2"
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(JAYA).idea_id == ws.ideas[1].id,  # type: ignore[union-attr]
            what="idea 2 picked after F3",
        )


async def test_the_group_words_its_business_and_keeps_its_idea() -> None:
    """rev14-facil: any edit of a linked business's words unlinked it. ``3: own words`` links
    idea 3 in those words; new words holding the idea's name keep it, and the toast says so; a
    free name unlinks, and the toast says how to keep the idea."""
    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="Jaya Bersama")
        field = app.screen.query_one("#group-business", Input)
        field.focus()
        await wait_for_focus(pilot, lambda w: w is field, what="the business field")
        jaya = lambda: app.session.workshop.group(JAYA)  # noqa: E731
        sewing = jaya().idea_id  # type: ignore[union-attr]
        assert sewing is not None and field.value.startswith("Menjahit pakaian, ")
        app.clear_notifications()
        await keys(pilot, "end", " serta baju muslim", "enter")
        await wait_until(pilot, lambda: "baju muslim" in jaya().business, what="new words")  # type: ignore[union-attr]
        assert jaya().idea_id == sewing  # type: ignore[union-attr]
        await wait_until(
            pilot,
            lambda: any('tetap gagasan usaha 2: "Menjahit pakaian"' in m for m in _messages(app)),
            what="the toast saying the idea is kept",
        )
        app.clear_notifications()
        await keys(pilot, "ctrl+u", "3: Pempek kapal selam Bu Ani", "enter")
        pempek = app.session.workshop.ideas[2]
        await wait_until(pilot, lambda: jaya().idea_id == pempek.id, what="idea 3")  # type: ignore[union-attr]
        assert jaya().business == "Pempek kapal selam Bu Ani"  # type: ignore[union-attr]
        await wait_until(pilot, lambda: field.value == "Pempek kapal selam Bu Ani", what="shown")
        assert any("kata-kata kelompok" in m for m in _messages(app))
        app.clear_notifications()
        await keys(pilot, "ctrl+u", "Kue basah", "enter")
        await wait_until(pilot, lambda: jaya().idea_id is None, what="unlinked")  # type: ignore[union-attr]
        await wait_until(
            pilot,
            lambda: any('ketik "3: Kue basah"' in m for m in _messages(app)),
            what="the toast saying how to keep the idea",
        )


async def test_the_ideas_hint_names_the_workshops_last_idea_and_fits_at_100x30() -> None:
    """rev15-facil: the hint said "(3, atau 3: kata-kata kelompok)" in a workshop of 2 ideas,
    F1 notes named Palembang's "3: Pempek kapal selam Bu Ani" in every workshop, and at 100x30
    the hint's end ("lalu Enter") was below the frame in Jaya Bersama."""
    from pra.i18n import t

    assert "Pempek" not in t("notes.success_keys")
    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        await keys(pilot, "f3")
        await wait_until(pilot, lambda: screen_of(app).group_id == JAYA, what="Jaya Bersama")
        ideas = app.screen.query_one("#business-ideas", Static)
        n = len(app.session.workshop.ideas)
        await wait_until(pilot, lambda: "(dipilih)" in str(ideas.render()), what="the hint")
        text = str(ideas.render())
        assert f"({n} atau {n}: kata-kata kelompok)" in text and text.rstrip().endswith("Enter")
        view = ideas.parent
        assert view is not None
        assert ideas.region.bottom <= view.region.bottom  # whole, not below the frame
        assert view.max_scroll_y == 0  # type: ignore[attr-defined]

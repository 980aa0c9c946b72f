"""Success circle and SWOT by keyboard only."""

from __future__ import annotations

from pra.model import PraStep
from tests.tui.conftest import SIZE, MemorySaver
from tests.tui.group.conftest import JAYA, SEDAP, group_app, screen_of
from tests.tui.pilot import keys, wait_for_step


async def test_success_circle_add_edit_move_delete_by_keys() -> None:
    saver = MemorySaver()
    app = group_app(PraStep.SUCCESS, saver=saver)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SUCCESS)
        assert screen_of(app).group_id == SEDAP
        before = [s.text for s in app.session.workshop.group(SEDAP).success]  # type: ignore[union-attr]
        await keys(pilot, "Rumah layak", "tab", "Atap tidak bocor", "enter")
        await pilot.pause()
        items = app.session.workshop.group(SEDAP).success  # type: ignore[union-attr]
        assert [s.text for s in items] == [*before, "Rumah layak"]
        assert items[-1].indicator == "Atap tidak bocor"
        # to the table (the new row is highlighted), edit it, then move it up and delete another
        await keys(pilot, "tab", "tab", "enter")
        await pilot.pause()
        # the row's text is in the field to be corrected, the cursor at its end: clear it first
        await keys(pilot, "ctrl+u", "Rumah sehat", "enter")
        await pilot.pause()
        items = app.session.workshop.group(SEDAP).success  # type: ignore[union-attr]
        assert items[-1].text == "Rumah sehat" and len(items) == len(before) + 1
        await keys(pilot, "tab", "tab", "shift+up")
        await pilot.pause()
        items = app.session.workshop.group(SEDAP).success  # type: ignore[union-attr]
        assert items[-2].text == "Rumah sehat"
        await keys(pilot, "delete")
        await pilot.pause()
        items = app.session.workshop.group(SEDAP).success  # type: ignore[union-attr]
        assert "Rumah sehat" not in [s.text for s in items]
        await app.workers.wait_for_complete()
        assert saver.saved and saver.saved[-1] == app.session.workshop
        # the other group is untouched, and F3 switches to it
        await keys(pilot, "f3")
        await pilot.pause()
        assert screen_of(app).group_id == JAYA


async def test_swot_grid_by_keys_fills_each_quadrant() -> None:
    app = group_app(PraStep.SWOT)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SWOT)
        before = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        # S entry has the focus; type, Enter; Tab goes to the next box's entry line (S W O T),
        # after a whole item too (the risk's second line, cara mengatasi, is for the risk
        # being typed)
        await keys(pilot, "Rajin", "enter", "tab", "Modal kecil", "enter")
        await keys(pilot, "tab", "Pesanan hajatan", "enter", "tab", "Hujan", "enter")
        await pilot.pause()
        swot = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        assert swot.strengths[-1].text == "Rajin"
        assert swot.weaknesses[-1].text == "Modal kecil"
        assert swot.opportunities[-1].text == "Pesanan hajatan"
        assert swot.threats[-1].text == "Hujan"
        assert len(swot.threats) == len(before.threats) + 1
        # ↓ into the T list: Ctrl+↑ sends "Hujan" to the box above (W)
        await keys(pilot, "down", "end", "ctrl+up")
        await pilot.pause()
        swot = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        assert swot.weaknesses[-1].text == "Hujan" and swot.threats == before.threats
        # Tab (T's list → S), Tab (S → W), ↓ into W's list, Enter edits the item:
        # a weakness puts the cursor in its mitigation line; Shift+Tab goes back to its text
        await keys(pilot, "tab", "tab", "down", "end", "enter", "shift+tab")
        await pilot.pause()
        await keys(pilot, " deras", "enter")  # the cursor is after "Hujan": the words are added
        await pilot.pause()
        swot = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        assert swot.weaknesses[-1].text == "Hujan deras"
        await keys(pilot, "down", "end", "delete")
        await pilot.pause()
        swot = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        assert [i.text for i in swot.weaknesses] == [
            *[i.text for i in before.weaknesses],
            "Modal kecil",
        ]
        assert [i.text for i in swot.strengths] == [*[i.text for i in before.strengths], "Rajin"]


async def test_a_risk_gets_its_mitigation_by_enter_on_it_and_the_list_shows_it() -> None:
    from textual.widgets import OptionList

    from pra.model import Workshop
    from tests.tui.conftest import palembang
    from tests.tui.pilot import wait_for_focus, wait_until

    # Sedap Malam's threats without the mitigations the example gives them (#13)
    data = palembang().model_dump(mode="json")
    for item in data["groups"][0]["swot"]["threats"]:
        item["mitigation"] = ""
    app = group_app(PraStep.SWOT, Workshop.model_validate(data))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SWOT)
        threats = app.session.workshop.group(SEDAP).swot.threats  # type: ignore[union-attr]
        assert threats[0].mitigation == ""
        listed = app.screen.query_one("#swot-threats", OptionList)
        assert str(listed.get_option_at_index(0).prompt) == (
            f"1. {threats[0].text} → cara mengatasi: belum"
        )
        # S → W → O → T (W's first line empty: not through its mitigation); ↓ into T's list
        # (first item), Enter
        await keys(pilot, "tab", "tab", "tab", "down", "home", "enter")
        await wait_for_focus(
            pilot,
            lambda w: w is not None and w.id == "swot-threats-form-mitigation",
            what="T's mitigation",
        )
        await keys(pilot, "Beli tepung per karung bersama", "enter")
        await wait_until(
            pilot,
            lambda: (
                app.session.workshop.group(SEDAP).swot.threats[0].mitigation  # type: ignore[union-attr]
                == "Beli tepung per karung bersama"
            ),
            what="the mitigation saved",
        )
        threat = app.session.workshop.group(SEDAP).swot.threats[0]  # type: ignore[union-attr]
        assert threat.text == threats[0].text  # the risk's own words are untouched
        await wait_until(
            pilot,
            lambda: (
                str(listed.get_option_at_index(0).prompt)
                == f"1. {threat.text} → cara mengatasi: Beli tepung per karung bersama"
            ),
            what="the list shows the mitigation as it shows none: after 'cara mengatasi:'",
        )
        # a new threat typed with its mitigation at once
        await keys(pilot, "Hujan deras", "tab", "Pakai terpal", "enter")
        await wait_until(
            pilot,
            lambda: (
                app.session.workshop.group(SEDAP).swot.threats[-1].mitigation  # type: ignore[union-attr]
                == "Pakai terpal"
            ),
            what="the new threat and its mitigation",
        )
        assert app.session.workshop.group(SEDAP).swot.threats[-1].text == "Hujan deras"  # type: ignore[union-attr]


async def test_tab_after_a_whole_weakness_goes_to_the_next_box() -> None:
    """W: a weakness, Tab, its mitigation, Enter; then Tab and an opportunity: it goes to O
    (Tab went from W's emptied first line to W's mitigation, and the opportunity became
    the mitigation of a new weakness)."""
    from tests.tui.pilot import wait_for_focus, wait_until

    app = group_app(PraStep.SWOT)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.SWOT)
        before = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        await keys(pilot, "tab", "Modal kecil", "tab", "Arisan modal", "enter")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "swot-weaknesses-form-text", what="W's line"
        )
        await keys(pilot, "tab", "Pesanan hajatan", "enter")
        await wait_until(
            pilot,
            lambda: (
                len(app.session.workshop.group(SEDAP).swot.opportunities)  # type: ignore[union-attr]
                > len(before.opportunities)
            ),
            what="a new opportunity",
        )
        swot = app.session.workshop.group(SEDAP).swot  # type: ignore[union-attr]
        assert swot.opportunities[-1].text == "Pesanan hajatan"
        assert [(i.text, i.mitigation) for i in swot.weaknesses[len(before.weaknesses) :]] == [
            ("Modal kecil", "Arisan modal")
        ]
        # a threat, Tab, its mitigation, Enter; Tab: from T to S
        await keys(pilot, "tab", "Hujan deras", "tab", "Pakai terpal", "enter", "tab")
        await wait_for_focus(
            pilot, lambda w: w is not None and w.id == "swot-strengths-form-text", what="S's line"
        )


async def test_the_groups_business_is_chosen_in_its_success_step() -> None:
    from textual.widgets import Input

    from tests.tui.pilot import wait_until

    app = group_app(PraStep.SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#group-business", Input)
        assert field.value == "Membuat dan berdagang kue"
        field.focus()
        await keys(pilot, "ctrl+u", "Jualan pempek", "enter")
        await wait_until(
            pilot,
            lambda: app.session.workshop.group(SEDAP).business == "Jualan pempek",  # type: ignore[union-attr]
            what="the business changed",
        )
        assert app.session.workshop.group(SEDAP).idea_id == next(  # type: ignore[union-attr]
            i.id for i in app.session.workshop.ideas if i.name == "Jualan pempek"
        )

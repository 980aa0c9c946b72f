"""Usaha dan kriteria: Tab from the business line goes to the criterion line (issue #12).

It went to the business list, and the letters typed next went back into the
business line: "Modal kecil", meant as a criterion, became a business idea.
"""

from __future__ import annotations

import pytest

from pra import i18n
from pra.model import PraStep
from pra.tui.app import PraApp
from tests.tui.conftest import make_session, palembang
from tests.tui.pilot import keys, wait_for_focus, wait_for_step, wait_until

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def indonesian() -> None:
    i18n.set_language("id")


def _is(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: w is not None and w.id == widget_id


async def test_tab_from_the_business_line_lands_in_the_criterion_line_and_keeps_the_letters() -> (
    None
):
    before = palembang()
    app = PraApp(make_session(before), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _is("idea-name"), what="the business line")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, _is("criterion-name"), what="the criterion line")
        await keys(pilot, "Dekat rumah", "enter")
        await wait_until(
            pilot,
            lambda: len(app.session.workshop.criteria) == len(before.criteria) + 1,
            what="the criterion added",
        )
        assert app.session.workshop.criteria[-1].name == "Dekat rumah"
        assert app.session.workshop.ideas == before.ideas
        assert app.focused is not None and app.focused.id == "criterion-name"
        # Shift+Tab goes back to the business line; Tab again through both lists, then round
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, _is("idea-name"), what="back to the business line")
        seen = []
        for _ in range(5):
            await keys(pilot, "tab")
            assert app.focused is not None
            seen.append(app.focused.id)
        assert seen == [
            "criterion-name",
            "idea-table",
            "criterion-table",
            "idea-skills",
            "idea-name",
        ]


async def test_the_last_warning_of_the_suggestion_is_reached_at_100x30() -> None:
    """Kelompok: the suggestion's last warning was cut at the bottom ("… sedangkan KUBE paling")
    with no key to reach it. Tab reaches the suggestion after the member table, End shows its
    end, and its last words are on the screen."""
    from tests.tui.pilot import screen_text

    app = PraApp(make_session(palembang()), step=PraStep.IDEAS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_step(pilot, PraStep.IDEAS)
        await keys(pilot, "f6", "f6", "f6")
        await wait_for_focus(pilot, _is("group-name"), what="the new group's line")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, _is("member-table"), what="the member table")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, _is("suggestion-box"), what="the suggestion")
        await keys(pilot, "end")
        # the last warning is Jualan pempek's (the KUBE "too few" warnings were for ideas a
        # group already carries out, no longer said since 8bdccb4)
        last = "lebih cocok untuk usaha lain."
        await wait_until(pilot, lambda: last in screen_text(app), what="the last warning's end")
        lines = screen_text(app).splitlines()
        assert any(line.rstrip().endswith(last) for line in lines[:-2])  # above status, footer

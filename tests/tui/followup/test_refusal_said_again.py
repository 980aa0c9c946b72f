"""A refused text shown again in its line has its sentence said again (issue #12).

Found at 100x30: "-5000" typed in a meeting's "Jual" (sales) line was refused with its
sentence; once the mentor moved away and came back (the focus back in the line, or the
group's meeting opened again after F3) the line had its red border and the text, but no
sentence said why. Now the same refusal sentence is said again whenever the line holding
the refused text is shown again.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from pra.tui import notices as room_notices
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import by_id, two_meetings
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
SEDAP, JAYA = "g-sedap-malam", "g-jaya-bersama"
NEGATIVE = 'Jumlah tidak boleh negatif ("-5000")'


async def _refuse_sales(pilot, app, notices: list[str]) -> Input:  # type: ignore[no-untyped-def]
    await keys(pilot, "f4")
    await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
    sales = app.screen.query_one("#fu-sales", Input)
    for _ in range(12):
        if app.screen.focused is sales:
            break
        await keys(pilot, "tab")
    await wait_for_focus(pilot, by_id("fu-sales"), what="the sales line")
    await keys(pilot, "-5000", "enter")
    await wait_until(pilot, lambda: any(NEGATIVE in n for n in notices), what="refused")
    assert sales.value == "-5000"
    return sales


async def test_the_focus_back_in_a_refused_line_says_why_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(two_meetings()))
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        sales = await _refuse_sales(pilot, app, notices)
        await keys(pilot, "tab")
        await wait_until(pilot, lambda: app.screen.focused is not sales, what="moved away")
        said = len(notices)
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, by_id("fu-sales"), what="the sales line again")
        await wait_until(pilot, lambda: len(notices) > said, what="the sentence said again")
        first = next(n for n in notices if NEGATIVE in n)
        assert notices[said:] == [first]  # the same sentence, once
        assert sales.value == "-5000"
        assert sales.has_class(room_notices.REFUSED)


async def test_the_meeting_opened_again_says_why_its_line_was_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = PraApp(make_session(two_meetings()))
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        sales = await _refuse_sales(pilot, app, notices)
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )
        assert sales.value == ""
        said = len(notices)
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Sedap Malam" in screen_text(app), what="Sedap Malam"
        )
        await wait_until(pilot, lambda: len(notices) > said, what="the sentence said again")
        first = next(n for n in notices if NEGATIVE in n)
        assert set(notices[said:]) == {first}  # the same sentence
        assert sales.value == "-5000"
        assert sales.has_class(room_notices.REFUSED)

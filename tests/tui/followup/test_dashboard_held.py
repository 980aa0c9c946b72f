"""A dashboard text not kept (refused, or an LKM waiting for its date) stays with its group.

Issue #12: the text stayed in its field after F3, beside the next group's values, and the
blur that followed kept it under that group. Jaya Bersama's LKM typed without a date
(it waits for one), F3: Sedap Malam, linked to "Koperasi Maju" since 6 November 2003,
was linked to "BMT Sejahtera" as soon as the focus moved on. Now each group's fields show
its own values, and the text not kept is back (with its sentence, if refused) when its
group is shown again (:class:`pra.tui.followup.dashboard.DashboardPane`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input

from pra.edit import followup as fu
from pra.model import Workshop
from pra.tui.app import PraApp
from tests.tui.conftest import MemorySaver, make_session
from tests.tui.followup.conftest import by_id
from tests.tui.followup.data import SEDAP, followed
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
JAYA = "g-jaya-bersama"
LINKED = dt.date(2003, 11, 6)


def linked() -> Workshop:
    """Sedap Malam graded A on 5 November 2003 and linked to Koperasi Maju the next day."""
    ws = fu.add_assessment(
        followed(), SEDAP, "05-11-2003", grade_override="A", override_reason="Kas rapi"
    )
    return fu.link_lkm(ws, SEDAP, "Koperasi Maju", LINKED)


def _field(app: PraApp, name: str) -> str:
    return app.screen.query_one(f"#fu-{name}", Input).value


async def _show(pilot, app: PraApp, group: str) -> None:  # type: ignore[no-untyped-def]
    await keys(pilot, "f3")
    await wait_until(pilot, lambda: f"Kelompok {group}" in screen_text(app), what=group)
    await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's field")


async def test_an_lkm_waiting_for_its_date_is_not_linked_to_the_next_group() -> None:
    saver = MemorySaver()
    session = make_session(linked(), saver=saver)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "f6", "f6")  # the dashboard
        await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's field")
        await _show(pilot, app, "Jaya Bersama")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-lkm"), what="the LKM's field")
        await keys(pilot, "BMT Sejahtera")  # Jaya Bersama has no date: it waits for one

        await _show(pilot, app, "Sedap Malam")
        await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-lkm"), what="the LKM's field")
        followup = session.workshop.group(SEDAP).followup  # type: ignore[union-attr]
        assert (followup.lkm, followup.linked_on) == ("Koperasi Maju", LINKED)  # before: BMT
        assert _field(app, "lkm") == "Koperasi Maju"  # before: "BMT Sejahtera"
        assert _field(app, "linked_on") == "06-11-2003"
        assert "BMT Sejahtera" not in screen_text(app)

        await _show(pilot, app, "Jaya Bersama")  # its LKM is back, still waiting
        assert _field(app, "lkm") == "BMT Sejahtera"
        assert _field(app, "linked_on") == ""
    session.flush()
    saved = saver.saved[-1] if saver.saved else session.workshop
    assert saved.group(SEDAP).followup.lkm == "Koperasi Maju"  # type: ignore[union-attr]
    assert saved.group(JAYA).followup.lkm == ""  # type: ignore[union-attr]


async def test_a_refused_date_is_shown_again_with_its_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = make_session(followed())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notices(monkeypatch, app)
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "f6", "f6")  # the dashboard, on Sedap Malam
        await wait_for_focus(pilot, by_id("fu-mentor"), what="the mentor's field")
        await keys(pilot, "tab", "tab", "tab")  # the LKM, the day linked, the day mandiri
        await wait_for_focus(pilot, by_id("fu-independent_on"), what="the day mandiri")
        await keys(pilot, "31-02-2004")
        await _show(pilot, app, "Jaya Bersama")  # F3 keeps it first: refused
        refusals = [n for n in said if "31-02-2004" in n]
        assert len(refusals) == 1, said
        assert _field(app, "independent_on") == ""  # before: "31-02-2004", beside Jaya's
        assert "31-02-2004" not in screen_text(app)
        await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-lkm"), what="the LKM's field")
        assert [n for n in said if "31-02-2004" in n] == refusals  # not refused for Jaya

        await _show(pilot, app, "Sedap Malam")
        assert _field(app, "independent_on") == "31-02-2004"
        await wait_until(
            pilot,
            lambda: len([n for n in said if "31-02-2004" in n]) == 2,
            what="the refusal said again",
        )
    assert session.workshop.group(JAYA).followup.independent_on is None  # type: ignore[union-attr]
    assert session.workshop.group(SEDAP).followup.independent_on is None  # type: ignore[union-attr]

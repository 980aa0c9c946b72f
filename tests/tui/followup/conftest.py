"""The follow-up tests run in Indonesian, whatever an earlier test in this worker chose."""

from __future__ import annotations

import pytest

from pra import i18n


@pytest.fixture(autouse=True)
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("id")


SEDAP = "g-sedap-malam"
"""The group the follow-up screen opens on in ``data.cleared()`` and ``data.followed()``."""


def by_id(widget_id: str):  # type: ignore[no-untyped-def]
    """A focus predicate for :func:`tests.tui.pilot.wait_for_focus`: the widget ``widget_id``."""
    return lambda w: w is not None and w.id == widget_id


async def open_meeting(pilot, *, members: bool = False) -> None:  # type: ignore[no-untyped-def]
    """F4 from the workshop: the follow-up opens on the meeting tab, the focus on the meeting's
    date; with ``members``, Tab past the date and the kind of meeting to the member table."""
    from tests.tui.pilot import keys, wait_for_focus

    await keys(pilot, "f4")
    await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
    if members:
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")


def first_meeting(session):  # type: ignore[no-untyped-def]
    """Sedap Malam's first meeting as the session's workshop holds it now."""
    return session.workshop.group(SEDAP).followup.meetings[0]


def two_meetings():  # type: ignore[no-untyped-def]
    """Cleared, with a new meeting for Sedap Malam (5 Sep 2003) and Jaya Bersama (6 Sep)."""
    from pra.edit import followup as fu
    from tests.tui.followup.data import cleared

    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    return fu.add_meeting(ws, "g-jaya-bersama", "06-09-2003")

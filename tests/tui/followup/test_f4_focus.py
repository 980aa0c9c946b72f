"""F4 opens the follow-up with the focus on the new meeting's date (issue #12).

A facilitator typing a date right after F4 used to type on the last meeting's
member table: the digits vanished and Enter unticked a member of that old meeting.
"""

from __future__ import annotations

from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.data import followed
from tests.tui.pilot import keys, wait_until

SIZE = (100, 30)
SEDAP = "g-sedap-malam"


async def test_a_date_typed_at_once_after_f4_makes_a_new_meeting_and_leaves_the_old_ones() -> None:
    session = make_session(followed())
    before = session.workshop.group(SEDAP).followup.meetings  # type: ignore[union-attr]
    assert before
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4", "17-08-2004", "enter")  # each key settled, as a person types
        await wait_until(
            pilot,
            lambda: len(session.workshop.group(SEDAP).followup.meetings) == len(before) + 1,  # type: ignore[union-attr]
            what="a new meeting",
        )
        meetings = session.workshop.group(SEDAP).followup.meetings  # type: ignore[union-attr]
        assert [m for m in meetings if m.id in {b.id for b in before}] == list(before)
        assert [m.date.isoformat() for m in meetings if m not in before] == ["2004-08-17"]

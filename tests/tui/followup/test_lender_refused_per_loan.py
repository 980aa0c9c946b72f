"""A lender payment refused for one loan stays with that loan (review 10, finding 12).

Jaya Bersama owes the BMM and a koperasi. "tiga ratus" typed for the BMM is refused and stays
in its line with the error border; the koperasi chosen, the line stayed as it was, and
corrected there it was recorded as a payment to the koperasi. Now the line shows the
koperasi's own payment, and the BMM's refused text is back when the BMM is chosen again.
"""

from __future__ import annotations

from textual.widgets import Input

from pra.edit.base import replace_group
from pra.model import Workshop
from pra.model.followup import LenderPayment
from pra.tui import notices
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import by_id
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
JAYA = "g-jaya-bersama"


def two_lenders() -> Workshop:
    ws = cleared()
    jaya = ws.group(JAYA)
    assert jaya is not None
    bmm = next(x for x in jaya.capital.loans if x.id == "fs-jb-bmm")
    koperasi = bmm.model_copy(update={"id": "fs-jb-kop", "lender": "Koperasi Maju"})
    capital = jaya.capital.model_copy(update={"sources": (*jaya.capital.sources, koperasi)})
    return replace_group(ws, JAYA, capital=capital)


async def test_a_payment_refused_for_one_loan_is_never_recorded_for_another() -> None:
    session = make_session(two_lenders())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "06-11-2003", "enter")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "tab", "tab", "tab", "tab", "tab", "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-lender-loan"), what="which loan is paid")
        await keys(pilot, "tab", "tiga ratus", "enter")  # for the BMM: refused
        line = app.screen.query_one("#fu-lender", Input)
        await wait_until(pilot, lambda: line.has_class(notices.REFUSED), what="refused")
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, by_id("fu-lender-loan"), what="which loan is paid")
        await keys(pilot, "enter", "down", "enter")  # the koperasi
        await wait_until(pilot, lambda: line.value == "", what="the koperasi's payment, none")
        assert not line.has_class(notices.REFUSED)
        await keys(pilot, "tab", "100rb", "enter")
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, by_id("fu-lender-loan"), what="which loan is paid")
        await keys(pilot, "enter", "up", "enter")  # the BMM again: its refused text is back
        await wait_until(pilot, lambda: line.value == "tiga ratus", what="the BMM's text")
        assert line.has_class(notices.REFUSED)
    meeting = session.workshop.group(JAYA).followup.meetings[0]  # type: ignore[union-attr]
    assert meeting.lender_payments == (LenderPayment(source_id="fs-jb-kop", amount=100_000),)

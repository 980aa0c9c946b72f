"""The group's repayments to its lender at the meetings, against the loan's schedule
(:mod:`pra.plan.followup.lender`), worked by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pra.edit import followup as fu
from pra.errors import PraError
from pra.model import LenderLoan
from pra.model.followup import LenderPayment
from pra.plan.followup import group_progress, lender_statuses
from tests.plan.followup_factory import START, meeting, plan, workshop

# BMM lends Rp 1.200.000 on 5 January 2026 for 6 months, 2% a month flat, due on the 10th:
# interest 1.200.000 × 2% × 6 = 144.000, so each instalment is 200.000 + 24.000 = 224.000,
# due 10 Feb, 10 Mar, 10 Apr, 10 May, 10 Jun, 10 Jul (the first at least a month after 5 Jan).
BMM = LenderLoan(
    id="bmm",
    lender="BMM",
    principal=1_200_000,
    term_months=6,
    rate_percent=Decimal(2),
    method="flat",
    frequency="monthly",
    due_day=10,
    disbursed_on=START,
)


def capital():  # type: ignore[no-untyped-def]
    return plan(sources=({"kind": "own", "id": "own", "compulsory_dues": 10_000}, BMM))


def paid(ref: str, day: dt.date, amount: int):  # type: ignore[no-untyped-def]
    return meeting(
        ref,
        day,
        {"p1": {}},
        lender_payments=(LenderPayment(source_id="bmm", amount=amount),),
    )


MEETINGS = (
    paid("m1", dt.date(2026, 2, 9), 224_000),  # a day early: on time
    paid("m2", dt.date(2026, 3, 9), 100_000),  # part of March's
    paid("m3", dt.date(2026, 4, 13), 224_000),  # April's, three days late
    paid("m4", dt.date(2026, 5, 20), 224_000),  # after the day asked about below
)


def test_due_paid_and_arrears_to_the_lender_by_hand() -> None:
    ws = workshop(MEETINGS, capital=capital())
    group = ws.groups[0]
    # on 15 April: 3 instalments due (10 Feb, 10 Mar, 10 Apr) = 3 × 224.000 = 672.000;
    # paid 224.000 + 100.000 + 224.000 = 548.000; arrears 672.000 − 548.000 = 124.000
    (status,) = lender_statuses(group, dt.date(2026, 4, 15))
    assert (status.instalments_due, status.instalments) == (3, 6)
    assert (status.due, status.paid, status.arrears) == (672_000, 548_000, 124_000)
    assert status.last_due == dt.date(2026, 7, 10)
    # the progress the dashboard and the report read holds the same
    assert group_progress(ws, group, dt.date(2026, 4, 15)).lenders == (status,)


def test_a_payment_before_its_day_is_paid_never_arrears() -> None:
    group = workshop(MEETINGS, capital=capital()).groups[0]
    # on 9 February nothing is due yet (10 Feb): paid 224.000 ahead, arrears 0 (not −224.000)
    (status,) = lender_statuses(group, dt.date(2026, 2, 9))
    assert (status.due, status.paid, status.arrears) == (0, 224_000, 0)


def test_a_meeting_records_the_payment_as_typed_and_zero_removes_it() -> None:
    ws = workshop((meeting("m1", dt.date(2026, 2, 9), {"p1": {}}),), capital=capital())
    ws = fu.set_lender_payment(ws, "g1", "m1", "bmm", "224rb")
    assert ws.groups[0].followup.meetings[0].lender_payments == (
        LenderPayment(source_id="bmm", amount=224_000),
    )
    ws = fu.set_lender_payment(ws, "g1", "m1", "bmm", "")
    assert ws.groups[0].followup.meetings[0].lender_payments == ()


def test_a_group_without_a_lender_loan_cannot_record_a_payment_to_one() -> None:
    ws = workshop((meeting("m1", dt.date(2026, 2, 9), {"p1": {}}),))
    with pytest.raises(PraError) as caught:
        fu.set_lender_payment(ws, "g1", "m1", "own", "224rb")
    assert caught.value.message("id") == (
        "Kelompok ini tidak punya pinjaman dari pemberi pinjaman (BMM, koperasi, bank) untuk "
        "dicatat setorannya."
    )


def test_more_than_30_days_behind_the_lender_is_an_early_warning() -> None:
    """Payments cover the oldest instalments first: by 15 April the 548.000 paid covers
    February's 224.000 and March's 224.000 and 100.000 of April's, so April's (due 10 April)
    is the oldest unpaid: 5 days late, no warning. Without the 13 April payment, 324.000
    covers February and 100.000 of March: March's (10 March) is 36 days late on 15 April,
    more than 30: a warning with the arrears, 672.000 − 324.000 = 348.000."""
    from pra.plan.followup import early_warnings

    ws = workshop(MEETINGS, capital=capital())
    (status,) = lender_statuses(ws.groups[0], dt.date(2026, 4, 15))
    assert (status.oldest_unpaid, status.days_late) == (dt.date(2026, 4, 10), 5)
    assert not [
        w
        for w in early_warnings(ws, ws.groups[0], dt.date(2026, 4, 15))
        if w.key == "followup.warning.lender_arrears"
    ]
    ws = workshop(MEETINGS[:2], capital=capital())
    (status,) = lender_statuses(ws.groups[0], dt.date(2026, 4, 15))
    assert (status.oldest_unpaid, status.days_late, status.arrears) == (
        dt.date(2026, 3, 10),
        36,
        348_000,
    )
    texts = [w.text("id") for w in early_warnings(ws, ws.groups[0], dt.date(2026, 4, 15))]
    assert (
        "Pinjaman BMM: angsuran kelompok terlambat lebih dari 30 hari, Rp\u00a0348.000 belum "
        "dibayar sejak 10 Maret 2026"
    ) in texts


def test_a_periods_figures_are_its_own_and_the_arrears_run_on() -> None:
    """A report's period (#15): due and paid within it, arrears as of the day before it and of
    its last day. 1 March – 30 April: by 28 February 224.000 due (10 Feb) and 224.000 paid,
    arrears 0; within the period instalments 2 and 3 fall due (10 Mar, 10 Apr), 448.000, and
    the group pays 100.000 + 224.000 = 324.000; arrears by 30 April 0 + 448.000 − 324.000 =
    124.000 (= 672.000 due − 548.000 paid to that day). The 20 May payment is not in it."""
    from pra.plan.followup import lender_period, lender_periods

    group = workshop(MEETINGS, capital=capital()).groups[0]
    period = lender_period(group, BMM, dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert (period.numbers, period.due, period.paid) == ((2, 3), 448_000, 324_000)
    assert (period.arrears_before, period.arrears) == (0, 124_000)
    assert lender_periods(group, dt.date(2026, 3, 1), dt.date(2026, 4, 30)) == (period,)
    # 1–9 February: nothing falls due, 224.000 paid ahead (no arrears, never −224.000); the
    # next period, 10–28 February, starts with it paid ahead and its one instalment covered
    early = lender_period(group, BMM, dt.date(2026, 2, 1), dt.date(2026, 2, 9))
    assert (early.numbers, early.due, early.paid, early.arrears, early.ahead) == (
        None,
        0,
        224_000,
        0,
        224_000,
    )
    rest = lender_period(group, BMM, dt.date(2026, 2, 10), dt.date(2026, 2, 28))
    assert (rest.numbers, rest.due, rest.paid, rest.ahead_before, rest.arrears) == (
        (1, 1),
        224_000,
        0,
        224_000,
        0,
    )
    # 1–9 June: nothing due or paid in it, so no row for the business's money
    assert lender_periods(group, dt.date(2026, 6, 1), dt.date(2026, 6, 9)) == ()

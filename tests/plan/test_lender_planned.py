"""A lender loan the lender hands over after the day asked about is planned, not taken (#15):
the dashboard says so instead of "jatuh tempo Rp 0, tunggakan Rp 0" as if the group owed it."""

from __future__ import annotations

import datetime as dt

from pra.plan.followup import group_progress, lender_statuses
from pra.tui.followup.dashboard import lender_lines
from tests.plan.followup_factory import START, plan, workshop
from tests.plan.test_followup_lender import BMM


def _ws():  # type: ignore[no-untyped-def]
    capital = plan(sources=({"kind": "own", "id": "own", "compulsory_dues": 10_000}, BMM))
    return workshop((), capital=capital)


def test_a_loan_is_taken_from_its_disbursement_day_on() -> None:
    group = _ws().groups[0]
    day_before = START - dt.timedelta(days=1)
    assert [s.taken for s in lender_statuses(group, day_before)] == [False]
    assert [s.taken for s in lender_statuses(group, START)] == [True]


def test_the_dashboard_names_a_loan_not_yet_disbursed_as_planned() -> None:
    ws = _ws()
    group = ws.groups[0]
    day_before = START - dt.timedelta(days=1)
    [line] = lender_lines(group_progress(ws, group, day_before))
    # START is 5 January 2026, the loan's disbursement day
    assert line == (
        "Pinjaman BMM Rp\u00a01.200.000: direncanakan, belum cair (pencairan menurut rencana "
        "usaha 5 Januari 2026); belum ada angsurannya"
    )
    [line] = lender_lines(group_progress(ws, group, START))
    assert line.startswith("Pinjaman BMM: jatuh tempo Rp\u00a00, dibayar kelompok Rp\u00a00")

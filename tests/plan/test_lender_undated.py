"""A lender loan without a disbursement date (#13): its schedule has no dates, so nothing of it
ever fell due in the follow-up and the due-vs-paid showed the lender owed nothing, without a
word. Now the review and ``pra check`` name the group and the loan, and the follow-up says the
lender's schedule is unknown instead of "due Rp 0"."""

from __future__ import annotations

import datetime as dt

from pra.i18n import t
from pra.plan.checks import input_checks
from pra.plan.followup import group_progress, lender_statuses
from pra.tui.followup.dashboard import lender_lines
from tests.plan.followup_factory import plan, workshop
from tests.plan.test_followup_lender import BMM, paid

UNDATED = BMM.model_copy(update={"disbursed_on": None})


def _group():  # type: ignore[no-untyped-def]
    capital = plan(sources=({"kind": "own", "id": "own", "compulsory_dues": 10_000}, UNDATED))
    # the group paid BMM 224.000 at its February meeting
    return workshop((paid("m1", dt.date(2026, 2, 9), 224_000),), capital=capital)


def test_the_review_names_the_group_and_the_undated_loan() -> None:
    ws = _group()
    group = ws.groups[0]
    found = [c for c in input_checks(ws) if c.notice.key == "plan.checks.loan_undated"]
    assert [(c.group_id, c.notice.text("id")) for c in found] == [
        (
            group.id,
            f"Pinjaman BMM {group.name} belum punya tanggal pencairan: jadwal angsuran tidak "
            "bisa dihitung, jadi pendampingan tidak bisa menunjukkan angsuran yang jatuh tempo. "
            "Isi tanggal pencairannya atau langkah kegiatan yang menyerahkannya di tab Sumber "
            'dana (langkah "Modal dan dana bergulir").',
        )
    ]


def test_a_dated_loan_is_not_named() -> None:
    capital = plan(sources=({"kind": "own", "id": "own", "compulsory_dues": 10_000}, BMM))
    ws = workshop((), capital=capital)
    assert not [c for c in input_checks(ws) if c.notice.key.startswith("plan.checks.loan_un")]


def test_the_follow_up_says_the_lenders_schedule_is_unknown_not_zero_due() -> None:
    ws = _group()
    group = ws.groups[0]
    on = dt.date(2026, 4, 15)
    (status,) = lender_statuses(group, on)
    # six instalments in the schedule, none of them dated; the February payment counted
    assert (status.dated, status.instalments, status.instalments_due, status.paid) == (
        False,
        6,
        0,
        224_000,
    )
    lines = lender_lines(group_progress(ws, group, on))
    assert lines == [
        t(
            "tui.followup.dashboard.lender_undated",
            "id",
            lender="Pinjaman BMM",
            paid="Rp\u00a0224.000",
        )
    ]
    assert lines[0].startswith("Pinjaman BMM: jadwal angsuran belum diketahui"), lines
    assert "jatuh tempo Rp" not in lines[0]

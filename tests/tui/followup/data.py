"""A Palembang group followed for six months, built with the edit commands a mentor's keys run.

Kelompok Sedap Malam: the first meeting (5 September 2003) lends Rp 500.000 to six
members and collects the principal savings; five monthly meetings follow, where
four borrowers pay each instalment the repayment schedule asks, Aisyah pays half
of hers and Syamsul Bahri stops paying after October; attendance falls from all ten
to six. Assessed twice: B on 1 December 2003, C (by the rule) on 1 March 2004.
"""

from __future__ import annotations

import datetime as dt

from pra.edit import followup as fu
from pra.model import Workshop
from pra.model.followup import GroupFollowUp
from pra.plan.followup import member_loans
from pra.resources import example_path

SEDAP = "g-sedap-malam"
BORROWERS = ("p-01", "p-02", "p-03", "p-04", "p-09", "p-10")
"""Rohani, Yusnaini, Masitoh, Nurbaya, Aisyah, Syamsul Bahri."""
AISYAH, SYAMSUL = "p-09", "p-10"
MEETINGS = [dt.date(2003, 9, 5)] + [dt.date(2003, m, 5) for m in (10, 11, 12)]
MEETINGS += [dt.date(2004, 1, 5), dt.date(2004, 2, 5)]
FIRST_CHECKS = [
    ("organisation", "regular_meetings"),
    ("organisation", "officers_active"),
    ("organisation", "members_attend"),
    ("administration", "cash_book"),
    ("administration", "attendance_list"),
    ("capital", "savings_growing"),
    ("capital", "fund_revolving"),
    ("business", "running"),
    ("business", "sales_recorded"),
    ("network", "institutions"),
]


def cleared() -> Workshop:
    """The Palembang example with no follow-up recorded yet (the shipped one has months of it),
    its members repaying on the hand-over's own day (the example's fund falls due on the 6th
    since #13; here the money is handed over, and repaid, at the meetings on the 5th)."""
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    groups = tuple(
        g.model_copy(
            update={
                "followup": GroupFollowUp(),
                "capital": g.capital.model_copy(update={"repayment_day": None}),
            }
        )
        for g in ws.groups
    )
    return Workshop.model_validate(ws.model_copy(update={"groups": groups}).model_dump())


def _meeting_id(ws: Workshop) -> str:
    return ws.group(SEDAP).followup.meetings[-1].id  # type: ignore[union-attr]


def followed() -> Workshop:
    ws = fu.set_mentor(cleared(), SEDAP, "Ratna Dewi")
    members = ws.group(SEDAP).member_ids  # type: ignore[union-attr]
    ws = fu.add_meeting(ws, SEDAP, MEETINGS[0])
    mid = _meeting_id(ws)
    for pid in members:
        if pid != members[0]:  # all came to the first meeting (the chair is ticked already)
            ws = fu.toggle_present(ws, SEDAP, mid, pid)
        ws = fu.set_amount(ws, SEDAP, mid, pid, "savings_principal", 10_000)
        ws = fu.set_amount(ws, SEDAP, mid, pid, "savings_compulsory", 5_000)
    for pid in BORROWERS:
        ws = fu.set_amount(ws, SEDAP, mid, pid, "loan_out", 500_000)
    group = ws.group(SEDAP)
    assert group is not None
    dues = {pid: member_loans(group, pid).dues for pid in BORROWERS}
    for n, day in enumerate(MEETINGS[1:], 1):
        ws = fu.add_meeting(ws, SEDAP, day)
        mid = _meeting_id(ws)
        present = members[: 10 - min(n, 4)]
        for pid in present:
            if pid != members[0]:  # the chair, Rohani, is ticked when the meeting is added
                ws = fu.toggle_present(ws, SEDAP, mid, pid)
            ws = fu.set_amount(ws, SEDAP, mid, pid, "savings_compulsory", 5_000)
        for pid in BORROWERS:
            owed = sum(d.total for d in dues[pid] if d.date <= day) - sum(
                d.total for d in dues[pid] if d.date <= MEETINGS[n - 1]
            )
            if pid == AISYAH:
                owed //= 2
            if pid == SYAMSUL and n > 2:
                owed = 0
            if owed:
                if pid not in present:  # a borrower who pays comes to pay
                    ws = fu.toggle_present(ws, SEDAP, mid, pid)
                ws = fu.set_amount(ws, SEDAP, mid, pid, "instalment", owed)
        ws = fu.update_meeting(ws, SEDAP, mid, sales="1,2jt", costs="800rb")
    ws = fu.add_problem(ws, SEDAP, mid, "Syamsul Bahri belum mengangsur sejak November")
    ws = fu.add_action_line(ws, SEDAP, mid, "Mengunjungi Syamsul Bahri, oleh Rohani, 12-02-2004")
    ws = fu.update_meeting(ws, SEDAP, mid, notes="Ibu-ibu aktif bicara; dua bapak jarang datang")
    ws = fu.add_assessment(ws, SEDAP, "01-12-2003", met=FIRST_CHECKS, assessor="Ratna Dewi")
    return fu.add_assessment(ws, SEDAP, "01-03-2004", met=FIRST_CHECKS[:7], assessor="Ratna Dewi")

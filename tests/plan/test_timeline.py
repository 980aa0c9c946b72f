"""One timeline: the revolving fund starts when its grant is handed over, never before."""

from __future__ import annotations

import datetime as dt

from pra.model import Workshop
from pra.plan.fund import repayment_schedule
from pra.plan.lender import disbursement_date
from pra.plan.revolving import fund_start, group_fund
from pra.plan.schedule import schedule_group
from pra.resources import EXAMPLES, example_path


def example(name: str) -> Workshop:
    return Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))


def test_tri_astha_repays_after_the_hand_over_step_not_from_the_calendar_start() -> None:
    # The calendar starts 1 Sep 2003; step 4 "Menyalurkan pinjaman pertama kepada anggota"
    # comes after steps 2 and 3 and is scheduled for November 2003. Issue 13 saw the first
    # instalment on 1 Oct 2003, before the money was handed over; now the fund starts on
    # the step's first day and the first instalment is a month later, 1 Dec 2003.
    group = example("yogyakarta").groups[0]
    (grant,) = group.capital.grants
    assert grant.disbursement_step_id == "st-ta-4"
    step = next(s for s in schedule_group(group).steps if s.step_id == "st-ta-4")
    assert group.calendar.start == dt.date(2003, 9, 1)
    assert step.start_date == dt.date(2003, 11, 1)
    assert disbursement_date(group, grant) == fund_start(group) == dt.date(2003, 11, 1)
    rows = repayment_schedule(group.capital, fund_start(group)).rows
    assert rows[0].due_date == dt.date(2003, 12, 5)  # its rule: "pertemuan bulanan tanggal 5"
    assert group_fund(group).rows[0].date == dt.date(2003, 11, 1)


def test_no_member_instalment_falls_before_its_grant_is_handed_over() -> None:
    for name in EXAMPLES:
        for group in example(name).groups:
            for grant in group.capital.grants:
                handed = disbursement_date(group, grant)
                assert handed is not None, (name, group.name)
                rows = repayment_schedule(group.capital, fund_start(group)).rows
                assert all(r.due_date and r.due_date > handed for r in rows), (name, group.name)

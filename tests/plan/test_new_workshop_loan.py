"""A group of a new workshop (no workshop date, no calendar) with a loan from a lender.

Issue #12: the loan was dated, yet the analysis named its months "Bulan 1,
Bulan 2 …", and each member's share of the lender's instalment was not rounded
to the cash unit. Built with the edit commands the keys run, from an empty
workshop as ``pra new`` makes it.
"""

from __future__ import annotations

import datetime as dt

from pra.edit import funding
from pra.edit import groups as group_edits
from pra.edit import participants as people
from pra.model import BusinessGroup, Workshop
from pra.plan.business import analysis_start, business_plan

NAMES = ("Siti Aminah", "Rohani", "Masitoh", "Nurbaya", "Aisyah")


def new_workshop(names: tuple[str, ...] = NAMES) -> Workshop:
    """As ``pra new`` makes it (nothing dated), with one group of ``names``."""
    ws = Workshop(id="ws-20260101-abcd")
    for name in names:
        ws = people.add_participant(ws, name)
    ws = group_edits.add_group(ws, "Kelompok Melati")
    group_id = ws.groups[0].id
    for person in ws.participants:
        ws = group_edits.assign_member(ws, person.id, group_id)
    return ws


def new_group(loan: str, names: tuple[str, ...] = NAMES, cash_unit: int = 1) -> BusinessGroup:
    ws = new_workshop(names)
    ws = funding.add_source(ws, ws.groups[0].id, "loan", loan)
    group = ws.groups[0]
    capital = group.capital.model_copy(update={"cash_unit": cash_unit})
    return group.model_copy(update={"capital": capital})


def test_a_dated_loan_dates_the_analysis_of_a_new_workshop() -> None:
    group = new_group("BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan, 01-02-2027")
    start = analysis_start(group, None)
    assert start == dt.date(2027, 2, 1)  # the loan's hand-over, the only date there is
    plan = business_plan(group, start)
    # handed over 1 Feb 2027, first instalment on the 1st a month later (1 Mar), the 12th on
    # 1 Feb 2028: the table runs Feb 2027 … Feb 2028, 13 months; each instalment is
    # 3.000.000 ÷ 12 = 250.000 + 3.000.000 × 1,5% × 12 ÷ 12 = 45.000 interest = 295.000
    labels = [m.period.label("id") for m in plan.months]
    assert (labels[0], labels[1], labels[-1], len(labels)) == (
        "Feb 2027",
        "Mar 2027",
        "Feb 2028",
        13,
    )
    assert [m.lender for m in plan.months] == [0] + [295_000] * 12
    assert not any(label.startswith("Bulan") for label in labels)


def test_an_undated_loan_leaves_the_months_numbered() -> None:
    group = new_group("BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan")
    assert analysis_start(group, None) is None
    plan = business_plan(group, None)
    assert plan.months[0].period.label("id") == "Bulan 1"


def test_the_workshop_date_still_comes_before_the_loans() -> None:
    group = new_group("BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan, 01-02-2027")
    assert analysis_start(group, dt.date(2026, 12, 5)) == dt.date(2026, 12, 5)


def test_each_members_share_of_the_lender_is_rounded_up_to_the_cash_unit() -> None:
    names = (*NAMES, "Yusnaini", "Hasanah", "Rahmawati", "Fatimah", "Zubaidah", "Halimah")
    # 295.000 a month back to BMM ÷ 11 members = 26.818,18 each
    at_500 = business_plan(
        new_group("BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan", names, 500)
    ).capacity
    assert (at_500.members, at_500.lender_share) == (11, 27_000)  # up to the next Rp 500
    at_1 = business_plan(
        new_group("BMM, 3.000.000, 12 bulan, 1,5%, flat, bulanan", names, 1)
    ).capacity
    assert at_1.lender_share == 26_819  # to the rupiah, up

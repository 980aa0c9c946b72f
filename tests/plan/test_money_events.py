"""The hand-overs and first instalments the schedules start from, placed in the calendar (#13)."""

from __future__ import annotations

import datetime as dt

from pra.plan.lender import group_lender_schedule
from pra.plan.money_events import event_period, money_events
from pra.plan.schedule import schedule_group
from tests.export.factory import example


def test_jaya_bersama_bmm_hand_over_is_in_the_schedules_month() -> None:
    """Jaya Bersama's BMM loan (Rp 3.000.000) is handed over on Monday 1 Sep 2003; the
    calendar's week holding that day (week 1, 1–7 Sep) is in September 2003, the month the BMM
    schedule counts from; its first weekly instalment (6 Oct, the first Monday on or after the
    one-month grace's end, 1 Oct) is in week 6 (6–12 Oct)."""
    group = example("palembang").groups[1]
    [loan] = group.capital.loans
    lender = group_lender_schedule(group, loan)
    assert lender.disbursed == dt.date(2003, 9, 1)
    events = {e.kind: e for e in money_events(group) if e.source in ("BMM", "")}
    periods = schedule_group(group).periods
    handed = event_period(periods, events["loan"].day)
    assert handed == 0
    start = periods[handed].start
    assert start is not None and (start.year, start.month) == (2003, 9)
    assert events["loan"].amount == 3_000_000
    first = event_period(periods, events["loan_first_due"].day)
    assert first == 5 and lender.instalments[0].due == dt.date(2003, 10, 6)
    # the revolving fund: handed to all 10 members on 1 Sep (10 × Rp 475.000), first due 6 Oct
    assert events["fund_handover"].amount == 4_750_000 and events["fund_handover"].members == 10
    assert events["fund_first_due"].day == dt.date(2003, 10, 6)


def test_an_event_outside_the_calendar_has_no_period() -> None:
    group = example("palembang").groups[1]
    periods = schedule_group(group).periods
    assert periods[-1].end == dt.date(2003, 11, 23)
    assert event_period(periods, dt.date(2003, 11, 24)) is None
    assert event_period(periods, dt.date(2003, 8, 31)) is None


def test_every_round_of_the_fund_is_an_event_on_its_schedules_day() -> None:
    """Sedap Malam's "Putaran pinjaman": 6 members on 1 Sep 2003, then Herlina (6 Oct), Siti
    Zubaidah (6 Nov), Aisyah (6 Dec), Syamsul Bahri (6 Jan 2004), Rp 225.000 in cash each; a later
    round is handed over after the payments of its day (the ledger's order)."""
    from pra.plan.revolving import group_fund

    group = example("palembang").groups[0]
    events = [e for e in money_events(group) if e.kind.startswith("fund")]
    rounds = group_fund(group).rounds
    assert [(e.kind, e.day, e.amount, e.member_ids) for e in events] == [
        ("fund_handover", dt.date(2003, 9, 1), 1_350_000, ()),
        ("fund_first_due", dt.date(2003, 10, 6), 28_500, ()),
        *(("fund_round", r.date, 225_000, r.member_ids) for r in rounds[1:]),
    ]
    assert [r.date for r in rounds[1:3]] == [dt.date(2003, 10, 6), dt.date(2003, 11, 6)]


def test_the_weekly_first_instalment_is_the_first_weeks_payment_with_the_dues() -> None:
    """Jaya Bersama repaying every Monday: the first week (8 Sep 2003) pays Rp 11.500 of
    principal and fee and the month's Rp 5.000 dues, Rp 16.500, as its schedule's first row."""
    from pra.plan.fund import repayment_schedule

    group = example("palembang").groups[1]
    capital = group.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 1})
    group = group.model_copy(update={"capital": capital})
    [due] = [e for e in money_events(group) if e.kind == "fund_first_due"]
    first = repayment_schedule(capital, dt.date(2003, 9, 1)).rows[0]
    assert (due.day, due.amount) == (dt.date(2003, 9, 8), 16_500) == (first.due_date, first.total)
    assert due.parts == (("instalment", 11_500), ("dues", 5_000))
    # the row counts every Monday up to the collecting step's end (23 Nov): 8 Sep – 17 Nov, 11
    assert due.notice().text().replace("\u00a0", " ") == (
        "Dana: angsuran anggota 11 kali, 8 September 2003 – 17 November 2003; angsuran pertama"
        " anggota, Rp 16.500 per anggota (pokok dan jasa Rp 11.500 + iuran Rp 5.000)"
    )


def _accounted(group_index: int) -> tuple[dict[str, int], dict[str, int]]:
    """Per source (a lender's name, ``"members"``): the instalments the calendar's rows count
    and those the sentence after the calendar counts; and the schedules' own numbers."""
    from pra.plan.collection import due_after_collection
    from pra.plan.revolving import group_fund

    group = example("palembang").groups[group_index]
    loans = {loan.id: loan.lender for loan in group.capital.loans}
    counted: dict[str, int] = {}
    for event in money_events(group):
        if event.kind in ("loan_first_due", "fund_first_due"):
            who = event.source if event.kind == "loan_first_due" else "members"
            counted[who] = counted.get(who, 0) + event.count
    after = due_after_collection(group)
    for due in after.dues if after else ():
        who = "members" if due.loan_id is None else loans[due.loan_id]
        counted[who] = counted.get(who, 0) + due.count
    scheduled = {
        loan.lender: len(group_lender_schedule(group, loan).instalments)
        for loan in group.capital.loans
    }
    scheduled["members"] = len({day for r in group_fund(group).rows for day in r.due_dates})
    return counted, scheduled


def test_every_instalment_is_a_calendar_row_or_after_the_calendar() -> None:
    """review11p finding 9: Jaya Bersama's calendar named BMM's first instalment (6 Oct) and the
    sentence after it 45 more (24 Nov 2003 – 27 Sep 2004): 46 of 52, the six of 13 Oct – 17 Nov
    (Rp 411.000) and the members' 6 Nov in neither. Now the row counts 7 (6 Oct – 17 Nov, the
    collecting step ending 23 Nov) and the members' 2 (6 Oct, 6 Nov): 7 + 45 = 52, 2 + 10 = 12.
    Sedap Malam: the members' 2 + 14 after = 16 paying days (6 Oct 2003 – 6 Jan 2005)."""
    counted, scheduled = _accounted(1)
    assert counted == scheduled == {"BMM": 52, "members": 12}
    [bmm] = [e for e in money_events(example("palembang").groups[1]) if e.kind == "loan_first_due"]
    assert (bmm.count, bmm.day, bmm.last, bmm.total) == (
        7,
        dt.date(2003, 10, 6),
        dt.date(2003, 11, 17),
        7 * 68_500,
    )
    assert bmm.notice().text().replace("\u00a0", " ") == (
        "Dana: angsuran kepada BMM 7 kali, 6 Oktober 2003 – 17 November 2003, Rp 68.500 setiap kali"
    )
    counted, scheduled = _accounted(0)
    assert counted == scheduled == {"members": 16}

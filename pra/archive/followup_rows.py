"""The follow-up tables' rows for one workshop (see :mod:`pra.archive.followup_tables`).

Figures against the plan come from ``pra.plan.followup``, the functions the TUI's
dashboard and the progress report use, on each group's last recorded day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from pra.model import BusinessGroup
from pra.model.followup import CRITERIA

if TYPE_CHECKING:
    from pra.archive.rows import Context
    from pra.plan.followup.attendance import MeetingAttendance
    from pra.plan.followup.loans import Rescheduled

Row = tuple[object, ...]


def _b(value: bool) -> str:
    return "true" if value else "false"


def _pct(value: Decimal | None) -> str | None:
    """A percent with two decimals at most (``58.62``), empty when there is none."""
    return None if value is None else format(value.quantize(Decimal("0.01")).normalize(), "f")


def last_day(g: BusinessGroup) -> dt.date | None:
    """The group's last recorded follow-up day (meeting or assessment); ``None``: not followed."""
    days = [m.date for m in g.followup.meetings] + [a.date for a in g.followup.assessments]
    return max(days, default=None)


def meetings(c: Context) -> Iterator[Row]:
    from pra.plan.followup import meeting_attendance

    for g in c.ws.groups:
        for i, m in enumerate(g.followup.meetings, start=1):
            a = meeting_attendance(g, m)
            yield (
                c.ws.id,
                m.id,
                g.id,
                i,
                m.date,
                m.kind,
                c.codes[m.led_by_id] if m.led_by_id else None,
                a.present,
                a.expected,
                m.sales,
                m.costs,
                "\n".join(m.problems),
                m.notes,
            )


def attendance(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for m in g.followup.meetings:
            for r in m.members:
                yield c.ws.id, m.id, c.codes[r.participant_id], _b(r.present)


def payments(c: Context) -> Iterator[Row]:
    """The members' instalments and loans (the group's payments to lenders: :func:`lender_payments`)."""
    for g in c.ws.groups:
        for m in g.followup.meetings:
            for r in m.members:
                if r.instalment or r.loan_out:
                    yield c.ws.id, m.id, c.codes[r.participant_id], r.instalment, r.loan_out


def lender_payments(c: Context) -> Iterator[Row]:
    """The group's payments to its lenders, one per lender loan paid at a meeting."""
    for g in c.ws.groups:
        for m in g.followup.meetings:
            for p in m.lender_payments:
                yield c.ws.id, m.id, p.source_id, p.amount


def savings(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for m in g.followup.meetings:
            for r in m.members:
                if r.savings_principal or r.savings_compulsory or r.savings_voluntary:
                    yield (
                        c.ws.id,
                        m.id,
                        c.codes[r.participant_id],
                        r.savings_principal,
                        r.savings_compulsory,
                        r.savings_voluntary,
                    )


def reschedules(c: Context) -> Iterator[Row]:
    """Each reschedule with the old and new terms and what :mod:`pra.plan.followup.loans`
    made of it on its day (empty figures when nothing was owed then)."""
    from pra.plan.followup import member_loans

    for g in c.ws.groups:
        done: dict[tuple[str, dt.date], list[Rescheduled]] = {}
        for ref in dict.fromkeys(r.participant_id for r in g.followup.reschedules):
            for each in member_loans(g, ref).rescheduled:
                done.setdefault((ref, each.date), []).append(each)
        # in date order, as the loans apply them: the term each one replaces, what it did
        term: dict[str, int] = {}
        made: dict[str, tuple[int, Rescheduled | None]] = {}
        for r in sorted(g.followup.reschedules, key=lambda r: r.date):
            found = done.get((r.participant_id, r.date))
            change = found.pop(0) if found else None
            made[r.id] = (term.get(r.participant_id, g.capital.loan_term_months), change)
            if change is not None:
                term[r.participant_id] = r.term_months
        for r in g.followup.reschedules:
            old, change = made[r.id]
            first = change.instalments[0] if change and change.instalments else None
            yield (
                c.ws.id,
                r.id,
                g.id,
                c.codes[r.participant_id],
                r.date,
                old,
                r.term_months,
                change.missed if change else None,
                change.missed_count if change else None,
                change.principal if change else None,
                change.charges if change else None,
                first.total if first else None,
                first.date if first else None,
                r.reason,
            )


def assessments(c: Context) -> Iterator[Row]:
    """``lkm_eligible``: ready on the assessment's day by the one rule of
    :mod:`pra.plan.followup.lkm` (grade, repayment rate, PAR30, lender arrears), as the
    progress report says it."""
    from pra.plan.followup import TOTAL_CRITERIA, lkm_readiness, score

    for g in c.ws.groups:
        for a in g.followup.assessments:
            s = score(a, c.ws.grading)
            yield (
                c.ws.id,
                a.id,
                g.id,
                a.date,
                sum(len(x.met) for x in s.areas),
                TOTAL_CRITERIA,
                _pct(s.percent),
                *(_pct(x.percent) for x in s.areas),
                s.by_rule,
                s.grade,
                s.reason,
                _b(lkm_readiness(c.ws, g, a.date, s).ready),
                a.notes,
            )


def assessment_criteria(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for a in g.followup.assessments:
            for area, key in dict.fromkeys(a.met):
                if key in CRITERIA[area]:
                    yield c.ws.id, a.id, area, key


def group_followup(c: Context) -> Iterator[Row]:
    from pra.plan.followup import (
        fund_balance,
        latest_grading,
        loan_statuses,
        meeting_attendance,
        par30,
        repayment_rate,
    )

    for g in c.ws.groups:
        on = last_day(g)
        if on is None:
            continue
        f = g.followup
        loans = loan_statuses(g, on)
        fund = fund_balance(c.ws, g, on)
        grading = latest_grading(c.ws, g, on)
        own = [m for m in f.meetings if m.kind == "meeting"]
        attended = [meeting_attendance(g, m) for m in own]
        yield (
            c.ws.id,
            g.id,
            on,
            f.mentor,
            len(f.meetings),
            len(f.left),
            sum(s.borrowed for s in loans),
            # what fell due, rescheduled instalments included: the repayment rate's
            # denominator, so that paid_when_due / due is repayment_rate
            sum(s.fell_due for s in loans),
            sum(s.on_time_paid for s in loans),
            sum(s.arrears for s in loans),
            sum(s.outstanding for s in loans),
            _pct(repayment_rate(loans)),
            _pct(par30(loans)),
            _pct(_attendance(attended)),
            fund.actual,
            fund.planned,
            grading.grade if grading else None,
            f.lkm,
            f.linked_on,
            f.independent_on,
            sum(s.outstanding for s in loans if s.at_risk),
            sum(a.present for a in attended),
            sum(a.expected for a in attended),
            fund.stimulus,
        )


def _attendance(rows: list[MeetingAttendance]) -> Decimal | None:
    expected = sum(a.expected for a in rows)
    return Decimal(100) * sum(a.present for a in rows) / expected if expected else None

"""What the records show: criteria the assessor may tick, early warnings, and the mandiri check.

The assessor decides; :func:`suggest_met` only names the criteria the meetings
and the plan bear out, so the form can offer them. Warnings and the mandiri
criteria are :class:`~pra.plan.notice.Notice` sentences (``followup.warning.*``,
``followup.mandiri.*``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from pra.model import BusinessGroup, Workshop
from pra.model.followup import ResultArea
from pra.plan.due_dates import add_months
from pra.plan.followup.attendance import meetings_until, recent_attendance
from pra.plan.followup.business import business_result, profit_warning, profitable
from pra.plan.followup.criteria import grade_history, grade_rank, latest_grading
from pra.plan.followup.fund import fund_balance
from pra.plan.followup.lender import LenderStatus, lender_statuses
from pra.plan.followup.loans import LATE_DAYS, LoanStatus, member_loans, par30, repayment_rate
from pra.plan.followup.members import members_on
from pra.plan.followup.savings import savings_status
from pra.plan.notice import Money, Notice
from pra.plan.sources import source_name

LOW_ATTENDANCE = Decimal(60)
"""Warn when fewer than this percent came to the last :data:`RECENT` meetings."""
RECENT = 3
GOOD_REPAYMENT = Decimal(90)
"""The 'repayment rate' criterion: at least this percent of what fell due is paid."""
MANDIRI_REPAYMENT = Decimal(95)
SAVINGS_BEHIND = Decimal(80)
"""Warn when the group saved less than this percent of the dues agreed."""
QUIET_DAYS = 45
"""Warn when the group has not met for this many days."""


def borrower_ids(group: BusinessGroup) -> tuple[str, ...]:
    """The members and everyone a meeting recorded (former members), in that order."""
    return tuple(
        dict.fromkeys(
            [*group.member_ids]
            + [r.participant_id for m in group.followup.meetings for r in m.members]
        )
    )


def loan_statuses(group: BusinessGroup, on: dt.date) -> tuple[LoanStatus, ...]:
    """Every member's loans at ``on`` (members who never borrowed included, with zeros)."""
    return tuple(member_loans(group, pid).status(on) for pid in borrower_ids(group))


def _monthly_meetings(group: BusinessGroup, on: dt.date, months: int = RECENT) -> bool:
    """A group meeting in each of the ``months`` months before ``on`` (a month = 31 days back)."""
    dates = [m.date for m in meetings_until(group, on) if m.kind == "meeting"]
    for k in range(months):
        end = add_months(on, -k)
        start = add_months(on, -k - 1)
        if not any(start < d <= end for d in dates):
            return False
    return True


def suggest_met(
    workshop: Workshop, group: BusinessGroup, on: dt.date
) -> tuple[tuple[ResultArea, str], ...]:
    """The criteria the records bear out at ``on`` (those needing an eye, like the books, are left out)."""
    meetings = meetings_until(group, on)
    recent = [m for m in meetings if m.kind == "meeting"][-RECENT:]
    out: list[tuple[ResultArea, str]] = []
    if _monthly_meetings(group, on):
        out.append(("organisation", "regular_meetings"))
    officers = [o for o in (group.chair_id, group.treasurer_id) if o]
    if (
        recent
        and officers
        and all(sum(o in m.present_ids() for m in recent) * 3 >= 2 * len(recent) for o in officers)
    ):
        out.append(("organisation", "officers_active"))
    if group.capital.rules:
        out.append(("organisation", "rules_written"))
    attendance = recent_attendance(group, on)
    if attendance is not None and attendance >= 75:
        out.append(("organisation", "members_attend"))
    if meetings and all(any(r.present for r in m.members) for m in meetings):
        out.append(("administration", "attendance_list"))
    saved = [sum(r.savings_compulsory + r.savings_voluntary for r in m.members) for m in recent]
    if len(saved) >= 2 and all(s > 0 for s in saved):
        out.append(("capital", "savings_growing"))
    rate = repayment_rate(loan_statuses(group, on))
    if rate is not None and rate >= GOOD_REPAYMENT:
        out.append(("capital", "repayment_rate"))
    borrowers = {r.participant_id for m in meetings for r in m.members if r.loan_out}
    first = set(group.capital.first_round_ids) or set(group.member_ids)
    if borrowers - first:
        out.append(("capital", "fund_revolving"))
    business = business_result(group, on)
    if business.last_report is not None and (on - business.last_report).days <= 62:
        out.append(("business", "running"))
    if profitable(group, on):
        out.append(("business", "profitable"))
    if business.reports >= RECENT:
        out.append(("business", "sales_recorded"))
    linked = group.followup.linked_on
    if group.followup.lkm.strip() and (linked is None or linked <= on):
        out.append(("network", "lkm"))
    return tuple(out)


def _names(workshop: Workshop, ids: list[str]) -> tuple[str, ...]:
    return tuple((p.name if (p := workshop.participant(i)) else i) for i in ids)


def early_warnings(
    workshop: Workshop,
    group: BusinessGroup,
    on: dt.date,
    *,
    statuses: tuple[LoanStatus, ...] | None = None,
    lenders: tuple[LenderStatus, ...] | None = None,
) -> tuple[Notice, ...]:
    """What the mentor should look at now, as sentences (empty when all is well).

    ``statuses`` and ``lenders``: :func:`loan_statuses` and
    :func:`~pra.plan.followup.lender.lender_statuses` of ``on`` when the caller has them."""
    out: list[Notice] = []
    statuses = loan_statuses(group, on) if statuses is None else statuses
    late = [s for s in statuses if s.days_late > LATE_DAYS]
    if late:
        late.sort(key=lambda s: -s.days_late)
        out.append(
            Notice(
                "followup.warning.arrears_30",
                {
                    "count": len(late),
                    "days": LATE_DAYS,
                    "names": _names(workshop, [s.participant_id for s in late]),
                    "amount": Money(sum(s.arrears for s in late)),
                },
            )
        )
    for lender in lender_statuses(group, on) if lenders is None else lenders:
        if lender.days_late > LATE_DAYS:
            out.append(
                Notice(
                    "followup.warning.lender_arrears",
                    {
                        "lender": source_name(lender.loan),
                        "days": LATE_DAYS,
                        "amount": Money(lender.arrears),
                        "since": lender.oldest_unpaid,
                    },
                )
            )
    attendance = recent_attendance(group, on, RECENT)
    if attendance is not None and attendance < LOW_ATTENDANCE:
        out.append(
            Notice(
                "followup.warning.attendance_low",
                {
                    "limit": LOW_ATTENDANCE,
                    "count": RECENT,
                    "percent": attendance.quantize(Decimal(1)),
                },
            )
        )
    dates = [m.date for m in meetings_until(group, on) if m.kind == "meeting"]
    if dates and (on - dates[-1]).days > QUIET_DAYS:
        out.append(
            Notice(
                "followup.warning.no_meeting", {"date": dates[-1], "days": (on - dates[-1]).days}
            )
        )
    savings = [savings_status(workshop, group, m, on) for m in members_on(group, on)]
    agreed = sum(s.agreed for s in savings)
    saved = sum(s.compulsory for s in savings)
    if agreed and Decimal(100) * saved / agreed < SAVINGS_BEHIND:
        out.append(
            Notice(
                "followup.warning.savings_behind",
                {"saved": Money(saved), "agreed": Money(agreed)},
            )
        )
    fund = fund_balance(workshop, group, on)
    if fund.planned and fund.actual < fund.planned * 9 // 10:
        out.append(
            Notice(
                "followup.warning.fund_below_plan",
                {"actual": Money(fund.actual), "planned": Money(fund.planned)},
            )
        )
    grades = [g.grade for g in grade_history(workshop, group) if g.date <= on]
    if len(grades) >= 2 and grade_rank(grades[-1], workshop.grading) > grade_rank(
        grades[-2], workshop.grading
    ):
        out.append(Notice("followup.warning.grade_down", {"before": grades[-2], "now": grades[-1]}))
    profit = profit_warning(group, on)
    if profit is not None:
        out.append(profit)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class MandiriCriterion:
    key: str
    met: bool
    notice: Notice


def mandiri_criteria(
    workshop: Workshop,
    group: BusinessGroup,
    on: dt.date,
    *,
    statuses: tuple[LoanStatus, ...] | None = None,
) -> tuple[MandiriCriterion, ...]:
    """The conditions for ending the mentoring (the group stands on its own), each met or not
    (``statuses``: :func:`loan_statuses` of ``on`` when the caller has them)."""
    grading = latest_grading(workshop, group, on)
    top = workshop.grading.bands[0].grade
    statuses = loan_statuses(group, on) if statuses is None else statuses
    rate = repayment_rate(statuses)
    risk = par30(statuses)
    savings = [savings_status(workshop, group, m, on) for m in members_on(group, on)]
    agreed = sum(s.agreed for s in savings)
    saved = sum(s.compulsory for s in savings)
    rows: list[tuple[str, bool, dict[str, object]]] = [
        ("top_grade", grading is not None and grading.grade == top, {"grade": top}),
        (
            "all_areas",
            grading is not None and all(a.percent >= 50 for a in grading.areas),
            {"percent": Decimal(50)},
        ),
        (
            "repayment",
            rate is None or rate >= MANDIRI_REPAYMENT,
            {"percent": MANDIRI_REPAYMENT},
        ),
        ("no_par30", not risk, {"days": LATE_DAYS}),
        ("meets_monthly", _monthly_meetings(group, on), {"count": RECENT}),
        ("savings", not agreed or saved * 10 >= agreed * 9, {"percent": Decimal(90)}),
    ]
    return tuple(
        MandiriCriterion(key, met, Notice(f"followup.mandiri.{key}", params))
        for key, met, params in rows
    )

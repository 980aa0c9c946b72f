"""Everything about one group's follow-up at a day, in one value (for the dashboard, the report, stats)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from pra.model import BusinessGroup, Workshop
from pra.plan.followup.attendance import (
    MeetingAttendance,
    MemberAttendance,
    attendance_by_meeting,
    member_attendance,
)
from pra.plan.followup.business import (
    BusinessResult,
    MonthSales,
    business_result,
    sales_against_plan,
)
from pra.plan.followup.criteria import Grading, grade_history
from pra.plan.followup.evidence import (
    MandiriCriterion,
    borrower_ids,
    early_warnings,
    mandiri_criteria,
)
from pra.plan.followup.fund import FundBalance, fund_balance
from pra.plan.followup.lender import LenderStatus, lender_statuses
from pra.plan.followup.lkm import LkmReadiness, lkm_readiness
from pra.plan.followup.loans import (
    LoanStatus,
    MonthDue,
    Rescheduled,
    due_by_month,
    member_loans,
    par30,
    repayment_rate,
)
from pra.plan.followup.members import followup_start
from pra.plan.followup.savings import SavingsStatus, savings_status
from pra.plan.notice import Notice


@dataclass(frozen=True, slots=True)
class GroupProgress:
    """A group's follow-up at the end of ``on``: see each field's module for how it is counted."""

    group_id: str
    on: dt.date
    start: dt.date | None
    loans: tuple[LoanStatus, ...]
    """One per member (and per former member)."""
    repayment_rate: Decimal | None
    par30: Decimal | None
    months: tuple[MonthDue, ...]
    """The group's due against paid per calendar month from the start."""
    fund: FundBalance
    lenders: tuple[LenderStatus, ...]
    """The group's repayments to each of its lenders: due against paid."""
    savings: tuple[SavingsStatus, ...]
    meetings: tuple[MeetingAttendance, ...]
    attendance: tuple[MemberAttendance, ...]
    business: BusinessResult
    sales: tuple[MonthSales, ...]
    """Each month the group reported sales in, against its business analysis (empty without one)."""
    grades: tuple[Grading, ...]
    """Every assessment up to ``on``, oldest first."""
    mandiri: tuple[MandiriCriterion, ...]
    warnings: tuple[Notice, ...]
    reschedules: tuple[tuple[str, Rescheduled], ...] = ()
    """Each loan rescheduled up to ``on`` (member id, what changed), by date."""
    lkm: LkmReadiness | None = None
    """Whether the group may be linked to an LKM (grade and repayment record)."""

    @property
    def grading(self) -> Grading | None:
        """The latest assessment."""
        return self.grades[-1] if self.grades else None

    @property
    def attendance_rate(self) -> Decimal | None:
        """Percent present over all the group's own meetings."""
        rows = [m for m in self.meetings if m.kind == "meeting"]
        expected = sum(m.expected for m in rows)
        return Decimal(100) * sum(m.present for m in rows) / expected if expected else None

    @property
    def arrears(self) -> int:
        return sum(s.arrears for s in self.loans)

    @property
    def outstanding(self) -> int:
        return sum(s.outstanding for s in self.loans)


def group_progress(workshop: Workshop, group: BusinessGroup, on: dt.date) -> GroupProgress:
    """The group's follow-up at the end of ``on`` (``on`` is today or a report's last day)."""
    start = followup_start(workshop, group)
    # every member's loans built once, and read by the rate, PAR30, the months, the
    # warnings, the mandiri conditions and the LKM rule alike
    ids = borrower_ids(group)
    loans = [member_loans(group, i) for i in ids]
    statuses = tuple(ml.status(on) for ml in loans)
    lenders = lender_statuses(group, on)
    first = start or min((m.date for m in group.followup.meetings), default=on)
    return GroupProgress(
        group_id=group.id,
        on=on,
        start=start,
        loans=statuses,
        repayment_rate=repayment_rate(statuses),
        par30=par30(statuses),
        months=due_by_month(loans, min(first, on), on),
        fund=fund_balance(workshop, group, on),
        lenders=lenders,
        savings=tuple(savings_status(workshop, group, i, on) for i in ids),
        meetings=attendance_by_meeting(group, on),
        attendance=tuple(member_attendance(group, i, on) for i in ids),
        business=business_result(group, on),
        sales=sales_against_plan(group, on),
        grades=tuple(g for g in grade_history(workshop, group) if g.date <= on),
        mandiri=mandiri_criteria(workshop, group, on, statuses=statuses),
        warnings=early_warnings(workshop, group, on, statuses=statuses, lenders=lenders),
        lkm=lkm_readiness(workshop, group, on, statuses=statuses, lenders=lenders),
        reschedules=tuple(
            sorted(
                ((ml.participant_id, r) for ml in loans for r in ml.rescheduled if r.date <= on),
                key=lambda pair: pair[1].date,
            )
        ),
    )

"""Pendampingan against the plan: pure functions over a workshop's follow-up records.

Every function takes the day it is asked about (``on``: today, or a report's last
day) and never reads the clock. The public API, stable for the TUI, the progress
report and the archive:

- :func:`group_progress` → :class:`GroupProgress`: everything below for one group;
- loans (:mod:`.loans`): :func:`member_loans`, :class:`LoanStatus` (due, paid,
  arrears, days late, outstanding), :func:`repayment_rate`, :func:`par30`,
  :func:`due_by_month`; the group's own repayments to its lenders (:mod:`.lender`):
  :func:`lender_statuses` → :class:`LenderStatus` (due, paid, arrears), and over a
  report's period :func:`lender_period` / :func:`lender_periods` → :class:`LenderPeriod`
  (due and paid within it, running arrears at both ends);
- :func:`fund_balance` (actual against planned), :func:`savings_status` (savings
  against agreed dues), :func:`attendance_by_meeting`, :func:`member_attendance`,
  :func:`business_result`, :func:`sales_against_plan` (actual against the business
  analysis per month, a report counting in :func:`report_month`) and :func:`profit_warning`, and
  :func:`profitable` (the criterion, judged by the same plan);
- the five result areas (:mod:`.criteria`): :data:`CRITERIA`, :func:`criterion_text`,
  :func:`score` → :class:`Grading`, :func:`grade_history`, :func:`latest_grading`;
- from the records (:mod:`.evidence`): :func:`suggest_met`, :func:`early_warnings`,
  :func:`mandiri_criteria`;
- :func:`lkm_readiness` (:mod:`.lkm`): may the group be linked to an LKM (grade and repayment).
"""

from pra.model.followup import CRITERIA, RESULT_AREAS
from pra.plan.followup.attendance import (
    MeetingAttendance,
    MemberAttendance,
    attendance_by_meeting,
    meeting_attendance,
    member_attendance,
    recent_attendance,
)
from pra.plan.followup.business import (
    BELOW_PLAN_MONTHS,
    BusinessResult,
    MonthSales,
    business_result,
    profit_warning,
    profitable,
    report_month,
    sales_against_plan,
)
from pra.plan.followup.criteria import (
    TOTAL_CRITERIA,
    AreaScore,
    Grading,
    area_name,
    criterion_text,
    grade_for,
    grade_history,
    latest_grading,
    score,
)
from pra.plan.followup.evidence import (
    MandiriCriterion,
    early_warnings,
    loan_statuses,
    mandiri_criteria,
    suggest_met,
)
from pra.plan.followup.fund import FundBalance, fund_balance, planned_ledger
from pra.plan.followup.lender import (
    LenderPeriod,
    LenderStatus,
    lender_period,
    lender_periods,
    lender_status,
    lender_statuses,
)
from pra.plan.followup.lkm import LKM_PAR30, LKM_REPAYMENT, LkmReadiness, lkm_readiness
from pra.plan.followup.loans import (
    LATE_DAYS,
    Due,
    LoanStatus,
    MemberLoans,
    MonthDue,
    Payment,
    Rescheduled,
    due_by_month,
    loan_status,
    member_loans,
    par30,
    repayment_rate,
)
from pra.plan.followup.members import followup_start, is_member_on, members_on
from pra.plan.followup.progress import GroupProgress, group_progress
from pra.plan.followup.savings import SavingsStatus, savings_status

__all__ = [
    "BELOW_PLAN_MONTHS",
    "CRITERIA",
    "LATE_DAYS",
    "LKM_PAR30",
    "LKM_REPAYMENT",
    "RESULT_AREAS",
    "TOTAL_CRITERIA",
    "AreaScore",
    "BusinessResult",
    "Due",
    "FundBalance",
    "Grading",
    "GroupProgress",
    "LenderPeriod",
    "LenderStatus",
    "LkmReadiness",
    "LoanStatus",
    "MandiriCriterion",
    "MeetingAttendance",
    "MemberAttendance",
    "MemberLoans",
    "MonthDue",
    "MonthSales",
    "Payment",
    "Rescheduled",
    "SavingsStatus",
    "area_name",
    "attendance_by_meeting",
    "business_result",
    "criterion_text",
    "due_by_month",
    "early_warnings",
    "followup_start",
    "fund_balance",
    "grade_for",
    "grade_history",
    "group_progress",
    "is_member_on",
    "latest_grading",
    "lender_period",
    "lender_periods",
    "lender_status",
    "lender_statuses",
    "lkm_readiness",
    "loan_status",
    "loan_statuses",
    "mandiri_criteria",
    "meeting_attendance",
    "member_attendance",
    "member_loans",
    "members_on",
    "par30",
    "planned_ledger",
    "profit_warning",
    "profitable",
    "recent_attendance",
    "repayment_rate",
    "report_month",
    "sales_against_plan",
    "savings_status",
    "score",
    "suggest_met",
]

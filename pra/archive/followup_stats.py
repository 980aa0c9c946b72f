"""The follow-up part of ``pra stats``: groups by grade, repayment, PAR30, attendance, the fund.

Each followed group is counted on its last recorded day (never the day the
summary is made); rates are pooled over the groups of a scope (all paid when
due over all due, not a mean of the groups' rates), as a portfolio report does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from pra.model import Workshop


@dataclass(slots=True)
class FollowTally:
    """The follow-up counters of one scope (all, a city, or one workshop)."""

    groups: int = 0
    """Groups with follow-up records."""
    grades: Counter[str] = field(default_factory=Counter)
    """Latest grade → groups ('' for a followed group never assessed)."""
    due: int = 0
    """Instalments fallen due, those later rescheduled unpaid included (as
    :func:`pra.plan.followup.repayment_rate` counts them)."""
    paid_when_due: int = 0
    outstanding: int = 0
    at_risk: int = 0
    present: int = 0
    expected: int = 0
    fund_actual: int = 0
    fund_planned: int = 0
    doubtful: set[str] = field(default_factory=set)
    """The figures (``repayment_rate``, ``par30``, ``fund_actual``) counted from a summary
    cell its detail tables contradict (:mod:`pra.archive.package_check`): printed marked."""

    def add(self, ws: Workshop) -> None:
        from pra.archive.followup_rows import last_day
        from pra.plan.followup import (
            fund_balance,
            latest_grading,
            loan_statuses,
            meeting_attendance,
        )

        for g in ws.groups:
            on = last_day(g)
            if on is None:
                continue
            self.groups += 1
            grading = latest_grading(ws, g, on)
            self.grades[grading.grade if grading else ""] += 1
            loans = loan_statuses(g, on)
            # the plan's repayment rate divides by what fell due, rescheduled unpaid included
            self.due += sum(s.fell_due for s in loans)
            self.paid_when_due += sum(s.on_time_paid for s in loans)
            self.outstanding += sum(s.outstanding for s in loans)
            self.at_risk += sum(s.outstanding for s in loans if s.at_risk)
            for m in g.followup.meetings:
                if m.kind == "meeting":
                    a = meeting_attendance(g, m)
                    self.present += a.present
                    self.expected += a.expected
            fund = fund_balance(ws, g, on)
            self.fund_actual += fund.actual
            self.fund_planned += fund.planned or 0

    def merge(self, other: FollowTally) -> None:
        self.groups += other.groups
        self.grades.update(other.grades)
        self.doubtful |= other.doubtful
        for name in (
            "due",
            "paid_when_due",
            "outstanding",
            "at_risk",
            "present",
            "expected",
            "fund_actual",
            "fund_planned",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _share(part: int, whole: int) -> float | str:
        """A percent to one decimal (halves up), or '' when there is nothing to divide."""
        if not whole:
            return ""
        tenths = (Decimal(1000) * part / whole).quantize(Decimal(1), rounding="ROUND_HALF_UP")
        return float(tenths / 10)

    def figures(self) -> tuple[int, float | str, float | str, float | str, int, int]:
        """(groups, repayment rate %, PAR30 %, attendance %, fund actual, fund planned)."""
        return (
            self.groups,
            self._share(self.paid_when_due, self.due),
            self._share(self.at_risk, self.outstanding),
            self._share(self.present, self.expected),
            self.fund_actual,
            self.fund_planned,
        )

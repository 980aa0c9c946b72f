"""Whether a group may be linked to a microfinance institution (LKM, e.g. BMM).

Bina Swadaya links only groups classified A or B (the workshop's
:attr:`~pra.model.followup.GradingRule.eligible` grades), and the reason is the
group's record as borrowers: a group whose members do not repay the fund will
not repay an LKM either. So the grade is not enough on its own: the group must
also repay its own fund well, by the figures the progress report prints:

- at least :data:`LKM_REPAYMENT` percent of what fell due paid on time, the
  threshold of the capital area's repayment criterion
  (:data:`pra.plan.followup.evidence.GOOD_REPAYMENT`);
- a portfolio at risk (PAR30) of at most :data:`LKM_PAR30` percent, the part
  that threshold leaves unpaid;
- and some instalment must have fallen due (a record to judge by).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from pra.model import BusinessGroup, Workshop
from pra.plan.followup.criteria import latest_grading
from pra.plan.followup.evidence import GOOD_REPAYMENT, loan_statuses
from pra.plan.followup.loans import par30, repayment_rate

LKM_REPAYMENT = GOOD_REPAYMENT
"""Least percent of the instalments due repaid on time for a link to an LKM."""
LKM_PAR30 = Decimal(100) - GOOD_REPAYMENT
"""Most percent of the outstanding principal more than 30 days late for a link to an LKM."""


@dataclass(frozen=True, slots=True)
class LkmReadiness:
    """The conditions for a link to an LKM at a date, and the group's figures against them."""

    grade: str | None
    """The latest grade (``None``: never assessed)."""
    eligible_grades: tuple[str, ...]
    rate: Decimal | None
    """Repayment rate (``None``: nothing fell due yet)."""
    par30: Decimal | None
    """PAR30 (``None``: nothing outstanding)."""

    @property
    def grade_ok(self) -> bool:
        return self.grade is not None and self.grade in self.eligible_grades

    @property
    def rate_ok(self) -> bool:
        return self.rate is not None and self.rate >= LKM_REPAYMENT

    @property
    def par30_ok(self) -> bool:
        return self.par30 is None or self.par30 <= LKM_PAR30

    @property
    def ready(self) -> bool:
        return self.grade_ok and self.rate_ok and self.par30_ok


def lkm_readiness(workshop: Workshop, group: BusinessGroup, on: dt.date) -> LkmReadiness:
    """Whether ``group`` may be linked to an LKM at the end of ``on`` (see the module)."""
    grading = latest_grading(workshop, group, on)
    statuses = loan_statuses(group, on)
    return LkmReadiness(
        grade=grading.grade if grading is not None else None,
        eligible_grades=tuple(workshop.grading.eligible),
        rate=repayment_rate(statuses),
        par30=par30(statuses),
    )

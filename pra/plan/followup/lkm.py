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
- some instalment must have fallen due (a record to judge by);
- and no instalment to a lender the group already borrows from more than
  :data:`~pra.plan.followup.loans.LATE_DAYS` days late
  (:mod:`pra.plan.followup.lender`), the threshold of PAR30 and of the early
  warning: a group behind with one institution is not linked to another, but a
  group that pays its BMM at its meeting on the 10th for a due date on the 1st is
  not behind.

A figure that falls short is never printed as its threshold: a rate of 89,6% or a
PAR30 of 10,4% reads with one decimal, rounded away from the threshold (never "90%"
against a rule of 90%).

This is the one rule: the progress report, the mentor's summary, the assessment
screen, the link edit (:func:`pra.edit.followup.link_lkm`) and the archive's
``lkm_eligible`` column all ask :func:`lkm_readiness`, and say which figure falls
short with :meth:`LkmReadiness.shortfalls`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from pra.i18n import Language, t
from pra.model import BusinessGroup, Workshop
from pra.plan.followup.criteria import Grading, latest_grading
from pra.plan.followup.evidence import GOOD_REPAYMENT, loan_statuses
from pra.plan.followup.lender import LenderStatus, lender_statuses
from pra.plan.followup.loans import LATE_DAYS, LoanStatus, par30, repayment_rate
from pra.plan.notice import Money, Notice
from pra.plan.sources import source_name

LKM_REPAYMENT = GOOD_REPAYMENT
"""Least percent of the instalments due repaid on time for a link to an LKM."""
LKM_PAR30 = Decimal(100) - GOOD_REPAYMENT
"""Most percent of the outstanding principal more than 30 days late for a link to an LKM."""


def shown_short(figure: Decimal, threshold: Decimal, rounding: str) -> Decimal:
    """``figure`` as a sentence saying it falls short of ``threshold`` prints it: a whole
    percent, or one decimal rounded away from the threshold (``rounding``: ``ROUND_FLOOR``
    for a least figure, ``ROUND_CEILING`` for a most) where the whole percent would read
    as the threshold or past it (89,6% → ``89,6``, not ``90``)."""
    whole = figure.quantize(Decimal(1), ROUND_HALF_EVEN)
    short_of_least = rounding == ROUND_FLOOR and whole < threshold
    short_of_most = rounding == ROUND_CEILING and whole > threshold
    if short_of_least or short_of_most:
        return whole
    return figure.quantize(Decimal("0.1"), rounding)


@dataclass(frozen=True, slots=True)
class LenderArrears:
    """What the group owes a lender it already borrows from, due and not paid, with an
    instalment more than :data:`~pra.plan.followup.loans.LATE_DAYS` days late."""

    lender: Notice | str
    """The lender (``BMM``), or the loan's name when the lender is not named."""
    amount: int
    since: dt.date | None
    """The oldest instalment not wholly paid."""


@dataclass(frozen=True, slots=True)
class Shortfalls:
    """The figures that fall short, said as one clause list (``nilai C; PAR30 62%``)."""

    reasons: tuple[Notice, ...]

    def text(self, lang: Language | None = None) -> str:
        return "; ".join(n.text(lang) for n in self.reasons)


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
    lender_arrears: tuple[LenderArrears, ...] = ()
    """The group's arrears to the lenders it is more than
    :data:`~pra.plan.followup.loans.LATE_DAYS` days behind with (fewer days late: not
    here, as the early warning waits as long)."""

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
    def lenders_ok(self) -> bool:
        return not self.lender_arrears

    @property
    def ready(self) -> bool:
        return self.grade_ok and self.rate_ok and self.par30_ok and self.lenders_ok

    def rule(self, lang: Language | None = None) -> str:
        """The conditions, with their thresholds (``nilai A atau B, ... 90% ... 10%``)."""
        either = f" {t('followup.lkm.or', lang)} "
        return Notice(
            "followup.lkm.rule",
            {
                "grades": either.join(self.eligible_grades),
                "rate": LKM_REPAYMENT,
                "par30": LKM_PAR30,
                "days": LATE_DAYS,
            },
        ).text(lang)

    def shortfalls(self) -> Shortfalls:
        """Each condition not met, with the group's figure (empty when :attr:`ready`)."""
        out: list[Notice] = []
        if self.grade is None:
            out.append(Notice("followup.lkm.reason_ungraded"))
        elif not self.grade_ok:
            out.append(Notice("followup.lkm.reason_grade", {"grade": self.grade}))
        if self.rate is None:
            out.append(Notice("followup.lkm.reason_no_record"))
        elif not self.rate_ok:
            rate = shown_short(self.rate, LKM_REPAYMENT, ROUND_FLOOR)
            out.append(Notice("followup.lkm.reason_rate", {"rate": rate}))
        if not self.par30_ok and self.par30 is not None:
            at_risk = shown_short(self.par30, LKM_PAR30, ROUND_CEILING)
            out.append(Notice("followup.lkm.reason_par30", {"par30": at_risk}))
        for owed in self.lender_arrears:
            out.append(
                Notice(
                    "followup.lkm.reason_lender",
                    {
                        "lender": owed.lender,
                        "amount": Money(owed.amount),
                        "since": owed.since,
                        "days": LATE_DAYS,
                    },
                )
            )
        return Shortfalls(tuple(out))

    def verdict(self, lang: Language | None = None) -> str:
        """Whether the group may be linked, with its figures or what falls short."""
        if self.ready:
            return Notice(
                "followup.lkm.ready",
                {
                    "grade": self.grade,
                    "rate": (self.rate or Decimal(0)).quantize(1),
                    "par30": (self.par30 or Decimal(0)).quantize(1),
                },
            ).text(lang)
        return t("followup.lkm.not_ready", lang, reasons=self.shortfalls().text(lang))


def lkm_readiness(
    workshop: Workshop,
    group: BusinessGroup,
    on: dt.date,
    grading: Grading | None = None,
    *,
    statuses: tuple[LoanStatus, ...] | None = None,
    lenders: tuple[LenderStatus, ...] | None = None,
) -> LkmReadiness:
    """Whether ``group`` may be linked to an LKM at the end of ``on`` (see the module).

    ``grading``: the assessment to judge the grade by (default: the latest up to ``on``);
    ``statuses`` and ``lenders``: the members' loans and the lender loans at ``on`` when
    the caller has them (:func:`~pra.plan.followup.group_progress`).
    """
    if grading is None:
        grading = latest_grading(workshop, group, on)
    statuses = loan_statuses(group, on) if statuses is None else statuses
    owed = tuple(
        LenderArrears(s.loan.lender or source_name(s.loan), s.arrears, s.oldest_unpaid)
        for s in (lender_statuses(group, on) if lenders is None else lenders)
        if s.arrears and s.days_late > LATE_DAYS
    )
    return LkmReadiness(
        grade=grading.grade if grading is not None else None,
        eligible_grades=tuple(workshop.grading.eligible),
        rate=repayment_rate(statuses),
        par30=par30(statuses),
        lender_arrears=owed,
    )

"""The five result areas: scores, the grade by the workshop's rule, LKM eligibility, mandiri.

The criteria are :data:`pra.model.followup.CRITERIA` (keys); their sentences are
``followup.criteria.<area>.<key>`` in the catalogues. An assessment lists the
criteria met; an area's score is the share of its criteria met, and the overall
percent, all criteria met over all criteria, chooses the grade band
(:class:`~pra.model.followup.GradingRule`). A grade set by hand, with its
reason, wins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from pra.i18n import Language, get_language, t
from pra.model import BusinessGroup, Workshop
from pra.model.followup import CRITERIA, RESULT_AREAS, Assessment, GradingRule, ResultArea

TOTAL_CRITERIA = sum(len(keys) for keys in CRITERIA.values())


def criterion_text(area: ResultArea, key: str, lang: Language | None = None) -> str:
    """The criterion's sentence (``Pertemuan rutin diadakan setiap bulan``)."""
    return t(f"followup.criteria.{area}.{key}", lang or get_language())


def area_name(area: ResultArea, lang: Language | None = None) -> str:
    return t(f"followup.area.{area}", lang or get_language())


@dataclass(frozen=True, slots=True)
class AreaScore:
    area: ResultArea
    met: tuple[str, ...]
    total: int

    @property
    def percent(self) -> Decimal:
        return Decimal(100) * len(self.met) / self.total


@dataclass(frozen=True, slots=True)
class Grading:
    """An assessment scored: per area, overall, the grade by the rule and the grade that holds."""

    date: dt.date
    areas: tuple[AreaScore, ...]
    percent: Decimal
    by_rule: str
    grade: str
    """``by_rule``, or the grade set by hand."""
    reason: str
    """Why the grade was set by hand ('' when it follows the rule)."""
    eligible: bool
    """Whether the grade is one of the eligible grades (A or B). Not the link itself: a link
    to an LKM also needs the repayment record, see :func:`pra.plan.followup.lkm_readiness`."""

    @property
    def overridden(self) -> bool:
        return self.grade != self.by_rule or bool(self.reason)


def grade_for(percent: Decimal, rule: GradingRule) -> str:
    """The first band, from the top, whose floor ``percent`` reaches."""
    for band in rule.bands:
        if percent >= band.min_percent:
            return band.grade
    return rule.bands[-1].grade


def grade_rank(grade: str, rule: GradingRule) -> int:
    """0 for the top grade, larger further down (unknown grades last)."""
    grades = [b.grade for b in rule.bands]
    return grades.index(grade) if grade in grades else len(grades)


def score(assessment: Assessment, rule: GradingRule) -> Grading:
    met = set(assessment.met)
    areas = tuple(
        AreaScore(area, tuple(k for k in CRITERIA[area] if (area, k) in met), len(CRITERIA[area]))
        for area in RESULT_AREAS
    )
    percent = Decimal(100) * sum(len(a.met) for a in areas) / TOTAL_CRITERIA
    by_rule = grade_for(percent, rule)
    grade = assessment.grade_override or by_rule
    return Grading(
        assessment.date,
        areas,
        percent,
        by_rule,
        grade,
        assessment.override_reason if assessment.grade_override else "",
        grade in rule.eligible,
    )


def grade_history(workshop: Workshop, group: BusinessGroup) -> tuple[Grading, ...]:
    """Every assessment of the group scored, oldest first."""
    ordered = sorted(group.followup.assessments, key=lambda a: a.date)
    return tuple(score(a, workshop.grading) for a in ordered)


def latest_grading(
    workshop: Workshop, group: BusinessGroup, on: dt.date | None = None
) -> Grading | None:
    """The last assessment up to ``on`` (any date when ``None``), scored."""
    rows = [g for g in grade_history(workshop, group) if on is None or g.date <= on]
    return rows[-1] if rows else None

"""The group's own written fund rules against the repayment day the fund actually uses.

A group types its rules in its own words (``CapitalPlan.rules``): "Angsuran pokok dan jasa
jatuh setiap tanggal 6 …". When the capital step's repayment field says something else (the
members repay weekly, "mingguan Kamis"), the printed plan carries both on one page: the
generated "Angsuran setiap minggu pada hari Kamis" above the group's "setiap tanggal 6".
:func:`rule_day_conflicts` finds such rules, for the review step and ``pra check``.

A rule counts when it speaks of instalments (a word with "angsur"). A rule that names a lender
("… pinjaman BMM … diangsur kelompok setiap Senin") is compared with that lender's loan: its
day (rev16-lender 2: the BMM moved to Tuesdays, the rule still said Mondays, and nothing
said so). A rule naming no lender is compared with the revolving fund; when it speaks of a loan
("pinjam") or there is no fund, with every lender loan too: it agrees when it names any of
their days, and a conflict names all of them (a rule still naming the old lender, "pinjaman
BMM", after the loan moved to another bank). A day of the month is "tanggal 6"; a weekday is "hari Kamis" or
"setiap Kamis" ("setiap minggu" is every week, so Sunday only as "hari Minggu"). A rule
disagrees only when it names a day and never the fund's: the days beside it are penalty
deadlines or meetings, and "tanggal 5 Oktober 2003" is a date, not a day of the month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup, CapitalPlan, LenderLoan
from pra.plan.notice import Notice

WEEKDAYS: Final = {
    "senin": 1,
    "selasa": 2,
    "rabu": 3,
    "kamis": 4,
    "jumat": 5,
    "jum'at": 5,
    "sabtu": 6,
    "minggu": 7,
}
_MONTHS: Final = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    "|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des"
)
_DAY_OF_MONTH: Final = re.compile(
    rf"\btanggal\s+(\d{{1,2}})\b(?!\s*(?:[-/.]\s*\d|(?:{_MONTHS})\b))", re.IGNORECASE
)
""""tanggal 6", not a date: "tanggal 5 Oktober 2003", "tanggal 5-10-2003" name one day."""
_WEEKDAY: Final = re.compile(
    r"\b(?:hari\s+(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)"
    r"|(?:setiap|tiap)\s+(senin|selasa|rabu|kamis|jum'?at|sabtu))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RuleDayConflict:
    """Rule ``number`` (1-based) names a repayment day the fund does not use."""

    number: int
    day_of_month: int | None
    """The day of the month the rule names ("tanggal 6"), else ``None``."""
    weekday: int | None
    """The weekday the rule names (1 = Monday), else ``None``."""
    loans: tuple[LenderLoan, ...] = ()
    """The lender loans whose days the rule was compared with (none: the fund's alone)."""
    fund: bool = True
    """Whether the rule was compared with the revolving fund's day too."""


def rule_day_conflicts(group: BusinessGroup) -> tuple[RuleDayConflict, ...]:
    """The group's fund rules that name a day but never the day of the schedule they are
    about: a day of the month while it is weekly, another day of the month, or a weekday other
    than its weekly one (or any weekday while it is monthly). A rule naming a lender is about
    that lender's loans; any other rule about the revolving fund, and about every lender loan
    too when it speaks of a loan ("pinjam") or there is no fund. A rule that names its
    schedule's day agrees, whatever other days it names ("jatuh tanggal 5; yang terlambat
    lebih dari tanggal 10 kena denda"); a date ("tanggal 5 Oktober 2003") is not a day of the
    month. A rule about a fund without an agreed day (the hand-over's) is not compared."""
    plan = group.capital
    fund = bool(plan.stimulus_per_member)
    loans = tuple(loan for loan in plan.loans if loan.lender.strip())
    found = []
    for number, rule in enumerate(plan.rules, start=1):
        folded = rule.casefold()
        if "angsur" not in folded:
            continue
        named = tuple(loan for loan in loans if loan.lender.strip().casefold() in folded)
        about_fund = fund and not named
        about = named or (loans if "pinjam" in folded or not fund else ())
        if (about_fund and plan.repayment_day is None) or not (about_fund or about):
            continue  # the fund's day is the hand-over's, not agreed: nothing to compare
        days = [int(m.group(1)) for m in _DAY_OF_MONTH.finditer(rule)]
        weekdays = [
            WEEKDAYS[(m.group(1) or m.group(2)).casefold()] for m in _WEEKDAY.finditer(rule)
        ]
        schedules = [(loan.frequency, loan.due_day) for loan in about]
        if about_fund:
            schedules.append((plan.repayment_frequency, plan.repayment_day or 0))
        if any(day in (weekdays if f == "weekly" else days) for f, day in schedules):
            continue  # a schedule's day is named; other days are deadlines, meetings …
        day = next(iter(days), None)
        weekday = next(iter(weekdays), None)
        if day is not None or weekday is not None:
            found.append(RuleDayConflict(number, day, weekday, about, about_fund))
    return tuple(found)


def due_notice(plan: CapitalPlan, hit: RuleDayConflict) -> Notice:
    """The days of the schedules a conflicting rule was compared with: "angsuran pinjaman BMM
    jatuh setiap minggu pada hari Selasa" (several joined)."""
    due: list[Notice] = []
    if hit.fund:
        due.append(Notice("plan.checks.due_fund", {"day": fund_day_notice(plan)}))
    for loan in hit.loans:
        day = _day_notice(loan.frequency, loan.due_day)
        due.append(Notice("plan.checks.due_loan", {"lender": loan.lender, "day": day}))
    if len(due) == 1:
        return due[0]
    return Notice("plan.checks.due_and", {"first": tuple(due[:-1]), "last": due[-1]})


def fund_day_notice(plan: CapitalPlan) -> Notice:
    """The fund's own repayment day in words: "setiap minggu pada hari Senin", "setiap tanggal
    6" (a plan with an agreed repayment day)."""
    return _day_notice(plan.repayment_frequency, plan.repayment_day or 0)


def _day_notice(frequency: str, day: int) -> Notice:
    if frequency == "weekly":
        return Notice("plan.checks.fund_weekday", {"weekday": Notice(f"plan.fund.weekday_{day}")})
    return Notice("plan.checks.fund_day", {"day": day})


def said_day_notice(hit: RuleDayConflict) -> Notice:
    """The day a conflicting rule names: "tanggal 6 setiap bulan", "hari Kamis"."""
    if hit.day_of_month is not None:
        return Notice("plan.checks.said_day", {"day": hit.day_of_month})
    return Notice(
        "plan.checks.said_weekday", {"weekday": Notice(f"plan.fund.weekday_{hit.weekday}")}
    )

"""The group's own written fund rules against the repayment day the fund actually uses.

A group types its rules in its own words (``CapitalPlan.rules``): "Angsuran pokok dan jasa
jatuh setiap tanggal 6 …". When the capital step's repayment field says something else (the
members repay weekly, "mingguan Kamis"), the printed plan carries both on one page: the
generated "Angsuran setiap minggu pada hari Kamis" above the group's "setiap tanggal 6".
:func:`rule_day_conflicts` finds such rules, for the review step and ``pra check``.

A rule counts when it speaks of instalments (a word with "angsur") and names no lender (a
rule on the lender's loan, "diangsur kelompok setiap Senin" to BMM, follows the lender's
schedule, not the fund's). A day of the month is "tanggal 6"; a weekday is "hari Kamis" or
"setiap Kamis" ("setiap minggu" is every week, so Sunday only as "hari Minggu"). A rule
disagrees only when it names a day and never the fund's: the days beside it are penalty
deadlines or meetings, and "tanggal 5 Oktober 2003" is a date, not a day of the month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup, CapitalPlan
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


def rule_day_conflicts(group: BusinessGroup) -> tuple[RuleDayConflict, ...]:
    """The group's fund rules that name a day but never the fund's repayment day: a day of
    the month while the fund is weekly, another day of the month, or a weekday other than the
    fund's weekly one (or any weekday while it is monthly). A rule that names the fund's day
    agrees, whatever other days it names ("jatuh tanggal 5; yang terlambat lebih dari
    tanggal 10 kena denda"); a date ("tanggal 5 Oktober 2003") is not a day of the month.
    Without a fund, or without an agreed repayment day, nothing."""
    plan = group.capital
    if not plan.stimulus_per_member or plan.repayment_day is None:
        return ()
    weekly = plan.repayment_frequency == "weekly"
    lenders = [loan.lender.casefold() for loan in plan.loans if loan.lender.strip()]
    found = []
    for number, rule in enumerate(plan.rules, start=1):
        folded = rule.casefold()
        if "angsur" not in folded or any(lender in folded for lender in lenders):
            continue
        days = [int(m.group(1)) for m in _DAY_OF_MONTH.finditer(rule)]
        weekdays = [
            WEEKDAYS[(m.group(1) or m.group(2)).casefold()] for m in _WEEKDAY.finditer(rule)
        ]
        if plan.repayment_day in (weekdays if weekly else days):
            continue  # the fund's day is named; other days are deadlines, meetings …
        day = next(iter(days), None)
        weekday = next(iter(weekdays), None)
        if day is not None or weekday is not None:
            found.append(RuleDayConflict(number, day, weekday))
    return tuple(found)


def fund_day_notice(plan: CapitalPlan) -> Notice:
    """The fund's own repayment day in words: "setiap minggu pada hari Senin", "setiap tanggal
    6" (a plan with an agreed repayment day)."""
    if plan.repayment_frequency == "weekly":
        return Notice(
            "plan.checks.fund_weekday",
            {"weekday": Notice(f"plan.fund.weekday_{plan.repayment_day}")},
        )
    return Notice("plan.checks.fund_day", {"day": plan.repayment_day})


def said_day_notice(hit: RuleDayConflict) -> Notice:
    """The day a conflicting rule names: "tanggal 6 setiap bulan", "hari Kamis"."""
    if hit.day_of_month is not None:
        return Notice("plan.checks.said_day", {"day": hit.day_of_month})
    return Notice(
        "plan.checks.said_weekday", {"weekday": Notice(f"plan.fund.weekday_{hit.weekday}")}
    )

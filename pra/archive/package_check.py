"""``pra stats`` on a data package: the ``group_followup`` summary against the detail tables.

``group_followup`` holds each followed group's figures on its last recorded day
(:mod:`pra.archive.followup_rows`); the detail tables hold what they were made from.
A package edited by hand, or made by an older ``pra``, may have a summary row that no
longer agrees with its details, and a researcher would get wrong figures silently.
So the summary is checked against what the details prove:

- attendance: members present (``attendance`` rows ticked present) and members
  expected (``meetings.expected``) at the group's own meetings (``kind`` ``meeting``,
  not the mentor's visits) are *computed* from the details, and ``pra stats`` uses
  them, never the summary's ``present`` and ``expected``;
- loans: ``lent`` is the loans handed out (``payments.loan_out``); ``paid_when_due``
  can be at most the instalments paid (``payments.instalment``), since what was paid
  on time is part of what was paid;
- the number of ``meetings``;
- the percents: ``repayment_rate`` is ``paid_when_due`` / ``due``, ``par30``
  ``at_risk`` / ``outstanding``, ``attendance`` present / expected from the details.

What fell due and what is at risk come from each loan's schedule (terms, grace,
reschedules, members who left), which only the plan's code computes from the workshop
file; the tables bound them but cannot redo them, so ``pra stats`` keeps the summary's
amounts for the repayment rate and PAR30 and names the group when a bound fails.

A disagreement is named, never fatal: the summary is still made (with the computed
attendance), because the package is usable and the researcher needs the sentence saying
which group to look at, not an empty result. Only a package the summary cannot be read
from at all (:mod:`pra.archive.package_stats`) stops it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

Rows = list[dict[str, str]]
Number = Callable[[dict[str, str], str, str], int]
"""Reads a whole number from a row's column of a table, or refuses the package."""

TOLERANCE = Decimal("0.006")
"""How far a summary percent (written with two decimals) may be from the exact ratio."""


@dataclass(slots=True)
class GroupDetails:
    """What one group's detail tables say."""

    meetings: int = 0
    present: int = 0
    """Members ticked present at the group's own meetings."""
    expected: int = 0
    """Members expected at the group's own meetings."""
    lent: int = 0
    instalments: int = 0


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One summary cell that the details contradict."""

    column: str
    summary: str
    details: str
    table: str
    """The detail table the figure comes from."""
    at_most: bool = False
    """The details give a bound (the summary is above it), not the value."""


@dataclass(frozen=True, slots=True)
class GroupCheck:
    workshop: str
    group: str
    disagreements: tuple[Disagreement, ...]


def group_details(
    meetings: Rows, attendance: Rows, payments: Rows, number: Number
) -> dict[str, GroupDetails]:
    """Per group id, from one workshop's ``meetings``, ``attendance`` and ``payments`` rows."""
    groups: defaultdict[str, GroupDetails] = defaultdict(GroupDetails)
    group_of: dict[str, str] = {}
    own: set[str] = set()
    for m in meetings:
        group_of[m["meeting_id"]] = m["group_id"]
        d = groups[m["group_id"]]
        d.meetings += 1
        if m["kind"] == "meeting":
            own.add(m["meeting_id"])
            d.expected += number(m, "expected", "meetings")
    for a in attendance:
        if a["meeting_id"] in own and a["present"] == "true":
            groups[group_of[a["meeting_id"]]].present += 1
    for p in payments:
        if (group := group_of.get(p["meeting_id"])) is not None:
            groups[group].lent += number(p, "loan_out", "payments")
            groups[group].instalments += number(p, "instalment", "payments")
    return dict(groups)


def _percent(cell: str) -> Decimal | None:
    try:
        return Decimal(cell) if cell else None
    except InvalidOperation:
        return None


def _ratio(part: int, whole: int) -> Decimal | None:
    return Decimal(100) * part / whole if whole else None


def _shown(value: Decimal | None) -> str:
    return "" if value is None else format(value.quantize(Decimal("0.01")).normalize(), "f")


def check_group(row: dict[str, str], d: GroupDetails, number: Number) -> tuple[Disagreement, ...]:
    """The cells of one ``group_followup`` row that its group's details contradict."""

    def n(column: str) -> int:
        return number(row, column, "group_followup")

    found: list[Disagreement] = []

    def equal(column: str, value: int, table: str) -> None:
        if n(column) != value:
            found.append(Disagreement(column, row[column], str(value), table))

    equal("meetings", d.meetings, "meetings")
    equal("present", d.present, "attendance")
    equal("expected", d.expected, "meetings")
    equal("lent", d.lent, "payments")
    if n("paid_when_due") > d.instalments:
        found.append(
            Disagreement(
                "paid_when_due", row["paid_when_due"], str(d.instalments), "payments", True
            )
        )
    for column, exact, table in (
        ("repayment_rate", _ratio(n("paid_when_due"), n("due")), "group_followup"),
        ("par30", _ratio(n("at_risk"), n("outstanding")), "group_followup"),
        ("attendance", _ratio(d.present, d.expected), "attendance"),
    ):
        cell = _percent(row[column])
        if exact is None:
            # nothing to divide: empty, or 0 (the plan's PAR30 with nothing outstanding)
            agrees = cell is None or cell == 0
        else:
            agrees = cell is not None and abs(cell - exact) <= TOLERANCE
        if not agrees:
            found.append(Disagreement(column, row[column], _shown(exact), table))
    return tuple(found)

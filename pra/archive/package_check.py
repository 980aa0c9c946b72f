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
- the grade is the latest assessment's (``assessments.grade``, the last row of the
  latest date), and ``pra stats`` uses it, never the summary's ``grade``;
- the number of ``meetings``; ``lent``, the loans handed out (``payments.loan_out``);
- ``paid_when_due`` can be at most the instalments paid (``payments.instalment``) and
  what fell due (``due``); ``arrears`` is ``due`` − ``paid_when_due`` − the instalments
  rescheduled unpaid (``reschedules.missed``);
- ``outstanding`` lies between ``lent`` − the instalments paid (instalments also pay
  charges) and ``lent``; ``at_risk`` is at most ``outstanding``;
- ``fund_actual`` is ``stimulus_in`` + what members handed over (``savings`` and
  ``payments.instalment``) − the cash lent (each ``payments.loan_out`` minus the group's
  one-time ``deductions``, kept from a member's first loan only, by the meetings' dates),
  when the package has ``stimulus_in``;
- the percents: ``repayment_rate`` is ``paid_when_due`` / ``due``, ``par30``
  ``at_risk`` / ``outstanding`` (both recomputed from the summary's own amounts),
  ``attendance`` present / expected from the details.

What fell due, what is at risk and the principal repaid come from each loan's schedule
(terms, grace, reschedules, members who left), which only the plan's code computes from
the workshop file; the tables bound them but cannot redo them: ``due``, ``at_risk``,
``stimulus_in`` and ``fund_planned`` are not checked, ``outstanding`` only within its
bounds. So ``pra stats`` keeps the summary's amounts for the repayment rate, PAR30 and
the fund, names the group when a check fails, and marks each printed figure that counts
such a group (:data:`FIGURES_OF`).

A disagreement is named, never fatal: the summary is still made (with the computed
attendance), because the package is usable and the researcher needs the sentence saying
which group to look at, not an empty result. Only a package the summary cannot be read
from at all (:mod:`pra.archive.package_stats`) stops it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

Rows = list[dict[str, str]]
Number = Callable[[dict[str, str], str, str], int]
Percent = Callable[[dict[str, str], str, str], Decimal]
"""Reads a cell (row, column, table) as a whole number / a percentage, refusing the package
with a sentence when it is not one (:mod:`pra.archive.package_stats`)."""
"""Reads a whole number from a row's column of a table, or refuses the package."""

TOLERANCE = Decimal("0.006")
"""How far a summary percent (written with two decimals) may be from the exact ratio."""


FIGURES_OF: dict[str, tuple[str, ...]] = {
    "due": ("repayment_rate",),
    "paid_when_due": ("repayment_rate",),
    "arrears": ("repayment_rate",),
    "repayment_rate": ("repayment_rate",),
    "outstanding": ("par30",),
    "at_risk": ("par30",),
    "par30": ("par30",),
    "fund_actual": ("fund_actual",),
}
"""A summary cell the details contradict → the printed figures (``pra stats``) counted from it."""


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
    savings: int = 0
    """Savings of every kind handed over at the group's meetings."""
    cash_lent: int = 0
    """Loans handed out minus the one-time deductions the fund kept."""
    grade: str = ""
    """The latest assessment's grade ('' when never assessed)."""
    grade_day: str = ""
    rescheduled: list[tuple[str, int]] = field(default_factory=list)
    """(date, instalments rescheduled unpaid) of each reschedule."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One summary cell that the details contradict."""

    column: str
    summary: str
    """The cell as stored in ``group_followup``."""
    details: str
    """The value (or the bound) recomputed."""
    basis: str
    """What it is recomputed from: ``stats.check.basis.<basis>`` in the catalogue."""
    relation: str = "equal"
    """``equal``: the value recomputed; ``at_most``/``at_least``: the stored cell is above
    (below) the bound the details give."""


@dataclass(frozen=True, slots=True)
class GroupCheck:
    workshop: str
    group: str
    disagreements: tuple[Disagreement, ...]


@dataclass(frozen=True, slots=True)
class DetailRows:
    """One workshop's detail tables the summary is checked against."""

    meetings: Rows
    attendance: Rows
    payments: Rows
    savings: Rows
    assessments: Rows
    reschedules: Rows
    deductions: Rows


def _withheld(deductions: Rows, loan: int, number: Number, percent: Percent) -> int:
    """What the fund keeps at hand-over from a loan of ``loan`` (:func:`pra.plan.fund.member_share`:
    each one-time deduction, a percent of the loan or an amount). A cell that is no number
    refuses the package, a percent as an amount (review rev13-code F-h: a bad percent was
    skipped, and the fund's figure then blamed the summary's cell)."""
    from pra.plan.rounding import percent_of

    kept = 0
    for d in deductions:
        if d["frequency"] != "once":
            continue
        if d["percent"]:
            kept += percent_of(loan, percent(d, "percent", "deductions"))
        else:
            kept += number(d, "amount", "deductions")
    return min(kept, loan)


def group_details(rows: DetailRows, number: Number, percent: Percent) -> dict[str, GroupDetails]:
    """Per group id, from one workshop's detail rows."""
    meetings, attendance, payments = rows.meetings, rows.attendance, rows.payments
    groups: defaultdict[str, GroupDetails] = defaultdict(GroupDetails)
    group_of: dict[str, str] = {}
    day_of: dict[str, str] = {}
    own: set[str] = set()
    for m in meetings:
        group_of[m["meeting_id"]] = m["group_id"]
        day_of[m["meeting_id"]] = m["date"]
        d = groups[m["group_id"]]
        d.meetings += 1
        if m["kind"] == "meeting":
            own.add(m["meeting_id"])
            d.expected += number(m, "expected", "meetings")
    for a in attendance:
        if a["meeting_id"] in own and a["present"] == "true":
            groups[group_of[a["meeting_id"]]].present += 1
    deductions: defaultdict[str, Rows] = defaultdict(list)
    for row in rows.deductions:
        deductions[row["group_id"]].append(row)
    borrowed: set[tuple[str, str]] = set()
    # by the meeting's day (a day's meetings in the table's order): a member's first loan
    for p in sorted(payments, key=lambda p: day_of.get(p["meeting_id"], "")):
        if (group := group_of.get(p["meeting_id"])) is not None:
            loan = number(p, "loan_out", "payments")
            groups[group].lent += loan
            groups[group].instalments += number(p, "instalment", "payments")
            if loan and (group, p["participant"]) not in borrowed:
                borrowed.add((group, p["participant"]))
                groups[group].cash_lent += loan - _withheld(
                    deductions[group], loan, number, percent
                )
            elif loan:
                groups[group].cash_lent += loan
    for v in rows.savings:
        if (group := group_of.get(v["meeting_id"])) is not None:
            groups[group].savings += sum(
                number(v, c, "savings") for c in ("principal", "compulsory", "voluntary")
            )
    for a in rows.assessments:  # the last row of the latest date, as the plan sorts them
        d = groups[a["group_id"]]
        if a["date"] >= d.grade_day:
            d.grade, d.grade_day = a["grade"], a["date"]
    for r in rows.reschedules:
        groups[r["group_id"]].rescheduled.append((r["date"], number(r, "missed", "reschedules")))
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

    def equal(column: str, value: int | str, basis: str) -> None:
        stored = row[column] if isinstance(value, str) else n(column)
        if stored != value:
            found.append(Disagreement(column, row[column], str(value), basis))

    def bound(column: str, value: int, basis: str, relation: str) -> None:
        above = relation == "at_most" and n(column) > value
        if above or (relation == "at_least" and n(column) < value):
            found.append(Disagreement(column, row[column], str(value), basis, relation))

    equal("grade", d.grade, "grade")
    equal("meetings", d.meetings, "meetings")
    equal("present", d.present, "present")
    equal("expected", d.expected, "expected")
    equal("lent", d.lent, "lent")
    bound("paid_when_due", d.instalments, "instalments", "at_most")
    bound("paid_when_due", n("due"), "due", "at_most")
    if "arrears" in row:
        missed = sum(m for day, m in d.rescheduled if day <= row["as_of"])
        equal("arrears", max(n("due") - n("paid_when_due") - missed, 0), "arrears")
    bound("outstanding", n("lent"), "lent_cell", "at_most")
    bound("outstanding", max(n("lent") - d.instalments, 0), "outstanding", "at_least")
    bound("at_risk", n("outstanding"), "outstanding_cell", "at_most")
    if row.get("stimulus_in"):
        flows = n("stimulus_in") + d.savings + d.instalments - d.cash_lent
        equal("fund_actual", flows, "fund")
    for column, exact, basis in (
        ("repayment_rate", _ratio(n("paid_when_due"), n("due")), "repayment_rate"),
        ("par30", _ratio(n("at_risk"), n("outstanding")), "par30"),
        ("attendance", _ratio(d.present, d.expected), "attendance"),
    ):
        cell = _percent(row[column])
        if exact is None:
            # nothing to divide: empty, or 0 (the plan's PAR30 with nothing outstanding)
            agrees = cell is None or cell == 0
        else:
            agrees = cell is not None and abs(cell - exact) <= TOLERANCE
        if not agrees:
            found.append(Disagreement(column, row[column], _shown(exact), basis))
    return tuple(found)

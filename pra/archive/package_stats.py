"""``pra stats`` on an archive's data package: the summary from its tables alone.

A researcher may receive a package made ``--no-raw``: tables without the
workshop files. Every figure of the summary is in the tables (the problems
ranked first, the own contribution by kind, the follow-up's amounts and counts
behind its rates), so the same :class:`~pra.archive.stats.WorkshopFacts` are read
from them as from the files, and a package gives the same summary as the files
it was made from. A package made by an older ``pra``, without a table or column
the summary needs, is refused with a sentence naming what is missing (never
summarised as if it were empty).

The ``group_followup`` summary is checked against the detail tables
(:mod:`pra.archive.package_check`): attendance is computed from ``meetings`` and
``attendance`` and the grade from ``assessments``, never read from the summary; each group whose summary row the details
contradict is returned to be named (the summary is still made), and the figures counted
from a contradicted cell are marked doubtful (``FollowTally.doubtful``).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Final

from pra.archive.followup_stats import FollowTally
from pra.archive.package_check import (
    FIGURES_OF,
    DetailRows,
    GroupCheck,
    GroupDetails,
    check_group,
    group_details,
)
from pra.archive.stats import GroupFacts, WorkshopFacts
from pra.errors import PraError

DESCRIPTOR: Final = "datapackage.json"

GROUP_AMOUNTS: Final = (
    "stimulus_gross",
    "stimulus_net",
    "own_money",
    "own_goods",
    "own_labour",
    "budget_total",
)
"""The groups' amounts the summary reads, in the order of ``GroupFacts``' fields after
the business (``budget_total`` is its ``budget``)."""

NEEDED: Final[dict[str, tuple[str, ...]]] = {
    "workshops": ("workshop_id", "city"),
    "participants": ("workshop_id", "sex"),
    "problems": ("workshop_id", "category", "dots", "ranked_first"),
    "ideas": ("workshop_id", "idea_id", "name"),
    "groups": ("workshop_id", "name", "business", "idea_id", "members", *GROUP_AMOUNTS),
    "meetings": ("workshop_id", "meeting_id", "group_id", "date", "kind", "expected"),
    "attendance": ("workshop_id", "meeting_id", "present"),
    "payments": ("workshop_id", "meeting_id", "participant", "instalment", "loan_out"),
    "savings": ("workshop_id", "meeting_id", "principal", "compulsory", "voluntary"),
    "assessments": ("workshop_id", "group_id", "date", "grade"),
    "reschedules": ("workshop_id", "group_id", "date", "missed"),
    "deductions": ("workshop_id", "group_id", "percent", "amount", "frequency"),
    "group_followup": (
        "workshop_id",
        "group_id",
        "meetings",
        "as_of",
        "grade",
        "lent",
        "due",
        "paid_when_due",
        "arrears",
        "outstanding",
        "at_risk",
        "present",
        "expected",
        "fund_actual",
        "fund_planned",
        "repayment_rate",
        "par30",
        "attendance",
    ),
}
"""The tables and columns the summary reads (``group_followup.stimulus_in``, newer, is
read when it is there: the fund's balance is checked with it)."""

Rows = dict[str, list[dict[str, str]]]


def is_package(path: Path) -> bool:
    """Whether ``path`` is an archive's folder (it holds ``datapackage.json``)."""
    return path.is_dir() and (path / DESCRIPTOR).is_file()


def _read(folder: Path, name: str, package: str) -> Iterator[tuple[str, dict[str, str]]]:
    path = folder / "data" / f"{name}.csv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in NEEDED[name] if c not in (reader.fieldnames or ())]
            if missing:
                raise PraError(
                    "stats.package_lacks", package=package, table=name, column=missing[0]
                )
            for row in reader:
                yield row["workshop_id"], row
    except FileNotFoundError:
        raise PraError("stats.package_no_table", package=package, table=name) from None
    except (OSError, UnicodeDecodeError, csv.Error):
        raise PraError("stats.package_unreadable", package=package, table=name) from None


def _number(row: dict[str, str], column: str, table: str, package: str) -> int:
    value = row[column]
    if not value:
        return 0
    try:
        return int(value)
    except ValueError:
        raise PraError(
            "stats.package_bad_value", package=package, table=table, column=column, value=value
        ) from None


def _percent(row: dict[str, str], column: str, table: str, package: str) -> Decimal:
    """A percentage cell (``2.5``), refused as :func:`_number` refuses a whole number."""
    value = row[column]
    try:
        found = Decimal(value)
    except InvalidOperation:
        found = Decimal("NaN")
    if not found.is_finite() or found < 0:
        raise PraError(
            "stats.package_bad_percent", package=package, table=table, column=column, value=value
        )
    return found


def package_facts(folder: Path, package: str) -> tuple[list[WorkshopFacts], list[GroupCheck]]:
    """Each workshop of the package in ``folder`` (named ``package`` in a refusal), in the
    order of its ``workshops`` table, and each followed group whose ``group_followup`` row
    its detail tables contradict."""
    tables: dict[str, Rows] = {}
    for name in NEEDED:
        by_ws: Rows = defaultdict(list)
        for ws_id, row in _read(folder, name, package):
            by_ws[ws_id].append(row)
        tables[name] = by_ws

    def n(row: dict[str, str], column: str, table: str) -> int:
        return _number(row, column, table, package)

    def percent(row: dict[str, str], column: str, table: str) -> Decimal:
        return _percent(row, column, table, package)

    facts, checks = [], []
    for ws in (r for rows in tables["workshops"].values() for r in rows):
        ws_id = ws["workshop_id"]
        problems = tables["problems"].get(ws_id, [])
        dots: Counter[str] = Counter()
        for p in problems:
            dots[p["category"]] += n(p, "dots", "problems")
        ideas = {i["idea_id"]: i["name"] for i in tables["ideas"].get(ws_id, [])}
        groups = tuple(
            GroupFacts(
                n(g, "members", "groups"),
                ideas.get(g["idea_id"]) or g["business"] or g["name"],
                *(n(g, c, "groups") for c in GROUP_AMOUNTS),
            )
            for g in tables["groups"].get(ws_id, [])
        )
        followup = FollowTally()
        details = group_details(
            DetailRows(
                *(
                    tables[name].get(ws_id, [])
                    for name in (
                        "meetings",
                        "attendance",
                        "payments",
                        "savings",
                        "assessments",
                        "reschedules",
                        "deductions",
                    )
                )
            ),
            n,
            percent,
        )
        for f in tables["group_followup"].get(ws_id, []):
            group = details.get(f["group_id"], GroupDetails())
            if found := check_group(f, group, n):
                checks.append(GroupCheck(ws_id, f["group_id"], found))
                for d in found:
                    followup.doubtful.update(FIGURES_OF.get(d.column, ()))
            followup.groups += 1
            # the grade from the assessments, never the summary's own
            followup.grades[group.grade] += 1
            followup.due += n(f, "due", "group_followup")
            followup.paid_when_due += n(f, "paid_when_due", "group_followup")
            followup.outstanding += n(f, "outstanding", "group_followup")
            followup.at_risk += n(f, "at_risk", "group_followup")
            # attendance from the details, never the summary's own count
            followup.present += group.present
            followup.expected += group.expected
            followup.fund_actual += n(f, "fund_actual", "group_followup")
            followup.fund_planned += n(f, "fund_planned", "group_followup")
        facts.append(
            WorkshopFacts(
                ws_id,
                ws["city"],
                tuple(p["sex"] for p in tables["participants"].get(ws_id, [])),
                frozenset(p["category"] for p in problems if p["ranked_first"] == "true"),
                dots,
                groups,
                followup,
            )
        )
    return facts, checks

"""The CSV tables load in DuckDB as they are, with the row counts the model gives."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pra.archive.tables import TABLES
from pra.archive.writer import ArchiveResult
from pra.model import Workshop
from pra.plan.business import analysis_start, cash_flow_length


def expected_counts(workshops: list[Workshop]) -> dict[str, int]:
    """Rows per table, counted from the model, independently of ``pra.archive.rows``."""
    groups = [g for ws in workshops for g in ws.groups]
    steps = [s for g in groups for s in g.steps]
    meetings = [m for g in groups for m in g.followup.meetings]
    rows = [r for m in meetings for r in m.members]

    def votes(ws: Workshop) -> int:
        dots = ws.voting.dots
        if dots.source == "totals":
            return len(dots.totals)
        return sum(len(b.dots) for b in dots.ballots)

    return {
        "workshops": len(workshops),
        "participants": sum(len(ws.participants) for ws in workshops),
        "problems": sum(len(ws.problems) for ws in workshops),
        "problem_tree": sum(
            len(p.causes) + len(p.effects) for ws in workshops for p in ws.problems
        ),
        "votes": sum(votes(ws) for ws in workshops),
        "pairwise": sum(len(ws.voting.pairwise) for ws in workshops),
        "skills": sum(len(ws.skills) for ws in workshops),
        "skill_holders": sum(len(set(s.holder_ids)) for ws in workshops for s in ws.skills),
        "institutions": sum(len(ws.institutions) for ws in workshops),
        "resources": sum(len(ws.resources) for ws in workshops),
        "needs": sum(len(ws.needs) for ws in workshops),
        "need_problems": sum(len(set(n.problem_ids)) for ws in workshops for n in ws.needs),
        "criteria": sum(len(ws.criteria) for ws in workshops),
        "ideas": sum(len(ws.ideas) for ws in workshops),
        "idea_scores": sum(len(i.scores) for ws in workshops for i in ws.ideas),
        "idea_skills": sum(len(set(i.skill_ids)) for ws in workshops for i in ws.ideas),
        "groups": len(groups),
        "memberships": sum(len(g.member_ids) for g in groups),
        "success_items": sum(len(g.success) for g in groups),
        "swot_items": sum(
            len(g.swot.strengths)
            + len(g.swot.weaknesses)
            + len(g.swot.opportunities)
            + len(g.swot.threats)
            for g in groups
        ),
        "pledges": sum(len(g.pledges) for g in groups),
        "steps": len(steps),
        "step_dependencies": sum(len(set(s.depends_on)) for s in steps),
        "step_responsibles": sum(len(set(s.responsible_ids)) for s in steps),
        "blackouts": sum(len(g.calendar.blackouts) for g in groups),
        "deductions": sum(len(g.capital.deductions) for g in groups),
        "fund_rules": sum(len(g.capital.rules) for g in groups),
        "budget_lines": sum(len(g.capital.budget) for g in groups),
        "funding_sources": sum(len(g.capital.sources) for g in groups),
        "products": sum(len(g.analysis.products) for g in groups),
        # the printed plan's months: 12, or to the last loan's last instalment
        "plan_months": sum(
            cash_flow_length(g, analysis_start(g, ws.info.date))
            for ws in workshops
            for g in ws.groups
        ),
        "meetings": len(meetings),
        "attendance": len(rows),
        "payments": sum(1 for r in rows if r.instalment or r.loan_out),
        "lender_payments": sum(len(m.lender_payments) for m in meetings),
        "savings": sum(
            1 for r in rows if r.savings_principal or r.savings_compulsory or r.savings_voluntary
        ),
        "reschedules": sum(len(g.followup.reschedules) for g in groups),
        "assessments": sum(len(g.followup.assessments) for g in groups),
        "assessment_criteria": sum(len(set(a.met)) for g in groups for a in g.followup.assessments),
        "group_followup": sum(1 for g in groups if g.followup.meetings or g.followup.assessments),
        "skipped": 0,
    }


def _count(con: object, path: Path) -> int:
    row = con.execute("SELECT count(*) FROM read_csv(?, header = true)", [str(path)]).fetchone()  # type: ignore[attr-defined]
    return int(row[0])


def test_every_table_loads_in_duckdb_with_the_right_row_count(
    archive: ArchiveResult, examples: dict[str, Workshop]
) -> None:
    expected = expected_counts(list(examples.values()))
    assert set(expected) == {t.name for t in TABLES}
    con = duckdb.connect()
    counts = {t.name: _count(con, archive.out / t.path) for t in TABLES}
    assert counts == expected
    assert archive.rows == expected


def test_duckdb_reads_types_and_joins_by_key(archive: ArchiveResult) -> None:
    con = duckdb.connect()
    data = archive.out / "data"
    for name in ("participants", "problems", "votes", "groups", "memberships", "workshops"):
        path = str(data / f"{name}.csv").replace("'", "''")
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_csv('{path}', header = true)")
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE groups)").fetchall())
    assert types["stimulus_per_member"] in {"BIGINT", "INTEGER"}
    assert types["calendar_start"] == "DATE"
    # Surabaya's record: "prioritas masalah didominasi masalah modal (17 suara)".
    [(dots,)] = con.execute(
        "SELECT sum(votes.dots) FROM votes JOIN problems USING (workshop_id, problem_id) "
        "WHERE workshop_id = 'ws-surabaya' AND category = 'capital'"
    ).fetchall()
    assert dots == 17
    women = con.execute(
        "SELECT w.city, count(*) FROM memberships m JOIN participants p USING (participant) "
        "JOIN workshops w ON w.workshop_id = m.workshop_id WHERE p.sex = 'F' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [city for city, _ in women] == ["Palembang", "Surabaya", "Yogyakarta"]
    [(present,)] = con.execute("SELECT count(*) FROM participants WHERE present").fetchall()
    assert present == con.execute("SELECT sum(present) FROM workshops").fetchone()[0]


_SQL_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
}


SQL_ONLY_KEYS: dict[str, list[str]] = {
    "budget_lines": [
        "FOREIGN KEY (workshop_id, source_id) REFERENCES funding_sources (workshop_id, source_id)"
    ],
}
"""Foreign keys SQL checks but the package cannot declare: a budget line's source may be empty,
and frictionless refuses a key half empty where SQL leaves it unchecked (MATCH SIMPLE)."""


def test_the_package_loads_into_tables_declaring_its_primary_and_foreign_keys(
    archive: ArchiveResult,
) -> None:
    """What a researcher does with the package: each table created with the primary key (and the
    foreign keys) its Table Schema declares, then filled from its CSV file. SQL refuses an empty
    cell in a primary key, so no key column may be empty in any row (frictionless-py #1623)."""
    descriptor = json.loads((archive.out / "datapackage.json").read_text("utf-8"))
    con = duckdb.connect()
    loaded: dict[str, int] = {}
    declared = 0
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        columns = [f'"{f["name"]}" {_SQL_TYPES[f["type"]]}' for f in schema["fields"]]
        key = ", ".join(f'"{c}"' for c in schema.get("primaryKey", []))
        constraints = [f"PRIMARY KEY ({key})"] if key else []
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            if ref["resource"] in loaded:  # a table refers only to one before it
                constraints.append(
                    f"FOREIGN KEY ({', '.join(fk['fields'])}) REFERENCES "
                    f"{ref['resource']} ({', '.join(ref['fields'])})"
                )
        constraints += SQL_ONLY_KEYS.get(resource["name"], [])
        declared += len(constraints)
        con.execute(f"CREATE TABLE {resource['name']} ({', '.join(columns + constraints)})")
        path = str(archive.out / resource["path"]).replace("'", "''")
        con.execute(
            f"INSERT INTO {resource['name']} SELECT * FROM read_csv('{path}', header = true, "
            "all_varchar = true)"
        )
        [(count,)] = con.execute(f"SELECT count(*) FROM {resource['name']}").fetchall()
        loaded[resource["name"]] = count
    assert loaded == archive.rows
    assert declared > 60  # the keys really were declared
    # the group's payments to its lender join its loan: Jaya Bersama paid the BMM 2.397.500
    # (35 × 68.500, from 6 Oct 2003)
    [(kind, paid)] = con.execute(
        "SELECT f.lender_kind, sum(l.amount) FROM lender_payments l JOIN funding_sources f "
        "ON f.workshop_id = l.workshop_id AND f.source_id = l.lender_loan GROUP BY 1"
    ).fetchall()
    assert (kind, paid) == ("lkm", 2_397_500)
    # the budget lines join their source (#15: the kind alone could not say which): Jaya
    # Bersama's BMM loan of 3.000.000 pays its machines, scissors and lamps 850.000 +
    # 1.100.000 + 3 × 35.000 + 100.000 = 2.155.000, cloth and thread ahead 60 × 8.250 +
    # 200.000 = 695.000 and three months' rent 3 × 50.000 = 150.000
    lender_lines = con.execute(
        "SELECT f.lender_kind, f.principal, b.prepaid, sum(b.total) FROM budget_lines b "
        "JOIN funding_sources f ON f.workshop_id = b.workshop_id AND f.source_id = b.source_id "
        "WHERE f.kind = 'loan' GROUP BY ALL ORDER BY 4 DESC"
    ).fetchall()
    assert lender_lines == [
        ("lkm", 3_000_000, None, 2_155_000),
        ("lkm", 3_000_000, "materials", 695_000),
        ("lkm", 3_000_000, "fixed_costs", 150_000),
    ]
    # Yogyakarta's members buy their own trades with their loans: 10 × 392.500 = 3.925.000;
    # since #13 the others too: Sedap Malam 1.350.000, Jaya Bersama 4.750.000 and the three
    # Surabaya groups 3 × 2.940.000 = 8.820.000, in all 18.845.000
    [(bought,)] = con.execute("SELECT sum(total) FROM budget_lines WHERE member_loans").fetchall()
    assert bought == 18_845_000

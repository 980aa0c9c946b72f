"""The business plan in the package (rev15 F7): products and the planned months, so plans can be
compared with what the groups reported without the raw copies."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from pra.archive.writer import ArchiveResult
from pra.model import Workshop
from pra.plan.business import analysis_start, business_plan


def _rows(out: Path, table: str) -> list[dict[str, str]]:
    with (out / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_products_are_the_plan_s_with_price_and_unit_cost(archive: ArchiveResult) -> None:
    bolu = next(r for r in _rows(archive.out, "products") if r["product_id"] == "pr-sm-bolu")
    # Sedap Malam's bolu: Rp 1.000 a piece; materials 550 + labour 0 + packaging 50 = 600;
    # 1.500 pieces an ordinary month: sales 1.500.000, cost 900.000
    assert (bolu["group_id"], bolu["name"], bolu["unit"]) == ("g-sedap-malam", "Kue bolu", "potong")
    assert [bolu[k] for k in ("price", "unit_cost", "units", "sales", "cost")] == [
        "1000",
        "600",
        "1500",
        "1500000",
        "900000",
    ]


def test_the_planned_months_are_the_printed_plan_s(
    archive: ArchiveResult, examples: dict[str, Workshop]
) -> None:
    rows = _rows(archive.out, "plan_months")
    sedap = [r for r in rows if r["group_id"] == "g-sedap-malam"]
    october = sedap[1]
    # October 2003, an ordinary month: bolu 1.500.000 + maksuba 600 × 1.500 = 2.400.000 sold;
    # cost 900.000 + 600 × 850 = 1.410.000; fixed 230.000; profit 760.000
    assert (october["starts"], october["ends"], october["calendar_month"]) == (
        "2003-10-01",
        "2003-10-31",
        "10",
    )
    assert [october[k] for k in ("sales", "cost_of_sales", "fixed_costs", "profit")] == [
        "2400000",
        "1410000",
        "230000",
        "760000",
    ]
    for ws in examples.values():
        for g in ws.groups:
            mine = [r for r in rows if (r["workshop_id"], r["group_id"]) == (ws.id, g.id)]
            months = business_plan(g, analysis_start(g, ws.info.date)).months
            assert [(int(r["month"]), int(r["closing"])) for r in mine] == [
                (m.index + 1, m.closing) for m in months
            ]
            assert [int(r["instalments"]) + int(r["dues"]) for r in mine] == [
                m.members_and_dues for m in months
            ]


def test_a_meeting_s_reported_sales_join_the_planned_month(archive: ArchiveResult) -> None:
    data = archive.out / "data"
    con = duckdb.connect()
    joined = con.execute(
        "SELECT count(*) FROM read_csv(?, header = true) m JOIN read_csv(?, header = true) p "
        "ON m.workshop_id = p.workshop_id AND m.group_id = p.group_id "
        "AND m.date BETWEEN p.starts AND p.ends WHERE m.sales IS NOT NULL",
        [str(data / "meetings.csv"), str(data / "plan_months.csv")],
    ).fetchone()
    reported = con.execute(
        "SELECT count(*) FROM read_csv(?, header = true) WHERE sales IS NOT NULL",
        [str(data / "meetings.csv")],
    ).fetchone()
    assert joined is not None and reported is not None
    assert 0 < joined[0] <= reported[0]

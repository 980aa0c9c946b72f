"""The follow-up in the archive and in ``pra stats``: figures by hand, keys to the plan, codes only."""

from __future__ import annotations

import csv
import datetime as dt
import io

from pra.archive.rows import ROWS, Context
from pra.archive.stats import collect, tables
from pra.archive.writer import ArchiveResult
from pra.model import Workshop
from pra.model.followup import LoanReschedule
from tests.plan.test_followup_loans import _group


def _rows(ws: Workshop, table: str) -> list[tuple[object, ...]]:
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, 1)}
    return list(ROWS[table](Context(ws, codes)))


def test_the_group_followup_row_has_the_figures_computed_by_hand() -> None:
    # tests/plan/test_followup_loans.py works these out: on 10 May 2026 (the last meeting)
    # due 880.000, paid when due 610.000, arrears 105.000 (p2) + 165.000 (p4),
    # outstanding 1.450.000, PAR30 850/1450; attendance 4+4+3+3+3 of 4+4+4+3+3 = 17/18;
    # fund 2.000.000 + 610.000 − 2.000.000, planned four months of 4 × 65.000.
    [row] = _rows(_group(), "group_followup")
    assert row == (
        "ws",
        "g1",
        dt.date(2026, 5, 10),
        "",
        5,
        1,
        2_000_000,
        880_000,
        610_000,
        270_000,
        1_450_000,
        "69.32",
        "58.62",
        "94.44",
        610_000,
        1_040_000,
        None,
        "",
        None,
        None,
        850_000,
        17,
        18,
        2_000_000,  # stimulus_in: fund_actual = 2.000.000 + 610.000 − 2.000.000
    )


def test_payments_and_attendance_name_members_by_code() -> None:
    ws = _group()
    payments = _rows(ws, "payments")
    # p2 (P0002) paid 30.000 at the second meeting (t1); everyone borrowed 500.000 at t0.
    assert ("ws", "t1", "P0002", 30_000, 0) in payments
    assert [r for r in payments if r[1] == "t0"] == [
        ("ws", "t0", f"P000{i}", 0, 500_000) for i in range(1, 5)
    ]
    attendance = _rows(ws, "attendance")
    assert ("ws", "t2", "P0004", "false") in attendance
    meetings = _rows(ws, "meetings")
    # t3 (5 April): p4 left on 20 March, so 3 expected, 3 present
    assert [(m[1], m[7], m[8]) for m in meetings][3] == ("t3", 3, 3)


def test_stats_pool_the_followup_of_the_groups() -> None:
    followup = next(t for t in tables(collect([_group()])) if t.name == "followup")
    # 610/880 = 69,3%; 850/1450 = 58,6%; 17/18 = 94,4%
    assert followup.rows == (("*", 1, 69.3, 58.6, 94.4, 610_000, 1_040_000),)


def test_stats_count_the_examples_groups_by_latest_grade(examples: dict[str, Workshop]) -> None:
    grades = next(t for t in tables(collect(examples.values())) if t.name == "grades")
    palembang = [row[1:] for row in grades.rows if row[0] == "Palembang"]
    assert palembang == [("A", 1), ("C", 1)]
    per_workshop = next(
        t for t in tables(collect(examples.values())) if t.name == "followup_workshops"
    )
    assert [row[:3] for row in per_workshop.rows] == [
        ("Palembang", "ws-palembang", 2),
        ("Surabaya", "ws-surabaya", 3),
        ("Yogyakarta", "ws-yogyakarta", 1),
    ]


def test_the_archived_followup_keys_to_the_groups_and_holds_no_name(
    archive: ArchiveResult, examples: dict[str, Workshop]
) -> None:
    out = archive.out / "data"
    groups = {
        (r["workshop_id"], r["group_id"])
        for r in csv.DictReader(io.StringIO((out / "groups.csv").read_text("utf-8")))
    }
    followed = list(csv.DictReader(io.StringIO((out / "group_followup.csv").read_text("utf-8"))))
    assert {(r["workshop_id"], r["group_id"]) for r in followed} <= groups
    jaya = next(r for r in followed if r["group_id"] == "g-jaya-bersama")
    assert (jaya["grade"], jaya["members_left"]) == ("C", "1")
    names = {p.name.casefold() for ws in examples.values() for p in ws.participants}
    for table in (
        "meetings",
        "attendance",
        "payments",
        "lender_payments",
        "savings",
        "assessments",
        "group_followup",
    ):
        data = (out / f"{table}.csv").read_bytes().decode("utf-8").casefold()
        assert not [n for n in names if n in data], table


def test_the_groups_payments_to_its_lender_are_their_own_table_keyed_to_its_loan(
    archive: ArchiveResult,
) -> None:
    """Jaya Bersama (Palembang) paid the BMM at seven meetings: 68.500 on 6 Oct (the loan's
    first Monday, on the day its month of grace ends), 274.000 on 6 Nov and 6 Dec 2003, 171.500
    on 6 Jan, 137.000 on 6 Feb, 171.500 on 6 Apr and 1.301.000 on 6 Jun 2004 (2.397.500 in all,
    the 35 weekly instalments due by 31 May: 35 × 68.500). A member's row and a row to a
    lender are in different tables, so no key cell is ever empty."""

    def read(table: str) -> list[dict[str, str]]:
        text = (archive.out / "data" / f"{table}.csv").read_text("utf-8")
        return list(csv.DictReader(io.StringIO(text)))

    lender = read("lender_payments")
    assert [(r["meeting_id"], r["amount"]) for r in lender] == [
        ("pt-jaya-bersama-01", "68500"),
        ("pt-jaya-bersama-02", "274000"),
        ("pt-jaya-bersama-03", "274000"),
        ("pt-jaya-bersama-04", "171500"),
        ("pt-jaya-bersama-05", "137000"),
        ("pt-jaya-bersama-07", "171500"),
        ("pt-jaya-bersama-09", "1301000"),
    ]
    assert {(r["workshop_id"], r["lender_loan"]) for r in lender} == {("ws-palembang", "fs-jb-bmm")}
    members = read("payments")
    assert list(members[0]) == [
        "workshop_id",
        "meeting_id",
        "participant",
        "instalment",
        "loan_out",
    ]
    assert members and all(r["participant"] for r in members)


def test_the_json_schema_and_the_data_package_hold_the_payments_to_lenders() -> None:
    from pra.archive.package import SCHEMA_ID, datapackage, workshop_schema

    schema = workshop_schema()
    assert SCHEMA_ID == "urn:pra:schema:workshop:6"
    # version 6: a product may name the members who run it (#13), participant ids
    product = schema["$defs"]["Product"]["properties"]["member_ids"]
    assert product["items"]["type"] == "string" and product["default"] == []
    # version 5: a follow-up may be the pendamping's own, a flag (no name: the mentor field's)
    action = schema["$defs"]["FollowUpAction"]["properties"]
    assert action["by_mentor"]["type"] == "boolean" and action["by_mentor"]["default"] is False
    meeting = schema["$defs"]["Meeting"]["properties"]["lender_payments"]
    assert meeting["items"] == {"$ref": "#/$defs/LenderPayment"}
    assert set(schema["$defs"]["LenderPayment"]["properties"]) == {"source_id", "amount"}
    resources = {r["name"]: r["schema"] for r in datapackage(False, True)["resources"]}
    payments, lender = resources["payments"], resources["lender_payments"]
    assert payments["primaryKey"] == ["workshop_id", "meeting_id", "participant"]
    assert lender["primaryKey"] == ["workshop_id", "meeting_id", "lender_loan"]
    assert {
        "fields": ["workshop_id", "lender_loan"],
        "reference": {"resource": "funding_sources", "fields": ["workshop_id", "source_id"]},
    } in lender["foreignKeys"]
    # a budget line names its source, so its money joins the grant or loan that pays it (a
    # key SQL declares, tests/archive/test_duckdb.py; not the package: it may be empty)
    budget = resources["budget_lines"]
    assert [fk["fields"] for fk in budget["foreignKeys"]] == [["workshop_id", "group_id"]]
    names = [f["name"] for f in budget["fields"]]
    assert names[-4:] == ["source", "source_id", "member_loans", "prepaid"]
    assert list(resources).index("funding_sources") < list(resources).index("budget_lines")
    # every column of every primary key is required: SQL refuses an empty cell in a key
    for name, table in resources.items():
        fields = {f["name"]: f for f in table["fields"]}
        optional = [
            k
            for k in table.get("primaryKey", [])
            if not fields[k].get("constraints", {}).get("required")
        ]
        assert optional == [], name


def test_lkm_eligible_is_the_reports_rule_not_the_grade_alone(
    examples: dict[str, Workshop],
) -> None:
    """Grade B is an eligible grade, but the progress report says "belum" for Surabaya's
    Berjualan (1 Dec 2003: 80,8% repaid on time; 1 May 2004: 82%, PAR30 59,6%) and for
    Tri Astha on 5 July 2004 (PAR30 25%): the archive says the same, on each assessment's day."""
    eligible = {
        (r[2], r[3]): r[-2]
        for ws in examples.values()
        for r in _rows(ws, "assessments")
        if r[2] in {"g-berjualan", "g-tri-astha", "g-sedap-malam"}
    }
    assert eligible == {
        ("g-berjualan", dt.date(2003, 12, 1)): "false",
        ("g-berjualan", dt.date(2004, 5, 1)): "false",
        ("g-tri-astha", dt.date(2004, 3, 5)): "true",
        ("g-tri-astha", dt.date(2004, 7, 5)): "false",
        ("g-sedap-malam", dt.date(2003, 12, 6)): "true",
        ("g-sedap-malam", dt.date(2004, 3, 6)): "true",
        ("g-sedap-malam", dt.date(2004, 6, 6)): "true",
    }


def test_due_counts_rescheduled_instalments_as_the_repayment_rate_does(
    examples: dict[str, Workshop],
) -> None:
    """Pertukangan (Surabaya) rescheduled a member's loan with 172.500 fallen due unpaid: the
    plan's repayment rate divides the 3.835.000 paid when due by 3.835.000 + 172.500 =
    4.007.500 (95,7%), and so does the archive's ``due``."""
    rows = {r[1]: r for r in _rows(examples["surabaya"], "group_followup")}
    assert rows["g-pertukangan"][7:9] == (4_007_500, 3_835_000)
    assert rows["g-pertukangan"][11] == "95.7"
    # every row: paid_when_due / due is the repayment rate it prints
    for ws in examples.values():
        for r in _rows(ws, "group_followup"):
            due, paid, rate = r[7], r[8], r[11]
            assert isinstance(due, int) and isinstance(paid, int) and isinstance(rate, str)
            assert round(100 * paid / due, 2) == float(rate), r[1]


def test_stats_rate_agrees_with_the_reports_after_a_reschedule(
    examples: dict[str, Workshop],
) -> None:
    # Surabaya, paid when due over fell due: Pertukangan 3.835.000 / 4.007.500, Penjahit
    # 3.450.000 / 3.450.000, Berjualan 3.278.500 / 3.910.000 → 10.563.500 / 11.367.500 = 92,9%
    # (94,4% when the rescheduled 172.500 was left out of the denominator).
    followup = next(t for t in tables(collect(examples.values())) if t.name == "followup")
    surabaya = next(row for row in followup.rows if row[0] == "Surabaya")
    assert surabaya[2] == 92.9


def test_a_reschedule_row_holds_the_old_and_new_terms_and_what_was_respread() -> None:
    # tests/plan/test_followup_loans.py: p2 borrowed 500.000 over the plan's 10 months
    # (50.000 + 5.000 fee a month) and paid 30.000, 30.000, 55.000 by 10 April: instalments 1
    # and 2 kept, 5.000 beyond them; instalment 3 (5 April, 55.000) fell due unpaid, less the
    # 5.000: 50.000 missed. Instalments 3–10 respread over 8 months: 400.000 principal and
    # 8 × 5.000 = 40.000 fee; the first new one 55.000 on 10 May.
    ws = _group().model_copy(deep=True)
    g = ws.groups[0]
    change = LoanReschedule(
        id="r1", participant_id="p2", date=dt.date(2026, 4, 10), term_months=8, reason="panen gagal"
    )
    ws = ws.model_copy(
        update={
            "groups": (
                g.model_copy(
                    update={"followup": g.followup.model_copy(update={"reschedules": (change,)})}
                ),
            )
        }
    )
    assert _rows(ws, "reschedules") == [
        (
            "ws",
            "r1",
            "g1",
            "P0002",
            dt.date(2026, 4, 10),
            10,
            8,
            50_000,
            1,
            400_000,
            40_000,
            55_000,
            dt.date(2026, 5, 10),
            "panen gagal",
        )
    ]


def test_the_day_a_member_left_is_in_the_memberships() -> None:
    rows = {r[2]: r[5:] for r in _rows(_group(), "memberships")}
    # p4 (P0004) left on 20 March 2026; the others are still members
    assert rows["P0004"] == (dt.date(2026, 3, 20), "")
    assert rows["P0001"] == rows["P0002"] == rows["P0003"] == (None, None)


def test_a_lender_is_archived_by_its_kind_never_by_its_name(
    examples: dict[str, Workshop],
) -> None:
    from pra.model.funding import LenderLoan

    # Jaya Bersama (Palembang) borrowed 3.000.000 from the BMM at 1,5% a month flat, 12
    # months, weekly, a month's grace, handed over on 1 September 2003, jointly liable
    rows = {r[1]: r for r in _rows(examples["palembang"], "funding_sources")}
    assert rows["fs-jb-bmm"][2:] == (
        "g-jaya-bersama",
        2,
        "loan",
        "lkm",
        3_000_000,
        None,
        "1.5",
        "flat",
        12,
        "weekly",
        1,
        dt.date(2003, 9, 1),
        "true",
    )
    assert rows["fs-jb-stimulan"][4:8] == ("stimulus", "government", 5_000_000, 5_000_000)
    # a moneylender known by a person's name: "other", and the name nowhere in the row
    ws = examples["palembang"]
    g = next(g for g in ws.groups if g.id == "g-jaya-bersama")
    sources = tuple(
        s.model_copy(update={"lender": "Haji Darto Sumolang"}) if isinstance(s, LenderLoan) else s
        for s in g.capital.sources
    )
    g = g.model_copy(update={"capital": g.capital.model_copy(update={"sources": sources})})
    ws = ws.model_copy(update={"groups": tuple(x if x.id != g.id else g for x in ws.groups)})
    [row] = [r for r in _rows(ws, "funding_sources") if r[1] == "fs-jb-bmm"]
    assert row[5] == "other"
    assert not [c for c in row if isinstance(c, str) and "darto" in c.casefold()]


def test_lender_kinds_are_read_from_the_words_of_the_name() -> None:
    from pra.archive.lender_kinds import lender_kind

    assert lender_kind("BMM Sejahtera") == "lkm"
    assert lender_kind("Koperasi Wanita Mekar") == "cooperative"
    assert lender_kind("KUR BRI Unit Plaju") == "bank"
    assert lender_kind("Yayasan Widya Dharma") == "ngo"
    assert lender_kind("Dinas Sosial Kota Palembang") == "government"
    assert lender_kind("Bu Darmi") == "other"
    assert lender_kind("  ") == "unnamed"


def test_the_copy_writes_a_lender_as_its_kind_which_reads_back_as_the_same_kind() -> None:
    from pra.archive.lender_kinds import LENDER_KINDS, lender_kind, name_in_copy

    names = {
        "BMM Sejahtera": "lkm",
        "Koperasi Wanita Mekar": "cooperative",
        "KUR BRI Unit Plaju": "bank",
        "Yayasan Widya Dharma": "ngo",
        "Dinas Sosial Kota Palembang": "government",
        "Haji Darto Sumolang": "other",
        "": "",
    }
    assert {n: name_in_copy(n) for n in names} == names
    # a copy archived again gives the same kinds
    assert [k for k in LENDER_KINDS if lender_kind(name_in_copy(k)) != k] == ["unnamed"]
    assert lender_kind(name_in_copy("")) == "unnamed"

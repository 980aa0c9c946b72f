"""The archive is a valid Frictionless package whose keys are really declared and checked."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from pra.archive.package import SCHEMA_ID, workshop_schema
from pra.archive.rows import ROWS, Context
from pra.archive.tables import TABLES
from pra.archive.writer import ArchiveResult
from pra.model import Workshop
from pra.resources import EXAMPLES, example_path


def _errors(report: object) -> list[tuple[str, int | None, str | None, str]]:
    """(table, row, field, error type) for every error of a validation report."""
    return [
        (task.name, getattr(e, "row_number", None), getattr(e, "field_name", None), e.type)
        for task in report.tasks  # type: ignore[attr-defined]
        for e in task.errors
    ]


def test_frictionless_validates_the_archive_of_the_examples(archive: ArchiveResult) -> None:
    import frictionless

    report = frictionless.validate(archive.out / "datapackage.json")
    assert report.valid, _errors(report)
    assert archive.workshops == 3
    assert archive.skipped == []


def test_frictionless_validates_an_archive_with_names(named_archive: ArchiveResult) -> None:
    import frictionless

    report = frictionless.validate(named_archive.out / "datapackage.json")
    assert report.valid, _errors(report)


def _copy(archive: ArchiveResult, tmp_path: Path) -> Path:
    out = tmp_path / "copy"
    shutil.copytree(archive.out, out)
    return out


def _rewrite(path: Path, column: str, row_index: int, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[row_index][column] != value
    rows[row_index][column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        ("votes", "problem_id", "votes"),
        ("memberships", "participant", "memberships"),
        ("step_dependencies", "depends_on", "step_dependencies"),
        ("idea_scores", "criterion_id", "idea_scores"),
    ],
)
def test_a_broken_reference_fails_validation(
    archive: ArchiveResult, tmp_path: Path, table: str, column: str, expected: str
) -> None:
    import frictionless

    out = _copy(archive, tmp_path)
    _rewrite(out / "data" / f"{table}.csv", column, 0, "no-such-thing")
    report = frictionless.validate(out / "datapackage.json")
    assert not report.valid
    errors = _errors(report)
    assert {(e[0], e[3]) for e in errors} == {(expected, "foreign-key")}


def test_a_budget_line_without_a_source_is_valid(archive: ArchiveResult, tmp_path: Path) -> None:
    """A line no source pays yet (``source_id`` empty in the file) leaves its source empty: still
    valid (frictionless would refuse it were the half-empty pair declared a foreign key)."""
    import frictionless

    out = _copy(archive, tmp_path)
    _rewrite(out / "data" / "budget_lines.csv", "source_id", 0, "")
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, _errors(report)


def test_a_duplicate_key_fails_validation(archive: ArchiveResult, tmp_path: Path) -> None:
    import frictionless

    out = _copy(archive, tmp_path)
    first = (out / "data" / "problems.csv").read_text(encoding="utf-8").splitlines()[1]
    _rewrite(out / "data" / "problems.csv", "problem_id", 1, first.split(",")[1])
    report = frictionless.validate(out / "datapackage.json")
    assert "primary-key" in {e[3] for e in _errors(report)}


def test_every_table_is_described_in_the_package(archive: ArchiveResult) -> None:
    descriptor = json.loads((archive.out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert list(resources) == [t.name for t in TABLES]
    for table in TABLES:
        resource = resources[table.name]
        assert resource["title"] and resource["description"]
        header = (archive.out / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        fields = resource["schema"]["fields"]
        assert header.split(",") == [f["name"] for f in fields]
        assert all(f["title"] and f["description"] for f in fields)
    assert "participant_id" not in str(resources["participants"]["schema"])


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_table_row_has_one_value_per_column(examples: dict[str, Workshop], name: str) -> None:
    ws = examples[name]
    codes = {p.id: f"P{i:04d}" for i, p in enumerate(ws.participants, start=1)}
    for with_names in (False, True):
        context = Context(ws, codes, with_names, "raw/x.json")
        for table in TABLES:
            if table.name == "skipped":
                continue
            width = len(table.columns_for(with_names))
            assert {len(r) for r in ROWS[table.name](context)} <= {width}, table.name


def test_the_published_schema_accepts_every_example_and_every_raw_copy(
    archive: ArchiveResult,
) -> None:
    schema = json.loads((archive.out / "workshop.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema == workshop_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = [example_path(n) for n in EXAMPLES] + sorted((archive.out / "raw").glob("*.json"))
    assert len(files) == 6
    for path in files:
        errors = [e.message for e in validator.iter_errors(json.loads(path.read_bytes()))]
        assert errors == [], path


def test_the_published_schema_rejects_a_wrong_file(archive: ArchiveResult) -> None:
    schema = json.loads((archive.out / "workshop.schema.json").read_text(encoding="utf-8"))
    data = json.loads(example_path("palembang").read_bytes())
    data["participants"][0]["sex"] = "X"
    data["groups"][0]["capital"]["stimulus_per_member"] = -5
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert len(errors) == 2


def test_pseudonymised_raw_copies_load_in_pra_and_use_the_codes(archive: ArchiveResult) -> None:
    from pra import store

    participants = (archive.out / "data" / "participants.csv").read_text(encoding="utf-8")
    codes = {line.split(",")[0] for line in participants.splitlines()[1:]}
    seen: set[str] = set()
    for path in sorted((archive.out / "raw").glob("*.json")):
        ws = store.load(path)
        assert all(p.id == p.name and p.phone is None for p in ws.participants)
        seen |= {p.id for p in ws.participants}
    assert seen == codes


def test_a_large_synthetic_workshop_archives_to_a_valid_package(tmp_path: Path) -> None:
    import frictionless

    """Pairwise choices, percent deductions, blackouts, 4 groups of 50 steps: all still valid."""
    from pra import store
    from pra.archive.writer import build_archive
    from pra.synthetic import maximal_workshop

    ws = maximal_workshop(participants=40, problems=12, groups=4, steps_per_group=30, seed=3)
    path = tmp_path / "max.json"
    path.write_text(store.dumps(ws), encoding="utf-8")
    result = build_archive([path], tmp_path / "out", store.load)
    assert result.rows["pairwise"] == len(ws.voting.pairwise) > 0
    assert result.rows["deductions"] == 12
    report = frictionless.validate(result.out / "datapackage.json")
    assert report.valid, _errors(report)
    deductions = (result.out / "data" / "deductions.csv").read_text(encoding="utf-8")
    assert ",1.5," in deductions

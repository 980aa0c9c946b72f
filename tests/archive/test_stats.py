"""``pra stats``: the summary of the three examples, in both languages, and as CSV."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from pra.archive.stats import (
    ALL,
    Stats,
    collect,
    first_ranked,
    mean_group_size,
    render,
    tables,
)
from pra.cli import main
from pra.model import Workshop


def _table(examples: dict[str, Workshop], name: str) -> tuple[tuple[object, ...], ...]:
    return next(t.rows for t in tables(collect(examples.values())) if t.name == name)


def test_overview_counts_workshops_people_and_groups(examples: dict[str, Workshop]) -> None:
    rows = {row[0]: row[1:] for row in _table(examples, "overview")}
    assert list(rows) == [ALL, "Palembang", "Surabaya", "Yogyakarta"]
    women = sum(p.sex == "F" for ws in examples.values() for p in ws.participants)
    men = sum(p.sex == "M" for ws in examples.values() for p in ws.participants)
    assert (women, men) == (38, 24)
    assert rows[ALL] == (3, 62, 38, 24, 0, 6, 50, 8.3)
    assert rows["Surabaya"][:2] == (1, 20) and rows["Surabaya"][5] == 3


def test_group_sizes(examples: dict[str, Workshop]) -> None:
    sizes = [row[1:] for row in _table(examples, "group_sizes") if row[0] == ALL]
    assert sizes == [(6, 1), (7, 2), (10, 3)]


def test_capital_ranks_first_everywhere_and_has_the_most_dots(
    examples: dict[str, Workshop],
) -> None:
    assert {name: first_ranked(ws) for name, ws in examples.items()} == {
        "surabaya": ("prob-modal",),
        "palembang": ("prob-modal",),
        "yogyakarta": ("prob-modal",),
    }
    rows = [row for row in _table(examples, "categories") if row[0] == ALL]
    assert rows[0] == (ALL, "capital", 3, 77)
    surabaya = {row[1]: row[3] for row in _table(examples, "categories") if row[0] == "Surabaya"}
    assert surabaya["capital"] == 17  # "didominasi masalah modal (17 suara)"
    assert sum(r[2] for r in rows) == 3


def test_business_types_are_the_chosen_ideas(examples: dict[str, Workshop]) -> None:
    palembang = [row[1:] for row in _table(examples, "businesses") if row[0] == "Palembang"]
    assert palembang == [("Dagang kue", 1), ("Menjahit pakaian", 1)]
    assert sum(row[2] for row in _table(examples, "businesses") if row[0] == ALL) == 6


def test_stimulus_and_own_contribution_totals(examples: dict[str, Workshop]) -> None:
    rows = {row[0]: row[1:] for row in _table(examples, "capital")}
    # lent to members: Sedap Malam 6 × 250.000 (the rest of its grant bought equipment),
    # Jaya Bersama 10 × 500.000
    assert rows["Palembang"][0] == 6_500_000
    assert rows[ALL][0] == sum(rows[c][0] for c in ("Palembang", "Surabaya", "Yogyakarta"))
    stimulus, _, money, goods, labour, own, _ = rows[ALL]
    assert own == money + goods + labour == 5_112_500
    assert stimulus == 20_500_000


def test_one_city_has_no_city_column(examples: dict[str, Workshop]) -> None:
    stats = collect([examples["palembang"]])
    assert not stats.by_city
    text = render(tables(stats), stats.by_city, "en")
    assert "City" not in text and "Palembang" not in text
    assert "Rp\u00a06,500,000" in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "id",
            ["Ringkasan 3 lokakarya", "Semua", "Modal", "Rp\u00a020.500.000", "Perempuan", "8,3"],
        ),
        ("en", ["Summary of 3 workshops", "All", "Capital", "Rp\u00a020,500,000", "Women", "8.3"]),
    ],
)
def test_the_command_prints_the_summary_in_each_language(
    example_dir: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    expected: list[str],
) -> None:
    assert main(["--lang", lang, "stats", str(example_dir)]) == 0
    out = capsys.readouterr().out
    assert [e for e in expected if e not in out] == []
    assert "Palembang" in out and "Yogyakarta" in out


def test_csv_writes_the_same_tables(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", str(example_dir), "--csv", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "businesses.csv",
        "capital.csv",
        "categories.csv",
        "followup.csv",
        "followup_workshops.csv",
        "grades.csv",
        "grades_workshops.csv",
        "group_sizes.csv",
        "overview.csv",
    ]
    with (tmp_path / "out" / "categories.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0] == {"city": "*", "category": "capital", "ranked_first": "3", "dots": "77"}


def test_a_bad_file_is_named_and_left_out(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    shutil.copytree(example_dir, src)
    (src / "zz-broken.json").write_text("{", encoding="utf-8")
    assert main(["--lang", "en", "stats", str(src)]) == 0
    captured = capsys.readouterr()
    assert "zz-broken.json" in captured.err
    assert "Summary of 3 workshops" in captured.out
    assert main(["stats", str(src / "zz-broken.json")]) == 1


def test_a_workshop_without_a_city_is_its_own_row(examples: dict[str, Workshop]) -> None:
    palembang = examples["palembang"]
    nowhere = palembang.model_copy(
        update={
            "id": "ws-nowhere",
            "info": palembang.info.model_copy(
                update={"place": palembang.info.place.model_copy(update={"city": ""})}
            ),
        }
    )
    stats = collect([palembang, nowhere])
    assert stats.by_city
    text = render(tables(stats), stats.by_city, "en")
    assert "(no city)" in text and "Palembang" in text
    overview = {row[0]: row[1] for row in tables(stats)[0].rows}
    assert overview == {ALL: 2, "": 1, "Palembang": 1}


def test_the_mean_group_size_rounds_halves_up(examples: dict[str, Workshop]) -> None:
    stats = collect([examples["palembang"]])
    stats.total.group_sizes = Counter({10: 3, 11: 1})  # 41 members in 4 groups: 10.25
    [row] = tables(stats)[0].rows
    assert row[-1] == 10.3
    assert "10,3" in render(tables(stats), stats.by_city, "id")
    assert "10.3" in render(tables(stats), stats.by_city, "en")


def test_the_mean_group_size_agrees_with_exact_half_up_rounding() -> None:
    for groups in range(1, 41):
        for members in range(12 * groups + 1):
            exact = (Decimal(members) / Decimal(groups)).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
            assert mean_group_size(members, groups) == float(exact), (members, groups)
    assert mean_group_size(0, 0) == 0.0


def test_a_workshop_in_two_files_is_counted_once(examples: dict[str, Workshop]) -> None:
    stats = Stats()
    assert stats.add(examples["palembang"], "a.json") is None
    assert stats.add(examples["palembang"], "a (copy).json") == "a.json"
    assert tables(stats) == tables(collect([examples["palembang"]]))
    assert tables(collect([examples["palembang"], examples["palembang"]])) == tables(stats)


def test_the_command_counts_a_copied_file_once_and_says_which_it_left_out(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(example_dir / "palembang.json", src / "a.json")
    assert main(["--lang", "en", "stats", str(src / "a.json"), "--csv", str(tmp_path / "one")]) == 0
    single = capsys.readouterr()
    assert single.err == ""
    shutil.copyfile(example_dir / "palembang.json", src / "a (copy).json")
    assert main(["--lang", "en", "stats", str(src), "--csv", str(tmp_path / "both")]) == 0
    both = capsys.readouterr()
    assert both.out.replace("both", "one") == single.out
    assert "Summary of 1 workshop\n" in both.out
    assert both.err.splitlines() == [
        f'Skipped: {src / "a.json"}: workshop "ws-palembang" was already counted from'
        f" {src / 'a (copy).json'} (a copy of the same file?)"
    ]
    for table in (tmp_path / "one").iterdir():
        assert (tmp_path / "both" / table.name).read_bytes() == table.read_bytes()


def _no_raw_package(example_dir: Path, out: Path) -> Path:
    from pra import store
    from pra.archive.writer import ArchiveOptions, build_archive

    from .conftest import workshop_files

    build_archive(workshop_files(example_dir), out, store.load, ArchiveOptions(raw=False))
    assert not (out / "raw").exists()
    return out


def test_a_package_made_without_raw_files_is_summarised_from_its_tables(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    assert main(["--lang", "en", "stats", str(example_dir), "--csv", str(tmp_path / "a")]) == 0
    from_files = capsys.readouterr().out
    assert main(["--lang", "en", "stats", str(package), "--csv", str(tmp_path / "b")]) == 0
    from_tables = capsys.readouterr().out
    assert "Summary of 3 workshops" in from_tables
    assert from_tables.replace(str(tmp_path / "b"), "") == from_files.replace(
        str(tmp_path / "a"), ""
    )
    for name in ("overview", "categories", "capital", "followup", "followup_workshops", "grades"):
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (
            tmp_path / "b" / f"{name}.csv"
        ).read_bytes(), name
    # the follow-up from the tables: Surabaya's 92,9% repaid (test_followup works it out)
    followup = (tmp_path / "b" / "followup.csv").read_text("utf-8").splitlines()
    assert [line for line in followup if line.startswith("Surabaya,3,92.9,")]


def test_a_package_lacking_what_the_summary_needs_is_refused_not_summarised_empty(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    problems = package / "data" / "problems.csv"
    with problems.open(encoding="utf-8", newline="") as f:
        rows = [r[:-1] for r in csv.reader(f)]  # an older pra's problems: no ranked_first
    with problems.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    assert main(["--lang", "en", "stats", str(package)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"{package}: the problems table of this data package has no ranked_first column, "
        "which the summary needs (made by an older pra?). Nothing was summarised; make the "
        "archive again with pra archive."
    )
    other = _no_raw_package(example_dir, tmp_path / "other")
    (other / "data" / "group_followup.csv").unlink()
    assert main(["--lang", "id", "stats", str(other)]) == 1
    assert "tidak memuat tabel group_followup" in capsys.readouterr().err


def test_groups_by_grade_per_workshop_split_a_citys_workshops(
    examples: dict[str, Workshop],
) -> None:
    """Review 10r, 4: the README promises groups by grade per workshop, but only the city's
    line was there. Two Palembang workshops, one a copy whose groups were never assessed:
    the city counts A 1, C 1 and 2 not assessed; per workshop each keeps its own."""
    palembang = examples["palembang"]
    groups = tuple(
        g.model_copy(update={"followup": g.followup.model_copy(update={"assessments": ()})})
        for g in palembang.groups
    )
    copy = palembang.model_copy(update={"id": "ws-palembang-b", "groups": groups})
    stats = collect([palembang, copy, examples["surabaya"]])
    grades = {t.name: t.rows for t in tables(stats)}
    assert ("Palembang", "A", 1) in grades["grades"]
    assert ("Palembang", "", 2) in grades["grades"]
    assert grades["grades_workshops"] == (
        ("Palembang", "ws-palembang", "A", 1),
        ("Palembang", "ws-palembang", "C", 1),
        ("Palembang", "ws-palembang-b", "", 2),
        ("Surabaya", "ws-surabaya", "A", 2),
        ("Surabaya", "ws-surabaya", "B", 1),
    )

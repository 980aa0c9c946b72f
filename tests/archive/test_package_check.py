"""``pra stats`` on a data package checks the ``group_followup`` summary against the detail
tables (#15): a group whose summary row they contradict is named, the figures it can
compute come from the details, and the summary is still printed (exit code 0)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pra.cli import main

from .test_stats import _no_raw_package

SUMMARY = ("data", "group_followup.csv")


def _edit(package: Path, group: str, column: str, value: str) -> None:
    """Set one cell of ``group``'s row in the package's group_followup table."""
    _edit_row(package.joinpath(*SUMMARY), "group_id", group, column, value)


def _edit_row(path: Path, key: str, wanted: str, column: str, value: str) -> None:
    """Set ``column`` of the row of the CSV table at ``path`` whose ``key`` is ``wanted``."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    [row] = [r for r in rows if r[key] == wanted]
    row[column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_an_edited_attendance_cell_is_named_and_the_details_give_the_figure(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Surabaya's g-berjualan: 66 of 77 members present at its own meetings (85.71%).
    Its summary row edited to say 77 present: before, pra stats printed Surabaya's attendance
    from the summary ((73 + 64 + 77) / (77 + 66 + 77) = 97.3%) and said nothing; now it
    computes it from the meetings and attendance tables ((73 + 64 + 66) / 220 = 92.3%, the
    figure of the unedited package) and names the group and the cell."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    assert main(["--lang", "en", "stats", str(package), "--csv", str(tmp_path / "a")]) == 0
    clean = capsys.readouterr()
    assert clean.err == ""
    _edit(package, "g-berjualan", "present", "77")
    assert main(["--lang", "en", "stats", str(package), "--csv", str(tmp_path / "b")]) == 0
    edited = capsys.readouterr()
    assert edited.out.replace(str(tmp_path / "b"), "") == clean.out.replace(str(tmp_path / "a"), "")
    workshops = (tmp_path / "b" / "followup_workshops.csv").read_text("utf-8").splitlines()
    assert "Surabaya,ws-surabaya,3,92.9,60.8,92.3,10197500,10870000" in workshops
    assert edited.err.strip() == (
        f"Warning: {package}: the summary of group g-berjualan (workshop ws-surabaya) in the "
        "group_followup table disagrees with its detail tables: present stored 77, recomputed "
        "from the members present by attendance: 66. Edited by hand, or made by an older pra? "
        "Attendance and grades in this summary come from the detail tables; the repayment "
        "rate, PAR30 and fund balance still come from group_followup and are marked (!) where "
        "they count this group, so check this group before using its figures."
    )


def test_an_edited_repayment_cell_is_named_in_indonesian(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Palembang's g-jaya-bersama paid 3.266.500 of 4.230.000 due on time (77.22%); its
    repayment_rate edited to 95 and its paid_when_due to 4.000.000, more than the 3.266.500
    of instalments its payments table holds: both cells are named, the summary is printed."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    _edit(package, "g-jaya-bersama", "repayment_rate", "95")
    _edit(package, "g-jaya-bersama", "paid_when_due", "4000000")
    assert main(["--lang", "id", "stats", str(package)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Ringkasan 3 lokakarya\n")
    [line] = captured.err.strip().splitlines()
    assert line.startswith(
        f"Peringatan: {package}: ringkasan kelompok g-jaya-bersama (lokakarya ws-palembang) di "
        "tabel group_followup tidak sesuai dengan tabel rinciannya: paid_when_due tersimpan "
        "4000000, lebih dari angsuran yang dibayar menurut payments (jumlah "
        "payments.instalment) (3266500); arrears tersimpan 963500, dihitung ulang dari due − "
        "paid_when_due − reschedules.missed (sel group_followup dan tabel reschedules): "
        "230000; repayment_rate tersimpan 95, dihitung ulang dari paid_when_due / due yang "
        "tersimpan di group_followup: 94.56."
    )
    assert "Palembang   ws-palembang                     2     96,2% (!)" in captured.out


def _stats(package: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(["stats", str(package), "--lang", lang]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err.strip()


@pytest.mark.parametrize(
    ("column", "value", "named"),
    [
        (
            "grade",
            "A",
            "grade stored A, recomputed from the latest assessment's grade in assessments: C",
        ),
        (
            "fund_actual",
            "9941500",
            "fund_actual stored 9941500, recomputed from stimulus_in + savings + instalments "
            "(payments) − cash lent (payments.loan_out less the deductions): 3941500",
        ),
        (
            "arrears",
            "0",
            "arrears stored 0, recomputed from due − paid_when_due − reschedules.missed "
            "(group_followup's cells and the reschedules table): 963500",
        ),
        (
            "outstanding",
            "88500",
            "outstanding stored 88500, less than lent − the instalments by payments (the "
            "least it can be: instalments also pay charges) (1733500); at_risk stored 1356500, "
            "more than the outstanding stored (88500); par30 stored 64.95, recomputed from the "
            "at_risk / outstanding stored in group_followup: 1532.77",
        ),
        (
            "paid_when_due",
            "3366500",
            "paid_when_due stored 3366500, more than the instalments paid by payments (sum of "
            "payments.instalment) (3266500); arrears stored 963500, recomputed from due − "
            "paid_when_due − reschedules.missed (group_followup's cells and the reschedules "
            "table): 863500; repayment_rate stored 77.22, recomputed from the paid_when_due / "
            "due stored in group_followup: 79.59",
        ),
    ],
)
def test_each_checkable_summary_cell_edited_is_named_as_stored_against_recomputed(
    example_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: str,
    named: str,
) -> None:
    """Review 10r, 2: a grade C → A, fund_actual and arrears edits were not named; an
    outstanding edit was named only as par30; "repayment_rate 77.22, by group_followup
    79.59" did not say which was stored and which recomputed."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    _edit(package, "g-jaya-bersama", column, value)
    _, err = _stats(package, "en", capsys)
    assert f"in the group_followup table disagrees with its detail tables: {named}. " in err


def test_a_grade_edited_in_the_summary_is_counted_as_the_assessments_say(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Jaya Bersama's latest assessment is C; its summary edited to A moved Palembang's
    grades to A 2, C 0. The grade table now counts the assessments' grade."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    clean, _ = _stats(package, "en", capsys)
    _edit(package, "g-jaya-bersama", "grade", "A")
    edited, err = _stats(package, "en", capsys)
    assert err.startswith("Warning:")
    assert edited == clean
    assert "Palembang   C           1" in edited


def test_an_impossible_par30_is_printed_only_marked_with_a_note(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """outstanding 2.088.500 → 88.500 made Palembang's PAR30 149,3% (more than 100 %),
    printed without comment; it is now marked (!) with the note under each table."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    _edit(package, "g-jaya-bersama", "outstanding", "88500")
    out, _ = _stats(package, "id", capsys)
    assert "Palembang   ws-palembang                     2         84,2%  149,3% (!)" in out
    assert "Semua                         6         90,9%   73,6% (!)" in out
    note = (
        "(!) angka ini dihitung juga dari sel group_followup yang bertentangan dengan tabel "
        "rinciannya (lihat peringatan); periksa sebelum memakainya."
    )
    assert out.count(note) == 2
    assert [line for line in out.splitlines() if "%" in line and "(!)" not in line] == [
        line
        for line in out.splitlines()
        if "%" in line and "Palembang" not in line and "Semua" not in line
    ]


@pytest.mark.parametrize("value", ["1,5", "sepuluh", "NaN", "-10"])
def test_a_percent_that_is_no_number_refuses_the_package_as_a_bad_amount_does(
    example_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    """Review rev13-code F-h: Tri Astha's administration deduction (1.5% of each loan, kept
    at hand-over) edited to a text that is no number was skipped: the cash lent grew by it,
    and the fund's figure then blamed the summary's cell. Now refused with a sentence."""
    package = _no_raw_package(example_dir, tmp_path / "pkg")
    _edit_row(package / "data" / "deductions.csv", "deduction_id", "de-ta-admin", "percent", value)
    assert main(["--lang", "en", "stats", str(package)]) != 0
    err = capsys.readouterr().err
    assert f'the deductions table holds "{value}" in its percent column where a percentage' in err
    assert "Traceback" not in err

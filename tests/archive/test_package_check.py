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
    path = package.joinpath(*SUMMARY)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    [row] = [r for r in rows if r["group_id"] == group]
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
        "group_followup table disagrees with its detail tables: present 77, by attendance 66. "
        "Edited by hand, or made by an older pra? Attendance in this summary is computed from "
        "the detail tables; the repayment rate and PAR30 still come from group_followup, so "
        "check this group before using its figures."
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
        "tabel group_followup tidak sesuai dengan tabel rinciannya: paid_when_due 4000000, "
        "lebih dari yang dibayar menurut payments (3266500); repayment_rate 95, menurut "
        "group_followup 94.56."
    )

"""One severity model for ``pra check`` and ``pra export`` (issue 12, s13-wall item 3).

A lender loan that no budget line uses blocked ``pra check`` (exit 1, one line with no
level word) while ``pra export`` printed the plan and exited 0. Now check says the level
on the line and a verdict, and export refuses with the same lines unless ``--draft``.
Export still writes the plans of the groups that can print, and names which were written
and which not (rev13b-lender finding 11).
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_check import example_data, write_json


def blocked_file(tmp_path: Path) -> Path:
    """Palembang with Jaya Bersama's BMM loan used by no budget (RAB) line."""
    data = example_data()
    group = data["groups"][1]
    assert group["name"] == "Kelompok Jaya Bersama"
    group["capital"]["budget"] = [
        b for b in group["capital"]["budget"] if b.get("source_id") != "fs-jb-bmm"
    ]
    return write_json(tmp_path, "pinjaman.json", data)


def test_check_says_the_level_on_the_blocking_line_and_exits_1(pra: Run, tmp_path: Path) -> None:
    path = blocked_file(tmp_path)
    result = pra("check", path)
    assert result.code == 1
    line, verdict = result.lines
    assert line.startswith(f'{path}: harus diperbaiki: kelompok "Kelompok Jaya Bersama"')
    assert verdict == f"{path}: tidak bisa dicetak, 1 hal harus diperbaiki (di atas)"
    english = pra("check", path, "--lang", "en")
    assert english.lines[0].startswith(f"{path}: must be fixed: group ")
    assert english.lines[1] == f"{path}: cannot be printed, 1 thing must be fixed (above)"


def test_export_refuses_a_blocked_plan_with_checks_lines_unless_draft(
    pra: Run, tmp_path: Path
) -> None:
    path = blocked_file(tmp_path)
    checked = pra("check", path).lines
    out = tmp_path / "rencana"
    result = pra("export", path, "-o", out)
    assert result.code == 1
    said = result.err.splitlines()
    assert said[0] == checked[0], "the same sentence as pra check"
    assert said[-1] == (
        f"{path}: hanya sebagian rencana usaha dicetak: Kelompok Sedap Malam. Tidak dicetak,"
        " karena 1 hal di atas harus diperbaiki dulu (lihat juga pra check):"
        " Kelompok Jaya Bersama. Untuk mencetaknya sebagai draf saja, tambahkan --draft."
    ), "which groups were written and which not, and --draft"
    written = sorted(p.name for p in out.glob("*.docx"))
    assert len(written) == 1 and "Sedap Malam" in written[0], "the group that can print"
    assert result.out.strip() == f"Ditulis: {out / written[0]}"
    alone = pra("export", path, "-o", tmp_path / "jb", "--group", "Kelompok Jaya Bersama")
    assert alone.code == 1 and "tidak dicetak" in alone.err.splitlines()[-1]
    assert not (tmp_path / "jb").exists(), "nothing to write: the chosen group is blocked"
    draft = pra("export", path, "-o", out, "--draft")
    assert draft.code == 0
    assert "DRAF" in draft.err.splitlines()[-1]
    assert len(list(out.glob("*.docx"))) == 2
    assert len(list(out.glob("* - DRAF.docx"))) == 1
    english = pra("export", path, "-o", tmp_path / "en", "--lang", "en")
    assert english.code == 1
    assert english.err.splitlines()[-1].endswith(
        "Not printed, because the 1 thing above must be fixed first (see also pra check):"
        " Kelompok Jaya Bersama. To print them as a draft only, add --draft."
    )


def test_export_of_an_unblocked_group_prints_and_reminders_never_block(
    pra: Run, tmp_path: Path
) -> None:
    path = blocked_file(tmp_path)
    out = tmp_path / "rencana"
    result = pra("export", path, "-o", out, "--group", "Kelompok Sedap Malam")
    assert (result.code, result.err) == (0, "")
    # Palembang as shipped has a reminder only ("perlu dilihat lagi"): check 0, export 0
    clean = write_json(tmp_path, "palembang.json", example_data())
    assert pra("check", clean).code == 0
    assert pra("export", clean, "-o", tmp_path / "semua").code == 0

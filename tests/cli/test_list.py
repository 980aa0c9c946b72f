"""``pra list``: the workshops in the data folder as an aligned table; empty and bad folders said."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from pra import store
from pra.cli.listing import table, width
from pra.i18n import t
from pra.model import Workshop, WorkshopInfo
from pra.plan.formatting import format_date
from pra.resources import EXAMPLES, example_path
from tests.cli.conftest import Run, pra_process

# Fixed modification times, so "newest first" and "last saved" never depend on the clock.
TIMES = {"surabaya": 1_700_000_000, "palembang": 1_700_100_000, "yogyakarta": 1_700_200_000}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in EXAMPLES:
        target = folder / f"{name}.json"
        shutil.copy(example_path(name), target)
        os.utime(target, (TIMES[name], TIMES[name]))
    monkeypatch.setenv(store.ENV_VAR, str(folder))
    return folder


def _columns(line: str, header: str) -> list[str]:
    """The cells of ``line`` cut at the start of each header column."""
    names = [
        t(f"list.column.{c}", lang="id")
        for c in ("title", "place", "date", "groups", "saved", "file")
    ]
    starts = [header.index(name) for name in names]
    return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]


def test_lists_every_workshop_newest_first_as_an_aligned_table(pra: Run, data_dir: Path) -> None:
    result = pra("list")
    assert result.code == 0, result.err
    assert result.lines[0] == t("list.heading", lang="id", folder=data_dir, count=3)
    assert result.lines[1] == ""
    header, *rows = result.lines[2:]
    assert header.startswith("Judul")
    cells = [_columns(row, header) for row in rows]
    assert [c[5] for c in cells] == ["yogyakarta.json", "palembang.json", "surabaya.json"]
    by_file = {c[5]: c for c in cells}
    palembang = Workshop.model_validate_json(example_path("palembang").read_bytes())
    title, place, date, groups, saved, _ = by_file["palembang.json"]
    assert title == palembang.info.title
    assert "13 Ilir" in place and "Palembang" in place
    assert date == "13 Agustus 2003"
    assert groups == "2"
    moment = dt.datetime.fromtimestamp(TIMES["palembang"])
    assert saved == f"{format_date(moment.date(), 'id')} {moment:%H:%M}"
    assert by_file["surabaya.json"][3] == "3"
    assert by_file["yogyakarta.json"][3] == "1"


def test_english_dates_and_headers(pra: Run, data_dir: Path) -> None:
    result = pra("--lang", "en", "list")
    assert result.code == 0
    assert result.lines[2].startswith("Title")
    assert "13 August 2003" in result.out


def test_an_empty_folder_says_so_and_where(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path))
    result = pra("list")
    assert (result.code, result.lines) == (0, [t("list.empty", lang="id", folder=tmp_path)])


def test_the_data_dir_option_wins_over_the_environment(
    pra: Run, data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "lain"
    other.mkdir()
    assert pra("list", "--data-dir", other).lines == [t("list.empty", lang="id", folder=other)]
    assert pra("--data-dir", other, "list").lines == [t("list.empty", lang="id", folder=other)]


def test_a_bad_file_is_flagged_with_its_reason(pra: Run, data_dir: Path) -> None:
    bad = data_dir / "rusak.json"
    bad.write_bytes(b'{"schema_version": 1, "id": "ws", "tambahan": 1')
    os.utime(bad, (1_600_000_000, 1_600_000_000))  # the oldest
    result = pra("list")
    assert result.code == 0
    header = result.lines[2]
    row = result.lines[-3]
    assert _columns(row, header)[0] == t("list.flag", lang="id")
    assert _columns(row, header)[5] == "rusak.json"
    assert result.lines[-2] == ""
    assert result.lines[-1].startswith(f"{bad}: ")
    [flagged] = [s for s in store.list_workshops(data_dir) if not s.ok]
    assert result.lines[-1] == flagged.problem_text("id")
    assert "baris 1" in result.lines[-1]


def test_backups_hidden_files_and_other_files_are_not_listed(pra: Run, data_dir: Path) -> None:
    (data_dir / ".pra-backups").mkdir()
    shutil.copy(example_path("palembang"), data_dir / ".pra-backups" / "palembang.json")
    (data_dir / ".tersembunyi.json").write_text("{}", encoding="utf-8")
    (data_dir / "catatan.txt").write_text("bukan lokakarya", encoding="utf-8")
    assert "3 lokakarya" in pra("list").lines[0]


def test_a_workshop_without_title_place_or_date(pra: Run, data_dir: Path) -> None:
    store.save(Workshop(id="ws-baru", info=WorkshopInfo()), data_dir / "baru.json")
    os.utime(data_dir / "baru.json", (1_800_000_000, 1_800_000_000))
    result = pra("list")
    row = _columns(result.lines[3], result.lines[2])
    assert row[:4] == [t("list.untitled", lang="id"), "–", "–", "0"]
    assert row[5] == "baru.json"


def test_no_colour_when_not_a_terminal_or_when_no_color_is_set(
    pra: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "rusak.json").write_bytes(b"")
    assert "\x1b" not in pra("list").out  # captured output is not a terminal
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert "\x1b[" in pra("list").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in pra("list").out


def test_a_data_folder_that_cannot_be_made_is_one_sentence(
    pra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(store.ENV_VAR, str(blocker / "data"))
    result = pra("list")
    assert result.code == 1
    assert result.out == ""
    said = t("list.unusable", lang="id", folder=blocker / "data", reason="<reason>")
    assert result.err.startswith(said.split("<reason>")[0])
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_wide_characters_keep_the_columns_aligned() -> None:
    rows = [["Judul", "Tempat"], ["Kue 🍰 enak", "Surabaya"], ["日本", "x"], ["Café", "y"]]
    lines = table(rows)
    starts = {
        width(line[: line.index(cell)])
        for line, cell in zip(lines, ["Tempat", "Surabaya", "x", "y"], strict=True)
    }
    assert len(starts) == 1
    assert width("日本") == 4 and width("e\u0301") == 1


def test_subprocess_list_with_an_environment_data_folder(data_dir: Path) -> None:
    result = pra_process("list", PRA_DATA_DIR=str(data_dir))
    assert result.code == 0, result.err
    assert result.lines[0] == t("list.heading", lang="id", folder=data_dir, count=3)
    assert len(result.lines) == 6
    assert "\x1b" not in result.out
    (data_dir / "kosong").mkdir()
    english = pra_process("--lang", "en", "--data-dir", str(data_dir / "kosong"), "list")
    assert english.code == 0
    assert english.lines == [t("list.empty", lang="en", folder=data_dir / "kosong")]


def test_the_language_may_also_follow_the_command(pra: Run, data_dir: Path) -> None:
    assert pra("list", "--lang", "en").lines[2].startswith("Title")


def test_a_file_name_with_a_line_break_is_shown_escaped_on_its_row(
    pra: Run, data_dir: Path
) -> None:
    odd = data_dir / "baris\nbaru.json"
    shutil.copy(example_path("surabaya"), odd)
    os.utime(odd, (1_800_000_000, 1_800_000_000))
    result = pra("list")
    header, *rows = result.lines[2:]
    assert len(rows) == 4
    assert rows[0].endswith("baris\\nbaru.json")
    files = header.index(t("list.column.file", lang="id"))
    assert all(row[files - 2 : files] == "  " and row[files] != " " for row in rows)

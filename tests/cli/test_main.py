"""``pra --help``, ``pra --version``, and what the light commands must not load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pra import __version__
from pra.i18n import t
from pra.resources import example_path
from tests.cli.conftest import ROOT, Run, pra_process, subprocess_env


def test_help_lists_check_and_list(pra: Run) -> None:
    result = pra("--help")
    assert result.code == 0
    assert result.out.startswith(t("cli.usage_prefix", lang="id") + "pra")
    flat = " ".join(result.out.split())
    assert t("check.help", lang="id") in flat
    assert t("list.help", lang="id") in flat
    assert "--data-dir" in result.out


def test_help_in_english(pra: Run) -> None:
    result = pra("--lang", "en", "--help")
    assert result.code == 0
    flat = " ".join(result.out.split())
    assert t("check.help", lang="en") in flat
    assert t("list.help", lang="en") in flat


@pytest.mark.parametrize("command", ["check", "list"])
def test_each_command_has_its_own_help(pra: Run, command: str) -> None:
    result = pra("--lang", "en", command, "--help")
    assert result.code == 0
    assert " ".join(t(f"{command}.description", lang="en").split()) in " ".join(result.out.split())


def test_version(pra: Run) -> None:
    result = pra("--version")
    assert (result.code, result.out.strip()) == (0, f"pra {__version__}")


def test_an_unknown_command_is_a_usage_error(pra: Run) -> None:
    result = pra("tidak-ada")
    assert result.code == 2
    assert "Traceback" not in result.err


def test_subprocess_help_and_version() -> None:
    helped = pra_process("--help")
    assert helped.code == 0
    assert "check" in helped.out and "list" in helped.out
    assert helped.err == ""
    version = pra_process("--version")
    assert (version.code, version.out.strip()) == (0, f"pra {__version__}")


def test_bare_pra_without_a_terminal_prints_help() -> None:
    result = pra_process()
    assert result.code == 0
    assert result.out.startswith(t("cli.usage_prefix", lang="id") + "pra")


HEAVY = ("textual", "docx", "jinja2", "networkx", "frictionless")

PROBE = f"""
import json, sys
from pra.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit_:
    code = exit_.code
heavy = sorted({{name.split(".")[0] for name in sys.modules}} & {set(HEAVY)!r})
print("\\nLOADED=" + json.dumps(heavy), "CODE=" + str(code))
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["check", str(example_path("palembang"))],
        ["check", "tidak-ada.json"],
        ["list", "--data-dir", "{tmp}"],
    ],
    ids=["help", "version", "check", "check-missing", "list"],
)
def test_light_commands_do_not_import_heavy_libraries(argv: list[str], tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=subprocess_env(),
        check=False,
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("LOADED="), done.stdout + done.stderr
    loaded, code = last.removeprefix("LOADED=").rsplit(" CODE=", 1)
    assert json.loads(loaded) == [], f"{argv} imported {loaded}"
    assert code in ("0", "1")


def test_the_probe_would_see_a_heavy_import(tmp_path: Path) -> None:
    """The check above can fail: the same probe after importing textual reports it."""
    probe = PROBE.replace("from pra.cli import main", "from pra.cli import main\nimport textual")
    done = subprocess.run(
        [sys.executable, "-c", probe, "--version"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=subprocess_env(),
        check=False,
    )
    assert 'LOADED=["textual"]' in done.stdout

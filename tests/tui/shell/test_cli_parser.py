"""``pra new/open/demo`` build a parser with the TUI's commands only; everything else sees all."""

from __future__ import annotations

import argparse
import io
from contextlib import redirect_stderr, redirect_stdout

import pytest

from pra import cli
from pra.cli import tui

EVERY_COMMAND = (
    *("new", "open", "demo", "show", "check", "list"),
    *("backups", "archive", "stats", "export"),
)


def _accepts(parser: argparse.ArgumentParser, command: str) -> bool:
    """``pra COMMAND --help`` through ``parser``: help and exit 0 if it knows the command."""
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        try:
            parser.parse_args([command, "--help"])
        except SystemExit as leaving:
            return leaving.code == 0
    return True


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    assert not _accepts(parser, "tidak-ada"), "an unknown command must be refused"
    return {command for command in EVERY_COMMAND if _accepts(parser, command)}


def test_the_tui_module_registers_exactly_its_commands() -> None:
    assert set(tui.COMMANDS) <= _commands(cli.build_parser())
    assert _commands(cli.build_parser("demo")) == set(tui.COMMANDS)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["demo", "palembang", "--headless"], "demo"),
        (["--lang", "en", "open", "x.json"], "open"),
        (["--data-dir", "demo", "check", "a.json"], "check"),
        (["--lang=en", "new"], "new"),
        (["--help", "demo"], None),
        ([], None),
    ],
)
def test_the_command_is_found_past_global_options(argv: list[str], command: str | None) -> None:
    assert cli.command_from_argv(argv) == command


def test_other_commands_and_help_still_see_every_command() -> None:
    everything = _commands(cli.build_parser())
    assert _commands(cli.build_parser("check")) == everything
    assert _commands(cli.build_parser(None)) == everything
    assert everything == set(EVERY_COMMAND)

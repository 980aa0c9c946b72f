"""``pra new/open/demo`` build a parser with the TUI's commands only; everything else sees all."""

from __future__ import annotations

import argparse

import pytest

from pra import cli
from pra.cli import tui


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


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
    assert cli._command_from_argv(argv) == command


def test_other_commands_and_help_still_see_every_command() -> None:
    everything = _commands(cli.build_parser())
    assert _commands(cli.build_parser("check")) == everything
    assert _commands(cli.build_parser(None)) == everything
    assert everything > set(tui.COMMANDS)

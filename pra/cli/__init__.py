"""The ``pra`` command: argument parsing, language, and turning errors into sentences.

Each sub-command lives in its own module under ``pra/cli/`` and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Handlers import what they need inside themselves,
so ``pra --help`` and ``pra check`` never load Textual or python-docx.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from pra import __version__, i18n
from pra.errors import PraError
from pra.i18n import t

COMMAND_MODULES: Final[tuple[str, ...]] = (
    "pra.cli.tui",
    "pra.cli.show",
    "pra.cli.check",
    "pra.cli.listing",
    "pra.cli.backups",
    "pra.cli.archive",
    "pra.cli.stats",
    "pra.cli.merge",
    "pra.cli.export",
    "pra.cli.report",
)
"""Sub-command modules, in the order ``pra --help`` lists them."""


def _language_from_argv(argv: Sequence[str]) -> i18n.Language | None:
    """Read ``--lang`` before building the parser, so that ``--help`` is in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None and i18n.is_language(value):
            return value
    return None


def command_from_argv(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (skipping global options and their values), if any."""
    takes_value = {"--lang", "--data-dir"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif arg in ("-h", "--help", "--version"):
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def _modules_for(command: str | None) -> tuple[str, ...]:
    """The TUI's commands register alone: its start-up is measured (bench/startup.py)."""
    if command is not None:
        from pra.cli import tui

        if command in tui.COMMANDS:
            return ("pra.cli.tui",)
    return COMMAND_MODULES


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``command`` one that may hold only that command's module."""
    from pra.cli.parser import PraArgumentParser

    parser = PraArgumentParser(prog="pra", description=t("cli.description"))
    parser.add_argument(
        "--version", action="version", version=f"pra {__version__}", help=t("cli.version_help")
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=t("cli.lang_help"), default=i18n.get_language()
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar=t("list.folder_metavar"),
        help=t("list.data_dir_help"),
    )
    sub = parser.add_subparsers(dest="command", metavar=t("cli.command_metavar"))
    for name in _modules_for(command):
        importlib.import_module(name).register(sub)
    for command_parser in sub.choices.values():
        _accept_lang(command_parser)
    return parser


def _accept_lang(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after the sub-command too (``pra stats DIR --lang en``), for every command,
    as before it; its value is read before parsing (:func:`_language_from_argv`)."""
    from contextlib import suppress

    with suppress(argparse.ArgumentError):  # the command declares it itself
        parser.add_argument(
            "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang_help")
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pra``; the exit code is 0 on success, 1 for bad input, 2 for bad usage."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language_from_argv(args_list)
    if lang is not None:
        i18n.set_language(lang)
    parser = build_parser(command_from_argv(args_list))
    args = parser.parse_args(args_list)
    if getattr(args, "data_dir", None) is not None:
        from pra.store import set_data_dir

        set_data_dir(args.data_dir)
    handler = getattr(args, "handler", None)
    if handler is None:
        from pra.cli.default import run_default

        handler = run_default
    try:
        code: int = handler(args)
        sys.stdout.flush()
    except PraError as error:
        print(error.message(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        _stdout_to_devnull()
        return 1
    return code


def _stdout_to_devnull() -> None:
    """The reader went away (``pra check ... | head``): drop the rest of the output quietly.

    Python would otherwise report the broken pipe again when it flushes stdout at exit.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output in tests)
        pass

"""What bare ``pra`` does: the home screen on a terminal, the help text otherwise.

A facilitator types ``pra`` and gets the home screen (recent workshops, a new
one, an example). Piped or without a terminal (scripts, CI) there is nobody to
press keys, so ``pra`` prints its help and exits 0 instead of hanging.
"""

from __future__ import annotations

import argparse
import sys


def run_default(args: argparse.Namespace) -> int:
    if sys.stdin.isatty() and sys.stdout.isatty():
        from pra.cli.tui import check_data_folder, run

        check_data_folder()
        return run(None, args)
    from pra.cli import build_parser

    build_parser().print_help()
    return 0

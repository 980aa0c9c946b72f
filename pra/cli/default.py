"""What bare ``pra`` does."""

from __future__ import annotations

import argparse


def run_default(args: argparse.Namespace) -> int:
    from pra.cli import build_parser

    build_parser().print_help()
    return 0

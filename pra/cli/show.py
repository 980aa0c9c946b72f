"""``pra show FILE``: the room-facing view of a workshop, following the facilitator's edits.

Opens the file read-only without ever taking its lock, so the facilitator's
own window (``pra open FILE``, before or after) stays the one that edits. A
file that is missing or does not load is one sentence on stderr and exit 1,
before any screen opens. Textual is imported only inside the handler.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pra.i18n import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("show", help=t("show.help"), description=t("show.description"))
    parser.add_argument("file", type=Path, metavar=t("tui.cli.file_metavar"))
    parser.add_argument("--theme", help=t("tui.cli.theme_help"), default=None)
    parser.add_argument("--headless", action="store_true", help=argparse.SUPPRESS, default=False)
    parser.add_argument(
        "--exit-when-ready", action="store_true", help=t("tui.cli.exit_help"), default=False
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.cli.tui import run as run_tui
    from pra.store.lock import current_writer
    from pra.tui.session import Session

    path: Path = args.file
    workshop = store.load(path)  # WorkshopFileError: the sentence, exit 1 (pra.cli.main)
    writer = current_writer(path)
    session = Session(workshop, path, read_only=True, held_by=writer.describe() if writer else None)
    return run_tui(lambda: session, args, room=True)

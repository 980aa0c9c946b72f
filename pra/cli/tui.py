"""``pra new``, ``pra open FILE``, ``pra demo [NAME]``: the facilitation TUI.

Bare ``pra`` (see :mod:`pra.cli.default`) opens the home screen. Textual is
imported only inside the handlers, so ``pra --help`` and ``pra check`` stay fast.
"""

from __future__ import annotations

import argparse
import gc
import os
from pathlib import Path
from typing import Final

from pra.i18n import t
from pra.resources import EXAMPLES

THEME_ENV = "PRA_THEME"
COMMANDS: Final = ("new", "open", "demo")
"""The sub-commands this module registers (``pra.cli`` registers it alone for them)."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--theme", help=t("tui.cli.theme_help"), default=None, metavar=t("tui.cli.theme_metavar")
    )
    parser.add_argument("--headless", action="store_true", help=argparse.SUPPRESS, default=False)
    parser.add_argument(
        "--exit-when-ready", action="store_true", help=t("tui.cli.exit_help"), default=False
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = subparsers.add_parser("new", help=t("tui.cli.new_help"))
    _common(new)
    new.set_defaults(handler=_new)
    opener = subparsers.add_parser("open", help=t("tui.cli.open_help"))
    opener.add_argument("file", type=Path, metavar=t("tui.cli.file_metavar"))
    opener.add_argument(
        "--restore-backup", action="store_true", help=t("tui.cli.restore_help"), default=False
    )
    _common(opener)
    opener.set_defaults(handler=_open)
    demo = subparsers.add_parser("demo", help=t("tui.cli.demo_help"))
    demo.add_argument(
        "name",
        nargs="?",
        default="palembang",
        choices=EXAMPLES,
        metavar=t("tui.cli.example_metavar"),
    )
    demo.add_argument("--fresh", action="store_true", help=t("tui.cli.fresh_help"), default=False)
    _common(demo)
    demo.set_defaults(handler=_demo)


def run(session_factory: object | None, args: argparse.Namespace, *, room: bool = False) -> int:
    """Start the app with the session ``session_factory()`` makes, or the home screen.

    ``room``: the room-facing view of ``pra show`` (:mod:`pra.tui.show`).
    """
    from pra.tui.app import PraApp
    from pra.tui.themes import THEME_CHOICES

    theme = getattr(args, "theme", None) or os.environ.get(THEME_ENV) or None
    if theme is not None and theme not in THEME_CHOICES:
        from pra.errors import PraError

        raise PraError("tui.cli.unknown_theme", theme=theme, choices=", ".join(THEME_CHOICES))
    session = session_factory() if callable(session_factory) else None
    # Everything built so far (modules, pydantic's validators, the loaded workshop)
    # lives as long as the app: take it out of the cyclic collector's sight, so that
    # the collections during start-up and the day's work no longer walk it again.
    gc.freeze()
    app = PraApp(
        session, theme=theme, exit_when_ready=getattr(args, "exit_when_ready", False), room=room
    )
    app.run(headless=getattr(args, "headless", False))
    if session is not None:
        try:
            session.flush()
        finally:
            session.release()
    if app.entered_on_quit:
        # the window closed at once: what Ctrl+Q entered from lines typed is said here
        print(t("tui.saving.quit_entered", texts="; ".join(app.entered_on_quit)))
    return 0 if app.return_code in (None, 0) else int(app.return_code)


def check_data_folder() -> None:
    """New workshops, copies of examples and the home screen use the data folder: check it first.

    One that cannot be written is a :class:`~pra.errors.PraError` (the
    sentence ``pra list`` gives), not a traceback from inside the app.
    """
    from pra.cli.datafolder import data_folder

    data_folder(writable=True)


def _new(args: argparse.Namespace) -> int:
    from pra.tui import files

    check_data_folder()
    return run(files.new_session, args)


def _open(args: argparse.Namespace) -> int:
    from pra import store
    from pra.errors import PraError
    from pra.tui import files

    path: Path = args.file
    restore: bool = args.restore_backup
    try:
        return run(lambda: files.open_session(path, restore_backup=restore), args)
    except store.BrokenWorkshop as broken:
        if broken.backup is None:
            raise
        raise PraError("tui.cli.broken_hint", message=broken.message(), file=str(path)) from None


def _demo(args: argparse.Namespace) -> int:
    from pra.tui import files

    name: str = args.name
    fresh: bool = args.fresh
    check_data_folder()
    return run(lambda: files.demo_session(name, fresh=fresh), args)

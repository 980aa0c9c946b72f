"""What ``pra export`` and ``pra report`` share: a workshop file in, Word documents out.

Both take the file and a group, write to ``-o`` with an optional ``--pdf`` copy,
from a ``--template`` folder, in a ``--lang``; both print each note on standard
error and each written file on standard output, and both turn an unforeseen
failure into one sentence that names the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pra import i18n
from pra.cli.printable import one_line
from pra.i18n import t

if TYPE_CHECKING:
    from pra.export.files import ExportResult
    from pra.i18n import Language


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """The workshop file and the group (name, or all)."""
    parser.add_argument(
        "file", type=Path, metavar=t("export.cli.file_metavar"), help=t("export.cli.file_help")
    )
    parser.add_argument(
        "--group",
        default=None,
        metavar=t("export.cli.group_metavar"),
        help=t("export.cli.group_help"),
    )


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """Where the documents go, their PDF copies, the template folder and the language."""
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar=t("export.cli.output_metavar"),
        help=t("export.cli.output_help"),
    )
    parser.add_argument("--pdf", action="store_true", help=t("export.cli.pdf_help"))
    parser.add_argument(
        "--template",
        type=Path,
        default=None,
        metavar=t("export.cli.template_metavar"),
        help=t("export.cli.template_help"),
    )
    # The top-level --lang also works here; SUPPRESS keeps it from being reset when absent.
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("export.cli.lang_help")
    )


def language(args: argparse.Namespace) -> Language:
    """The command's ``--lang``, else the one the whole run uses."""
    lang = getattr(args, "lang", None)
    return lang if i18n.is_language(lang) else i18n.get_language()


def guarded(
    run: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """``run``, with a defect turned into a sentence naming the file: no traceback or data
    on screen. Sentences the program means (:class:`PraError`) and interruptions pass."""

    def handler(args: argparse.Namespace) -> int:
        from pra.errors import PraError

        try:
            return run(args)
        except (PraError, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception:
            raise PraError("export.error.unexpected_file", file=str(args.file)) from None

    handler.__doc__ = run.__doc__
    return handler


def report_written(result: ExportResult, args: argparse.Namespace, lang: Language) -> int:
    """Say what was written (and convert it to PDF when asked); the exit code: 1 when a
    document could not be written."""
    for note in result.notes:
        print(one_line(note), file=sys.stderr)
    for written in result.documents:
        print(one_line(t("export.written", lang, path=written)))
    if args.pdf:
        from pra.export.pdf import convert_to_pdf

        for pdf in convert_to_pdf(result.documents):
            print(one_line(t("export.pdf_written", lang, path=pdf)))
    return 1 if result.failed else 0

"""``pra export FILE``: each group's business plan as a Word file, the workshop record, PDFs.

    pra export FILE [--group NAME|all] [-o DIR_OR_FILE] [--pdf] [--template DIR]
                    [--lang id|en] [--minutes]

One ``.docx`` per group, named after the group and the workshop; ``--minutes``
adds the workshop record (berita acara). python-docx is imported only when
the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pra import i18n
from pra.cli.printable import one_line
from pra.i18n import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help=t("export.cli.help"))
    parser.add_argument(
        "file", type=Path, metavar=t("export.cli.file_metavar"), help=t("export.cli.file_help")
    )
    parser.add_argument(
        "--group",
        default=None,
        metavar=t("export.cli.group_metavar"),
        help=t("export.cli.group_help"),
    )
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
    parser.add_argument("--minutes", action="store_true", help=t("export.cli.minutes_help"))
    # The top-level --lang also works here; SUPPRESS keeps it from being reset when absent.
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("export.cli.lang_help")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pra.errors import PraError

    path: Path = args.file
    try:
        return _run(args)
    except (PraError, KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception:  # a defect: a sentence naming the file, no traceback or data on screen
        raise PraError("export.error.unexpected_file", file=str(path)) from None


def _run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.export.files import ALL, export_workshop

    lang = args.lang if i18n.is_language(args.lang) else i18n.get_language()
    path: Path = args.file
    workshop = store.load(path)
    result = export_workshop(
        workshop,
        source=str(path),
        output=args.output,
        group=args.group or ALL,
        template_dir=args.template,
        lang=lang,
        minutes=args.minutes,
        pdf=False,
    )
    for note in result.notes:
        print(one_line(note), file=sys.stderr)
    for written in result.documents:
        print(one_line(t("export.written", lang, path=written)))
    if args.pdf:
        from pra.export.pdf import convert_to_pdf

        for pdf in convert_to_pdf(result.documents):
            print(one_line(t("export.pdf_written", lang, path=pdf)))
    return 1 if result.failed else 0

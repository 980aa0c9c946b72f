"""``pra report FILE``: each group's progress report (laporan perkembangan kelompok) as Word.

    pra report FILE [--group NAME|all] [--from DATE] [--to DATE] [--mentor NAME]
                    [--summary] [-o DIR_OR_FILE] [--pdf] [--template DIR] [--lang id|en]

The period runs by default from the follow-up's start (the group's calendar
start, else the workshop's date) to the group's last meeting or assessment;
``--summary`` adds the mentor's summary across the groups (one row per group).
Dates are written as in the TUI (``17-08-2025``) or ISO (``2025-08-17``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pra import i18n
from pra.cli.printable import one_line
from pra.i18n import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help=t("export.report.cli.help"))
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
        "--from",
        dest="first",
        default=None,
        metavar=t("export.report.cli.date_metavar"),
        help=t("export.report.cli.from_help"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        default=None,
        metavar=t("export.report.cli.date_metavar"),
        help=t("export.report.cli.to_help"),
    )
    parser.add_argument(
        "--mentor",
        default=None,
        metavar=t("export.report.cli.mentor_metavar"),
        help=t("export.report.cli.mentor_help"),
    )
    parser.add_argument("--summary", action="store_true", help=t("export.report.cli.summary_help"))
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
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("export.cli.lang_help")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pra.errors import PraError

    try:
        return _run(args)
    except (PraError, KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception:  # a defect: a sentence naming the file, no traceback or data on screen
        raise PraError("export.error.unexpected_file", file=str(args.file)) from None


def _date(text: str | None) -> dt.date | None:
    from pra.edit.info import parse_date

    return parse_date(text) if text else None


def _run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.export.files import ALL
    from pra.export.report_files import export_reports

    lang = args.lang if i18n.is_language(args.lang) else i18n.get_language()
    path: Path = args.file
    workshop = store.load(path)
    result = export_reports(
        workshop,
        source=str(path),
        output=args.output,
        group=args.group or ALL,
        first=_date(args.first),
        last=_date(args.last),
        mentor=args.mentor,
        summary=args.summary,
        template_dir=args.template,
        lang=lang,
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

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
from pathlib import Path

from pra.cli.documents import (
    add_output_arguments,
    add_source_arguments,
    guarded,
    language,
    report_written,
)
from pra.i18n import t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help=t("export.report.cli.help"))
    add_source_arguments(parser)
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
    add_output_arguments(parser)
    parser.set_defaults(handler=run)


def _date(text: str | None) -> dt.date | None:
    from pra.edit.info import parse_date

    return parse_date(text) if text else None


@guarded
def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.export.files import ALL
    from pra.export.report_files import export_reports

    lang = language(args)
    path: Path = args.file
    result = export_reports(
        store.load(path),
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
    return report_written(result, args, lang)

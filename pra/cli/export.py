"""``pra export FILE``: each group's business plan as a Word file, the workshop record, PDFs.

    pra export FILE [--group NAME|all] [-o DIR_OR_FILE] [--pdf] [--template DIR]
                    [--lang id|en] [--minutes]

One ``.docx`` per group, named after the group and the workshop; ``--minutes``
adds the workshop record (berita acara). python-docx is imported only when
the command runs.
"""

from __future__ import annotations

import argparse
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
    parser = subparsers.add_parser("export", help=t("export.cli.help"))
    add_source_arguments(parser)
    add_output_arguments(parser)
    parser.add_argument("--minutes", action="store_true", help=t("export.cli.minutes_help"))
    parser.set_defaults(handler=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.export.files import ALL, export_workshop

    lang = language(args)
    path: Path = args.file
    result = export_workshop(
        store.load(path),
        source=str(path),
        output=args.output,
        group=args.group or ALL,
        template_dir=args.template,
        lang=lang,
        minutes=args.minutes,
        pdf=False,
    )
    return report_written(result, args, lang)

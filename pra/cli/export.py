"""``pra export FILE``: each group's business plan as a Word file, the workshop record, PDFs.

    pra export FILE [--group NAME|all] [-o DIR_OR_FILE] [--pdf] [--template DIR]
                    [--lang id|en] [--minutes] [--draft]

One ``.docx`` per group, named after the group and the workshop; ``--minutes``
adds the workshop record (berita acara). python-docx is imported only when
the command runs.

A plan that ``pra check`` calls blocked ("harus diperbaiki": a money plan that does
not add up, :func:`pra.plan.checks.blocking_checks`) is not printed: the command says
the same lines as ``pra check`` on standard error, how to print a draft anyway, and
exits 1 without writing anything. ``--draft`` prints it all the same (and says so).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pra.cli.documents import (
    add_output_arguments,
    add_source_arguments,
    guarded,
    language,
    report_written,
)
from pra.cli.printable import one_line
from pra.i18n import Language, t

if TYPE_CHECKING:
    from pra.model import Workshop


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help=t("export.cli.help"))
    add_source_arguments(parser)
    add_output_arguments(parser)
    parser.add_argument("--minutes", action="store_true", help=t("export.cli.minutes_help"))
    parser.add_argument("--draft", action="store_true", help=t("export.cli.draft_help"))
    parser.set_defaults(handler=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from pra import store
    from pra.export.files import ALL, export_workshop

    lang = language(args)
    path: Path = args.file
    ws = store.load(path)
    if blocked(ws, path, args, lang):
        return 1
    result = export_workshop(
        ws,
        source=str(path),
        output=args.output,
        group=args.group or ALL,
        template_dir=args.template,
        lang=lang,
        minutes=args.minutes,
        pdf=False,
    )
    return report_written(result, args, lang)


def blocked(ws: Workshop, path: Path, args: argparse.Namespace, lang: Language) -> bool:
    """Whether the chosen groups' plans are blocked and not asked for as a draft; if so, it
    says why (as ``pra check`` does) on standard error. A draft says it is one."""
    from pra.cli.check import blocking_lines
    from pra.export.files import ALL, select_groups

    if args.minutes and not ws.groups:
        return False  # only the workshop record: no plan to block
    groups = select_groups(ws, args.group or ALL, str(path))
    lines = blocking_lines(ws, path, lang, groups)
    if not lines:
        return False
    for line in lines:
        print(one_line(line), file=sys.stderr)
    key = "export.cli.draft_printed" if args.draft else "export.cli.blocked"
    print(one_line(t(key, lang, file=path, count=len(lines))), file=sys.stderr)
    return not args.draft

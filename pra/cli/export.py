"""``pra export FILE``: each group's business plan as a Word file, the workshop record, PDFs.

    pra export FILE [--group NAME|all] [-o DIR_OR_FILE] [--pdf] [--template DIR]
                    [--lang id|en] [--minutes] [--draft]

One ``.docx`` per group, named after the group and the workshop; ``--minutes``
adds the workshop record (berita acara). python-docx is imported only when
the command runs.

A plan that ``pra check`` calls blocked ("harus diperbaiki": a money plan that does
not add up, :func:`pra.plan.checks.blocking_checks`) is not printed: the command says
the same lines as ``pra check`` on standard error, writes the plans of the other chosen
groups, names which groups were printed and which not, how to print a draft anyway, and
exits 1. ``--draft`` prints it all the same as a draft (marked on every page, "DRAF" in
its title and file name, nothing to sign) and says so.
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
    lines = blocking(ws, path, args, lang)
    result = export_workshop(
        ws,
        source=str(path),
        output=args.output,
        group=args.group or ALL,
        template_dir=args.template,
        lang=lang,
        minutes=args.minutes,
        pdf=False,
        drafts=args.draft,
    )
    code = report_written(result, args, lang)
    if not lines:
        return code
    count = len(lines)
    if args.draft:
        said = t("export.cli.draft_printed", lang, file=path, count=count)
    elif result.printed:
        said = t(
            "export.cli.partly_blocked",
            lang,
            file=path,
            count=count,
            written=", ".join(result.printed),
            refused=", ".join(result.refused),
        )
    else:
        said = t("export.cli.blocked", lang, file=path, count=count)
    print(one_line(said), file=sys.stderr)
    return code if args.draft else 1


def blocking(ws: Workshop, path: Path, args: argparse.Namespace, lang: Language) -> list[str]:
    """What blocks the chosen groups' plans, said (as ``pra check`` says it) on standard
    error before anything is written; the verdict follows what was written."""
    from pra.cli.check import blocking_lines
    from pra.export.files import ALL, select_groups

    if args.minutes and not ws.groups:
        return []  # only the workshop record: no plan to block
    groups = select_groups(ws, args.group or ALL, str(path))
    lines = blocking_lines(ws, path, lang, groups)
    for line in lines:
        print(one_line(line), file=sys.stderr)
    return lines
